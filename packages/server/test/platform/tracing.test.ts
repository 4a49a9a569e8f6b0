/**
 * OpenTelemetry traces from a real server process to a real OTLP/HTTP receiver (a node:http server
 * collecting the JSON export): a partner request is one server span carrying its request id, with
 * the database statements it ran as child spans, and the request's log line names the same trace.
 * Tracing is off unless configured: `FINLET_TRACING=off` with an endpoint set sends nothing, and
 * with no setting at all no exporter is registered.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDeps } from '../../src/bootstrap.ts';
import { loadConfig } from '../../src/env.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { startTracing, tracer, tracesEndpoint } from '../../src/observability/tracing.ts';
import { createPartner } from '../../src/partners/create.ts';
import { sessionBody } from '../support/harness.ts';
import { type Cleanups, freshDatabaseUrl, processEnv, spawnServer } from '../support/server-process.ts';

const cleanups: Cleanups = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: { stringValue?: string; intValue?: number | string } }[];
}

/** An OTLP/HTTP receiver: every span of every export it was sent, and the paths it was sent to. */
async function receiver() {
  const spans: OtlpSpan[] = [];
  const paths: string[] = [];
  const server = createServer(async (req: IncomingMessage, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    paths.push(req.url ?? '');
    const doc = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] };
    for (const r of doc.resourceSpans) for (const s of r.scopeSpans) spans.push(...s.spans);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  cleanups.push(() => new Promise((r) => server.close(() => r())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans, paths };
}

const attribute = (span: OtlpSpan, key: string) => {
  const value = span.attributes.find((a) => a.key === key)?.value;
  return value?.stringValue ?? value?.intValue;
};

async function until(what: string, check: () => boolean, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A server process with a partner in its database, and a request that partner makes. */
async function serverWith(extra: Record<string, string>) {
  const url = await freshDatabaseUrl(cleanups);
  const env = processEnv(cleanups, { ...(url ? { DATABASE_URL: url } : {}), ...extra });
  // The partner first: the embedded database is the server's alone once it runs.
  const setup = await buildDeps(loadConfig(env), { logger: createLogger('silent') });
  const partner = await createPartner(setup, {
    name: 'Traced Shop',
    allowedOrigins: ['https://shop.example'],
  });
  setup.screening.close();
  await setup.database.close();
  const server = await spawnServer(env, cleanups);
  const createSession = () =>
    fetch(`${server.url}/v1/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${partner.secret_key}`, 'content-type': 'application/json' },
      body: JSON.stringify(sessionBody()),
    });
  const stop = async () => {
    const exited = new Promise((r) => server.child.once('exit', r));
    server.child.kill('SIGTERM');
    await exited;
  };
  return { server, createSession, stop };
}

describe('OpenTelemetry traces', () => {
  it('exports a partner request as a server span with its request id and the database statements as its children', {
    timeout: 120_000,
  }, async () => {
    const otlp = await receiver();
    const { server, createSession, stop } = await serverWith({ OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url });
    const response = await createSession();
    expect(response.status).toBe(201);
    const requestId = response.headers.get('request-id')!;

    const serverSpan = () =>
      otlp.spans.find((s) => attribute(s, 'finlet.request_id') === requestId && s.kind === 2);
    // The batch goes out within its delay; stopping the server sends what is left.
    await stop();
    await until('the request span', () => serverSpan() !== undefined);
    const span = serverSpan()!;
    expect(otlp.paths).toContain('/v1/traces');
    expect(span.name).toBe('POST /v1/sessions');
    expect(attribute(span, 'http.route')).toBe('/v1/sessions');
    expect(Number(attribute(span, 'http.response.status_code'))).toBe(201);

    const children = otlp.spans.filter((s) => s.parentSpanId === span.spanId && s.traceId === span.traceId);
    const statements = children.filter((s) => s.name.startsWith('db '));
    expect(statements.length).toBeGreaterThan(0);
    expect(
      statements.some((s) => /insert into "?sessions"? /i.test(String(attribute(s, 'db.query.text')))),
    ).toBe(true);
    // Every span of the request carries its id, not only the server's.
    for (const s of statements) expect(attribute(s, 'finlet.request_id')).toBe(requestId);

    // The request's log line names the trace it belongs to.
    const line = server
      .output()
      .split('\n')
      .find((l) => l.includes(`"request_id":"${requestId}"`) && l.includes('"msg":"request"'));
    expect(JSON.parse(line!)).toMatchObject({ trace_id: span.traceId });
  });

  it('sends nothing when switched off, even with an endpoint set', { timeout: 120_000 }, async () => {
    const otlp = await receiver();
    const { server, createSession, stop } = await serverWith({
      OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url,
      FINLET_TRACING: 'off',
    });
    expect((await createSession()).status).toBe(201);
    // A graceful stop would flush any batch: after it, nothing can still be on its way.
    await stop();
    expect(otlp.paths).toEqual([]);
    expect(server.output()).not.toContain('trace_id');
  });

  it('registers no exporter when nothing is configured: spans are not even recorded', () => {
    const config = loadConfig({ NODE_ENV: 'development' });
    expect(tracesEndpoint(config)).toBeUndefined();
    expect(startTracing(config)).toBeUndefined();
    const span = tracer.startSpan('probe');
    expect(span.isRecording()).toBe(false);
    span.end();
  });

  it('reads the standard endpoints: the general one as a base, the traces one as it is', () => {
    const base = { OTEL_SERVICE_NAME: 'finlet' };
    expect(tracesEndpoint({ ...base, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).toBe(
      'http://collector:4318/v1/traces',
    );
    expect(
      tracesEndpoint({
        ...base,
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://traces:9999/otlp',
      }),
    ).toBe('http://traces:9999/otlp');
    expect(tracesEndpoint({ ...base, FINLET_TRACING: 'otlp' })).toBe('http://localhost:4318/v1/traces');
  });
});
