/**
 * Gives every request an id (`request-id` response header, in every log line and error), logs one
 * structured line per request and records the request metrics by route pattern (never raw paths,
 * which would carry ids), inside the request's trace span (observability/tracing.ts).
 */

import { randomBase62 } from '@finlet/shared';
import { context, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Deps } from '../context.ts';
import { inSpan, requestTraceContext } from '../observability/tracing.ts';
import { setResponseHeader } from './response-header.ts';

export function requestContext(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = `req_${randomBase62(20)}`;
    const method = c.req.method;
    // The request's span (a no-op unless tracing is on): named by route pattern once it is known.
    const traced = requestTraceContext(c.req.raw.headers, requestId);
    await context.with(traced, () =>
      inSpan(
        method,
        { kind: SpanKind.SERVER, attributes: { 'http.request.method': method, 'url.path': c.req.path } },
        async (span) => {
          const log = deps.logger.child({ request_id: requestId });
          c.set('requestId', requestId);
          c.set('log', log);
          const start = performance.now();
          try {
            await next();
          } finally {
            setResponseHeader(c, 'request-id', requestId);
            const status = c.res.status;
            const route = c.req.routePath === '/*' ? 'unmatched' : c.req.routePath;
            const seconds = (performance.now() - start) / 1000;
            const labels = { method, route, status: String(status) };
            deps.metrics.requests.inc(labels);
            deps.metrics.latency.observe(labels, seconds);
            span.updateName(`${method} ${route}`);
            span.setAttributes({ 'http.route': route, 'http.response.status_code': status });
            if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
            const line = { method, route, status, ms: Math.round(seconds * 1000) };
            if (status >= 500) log.error(line, 'request failed');
            else log.info(line, 'request');
          }
        },
      ),
    );
  };
}
