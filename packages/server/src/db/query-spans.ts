/**
 * One span per database statement when tracing is on (observability/tracing.ts): the statement's
 * text (placeholders, never the values, which may be personal data) and its kind, as a child of
 * whatever span is active — the request's, the provider call's. Installed only when tracing is
 * on, so an untraced server runs the driver untouched.
 *
 * PostgreSQL: every pooled connection's `query` (the pool's one-shot queries and transactions
 * alike go through it). PGlite: the client's and each transaction handle's `query`/`exec`
 * (db/client.ts).
 */
import { SpanKind } from '@opentelemetry/api';
import { failed, tracer } from '../observability/tracing.ts';
import { watchQueries } from './query-hook.ts';

/** Makes each call of `target[method]` a span. */
export function traceQueries(
  target: object,
  system: 'postgresql' | 'pglite',
  method: 'query' | 'exec' = 'query',
): void {
  watchQueries(target, method, (args) => {
    const first = args[0];
    const text = typeof first === 'string' ? first : ((first as { text?: string } | undefined)?.text ?? '');
    const span = tracer.startSpan(`db ${text.trim().split(/\s+/, 1)[0]?.toLowerCase() ?? 'query'}`, {
      kind: SpanKind.CLIENT,
      attributes: { 'db.system.name': system === 'pglite' ? 'postgresql' : system, 'db.query.text': text },
    });
    return (err) => {
      if (err) failed(span, err);
      span.end();
    };
  });
}
