/**
 * The one resilience layer (connectors/http) against a real HTTP server that answers from a
 * script: what is retried and what is not, Retry-After, the per-attempt timeout, how each failure
 * maps to a code and an outcome (unknown vs not processed), and the circuit breaker on Finlet's
 * clock, and the metrics every call is counted in. Waits are read from the policy's retry events,
 * never timed.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../../src/clock.ts';
import { ProviderUnanswered } from '../../../src/connectors/http/errors.ts';
import { type PolicyOptions, ProviderPolicy } from '../../../src/connectors/http/policy.ts';
import { JsonSender } from '../../../src/connectors/http/sender.ts';
import { providerCallMetrics } from '../../../src/observability/provider-calls.ts';

type Step = (res: ServerResponse) => void;
const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Step =>
  (res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
const raw =
  (status: number, text: string): Step =>
  (res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(text);
  };
const hang: Step = () => {};

let script: Step[] = [];
let seen: { method: string; url: string }[] = [];
const open = new Set<ServerResponse>();
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  seen.push({ method: req.method ?? '', url: req.url ?? '' });
  open.add(res);
  res.on('close', () => open.delete(res));
  req.resume();
  (script.shift() ?? json(200, { ok: true }))(res);
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const res of open) res.destroy();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});
beforeEach(() => {
  script = [];
  seen = [];
});

function provider(over: Partial<PolicyOptions> = {}) {
  const clock = new ManualClock(new Date());
  const policy = new ProviderPolicy(
    {
      provider: 'Test Bank',
      // Generous: a loaded machine must not turn a slow first connection into a timeout.
      timeoutMs: 3000,
      retries: 2,
      baseDelayMs: 10,
      maxDelayMs: 50,
      maxRetryAfterMs: 1500,
      breaker: { threshold: 5, cooldownMs: 30_000 },
      ...over,
    },
    clock,
  );
  const waits: number[] = [];
  policy.onRetry(({ delayMs }) => waits.push(delayMs));
  return { clock, policy, waits, http: new JsonSender(policy) };
}

async function failure(call: Promise<unknown>): Promise<ProviderUnanswered> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderUnanswered);
  return error as ProviderUnanswered;
}

describe('what is retried', () => {
  it('retries a read after 5xx answers and returns the answer that came', async () => {
    const { http } = provider();
    script = [json(500, {}), json(502, {}), json(200, { id: 'acc_1' })];
    const answer = await http.json({ url: `${base}/accounts` });
    expect(answer).toMatchObject({ status: 200, body: { id: 'acc_1' } });
    expect(seen).toHaveLength(3);
  });

  it('sends a POST without an idempotency key once, and retries one that carries a key', async () => {
    const { http } = provider();
    script = [json(500, {})];
    const once = await failure(http.json({ url: `${base}/payments`, method: 'POST', json: { a: 1 } }));
    expect(once).toMatchObject({ code: 'provider_error', outcome: 'unknown' });
    expect(seen).toHaveLength(1);
    seen = [];
    script = [json(500, {})];
    const keyed = await http.json({
      url: `${base}/payments`,
      method: 'POST',
      headers: { 'Idempotency-Key': 'k1' },
      json: { a: 1 },
    });
    expect(keyed.status).toBe(200);
    expect(seen).toHaveLength(2);
  });

  it('does not retry a refusal: a 4xx is the provider answering, given back as it is', async () => {
    const { http } = provider();
    script = [json(400, { error: 'bad' })];
    expect(await http.json({ url: `${base}/accounts` })).toMatchObject({
      status: 400,
      body: { error: 'bad' },
    });
    expect(seen).toHaveLength(1);
  });

  it('reads a refusal with an unreadable body as a refusal (no body), a success with one as a fault', async () => {
    const { http } = provider();
    script = [raw(404, '<html>not found')];
    expect(await http.json({ url: `${base}/x` })).toMatchObject({ status: 404, body: undefined });
    script = [raw(200, '{"id":'), raw(200, '{"id":'), raw(200, 'oops')];
    const unreadable = await failure(http.json({ url: `${base}/x` }));
    expect(unreadable).toMatchObject({ code: 'provider_error', outcome: 'unknown' });
  });

  it('lets a reader refuse an answer for good or ask for another attempt', async () => {
    const { http } = provider();
    const { unreadableAnswer } = await import('../../../src/connectors/http/errors.ts');
    script = [json(200, { shape: 'wrong' }), json(200, { id: 'ok' })];
    const value = await http.json({ url: `${base}/x` }, (a) => {
      const id = (a.body as { id?: string }).id;
      if (!id) throw unreadableAnswer();
      return id;
    });
    expect(value).toBe('ok');
    script = [json(409, {})];
    await expect(
      http.json({ url: `${base}/x` }, () => {
        throw new Error('conflict');
      }),
    ).rejects.toThrow('conflict');
    expect(seen).toHaveLength(3);
  });
});

describe('Retry-After', () => {
  it('waits at least what a 429 asks for, then succeeds', async () => {
    const { http, waits } = provider();
    script = [json(429, {}, { 'retry-after': '1' })];
    expect((await http.json({ url: `${base}/x` })).status).toBe(200);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(1000);
  });

  it('ends the call when the provider asks for a longer wait than allowed: provider_unavailable, not processed', async () => {
    const { http } = provider({ maxRetryAfterMs: 500 });
    script = [json(503, {}, { 'retry-after': '120' })];
    const error = await failure(http.json({ url: `${base}/x` }));
    expect(error).toMatchObject({ code: 'provider_unavailable', outcome: 'not_processed', status: 503 });
    expect(seen).toHaveLength(1);
  });

  it('reads an HTTP-date Retry-After too', async () => {
    const { retryAfterMs } = await import('../../../src/connectors/http/errors.ts');
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });
});

describe('how a call that got no answer ends', () => {
  it('a provider that never answers: each attempt times out, provider_timeout, outcome unknown', async () => {
    const { http } = provider({ timeoutMs: 150, retries: 1 });
    script = [hang, hang];
    const error = await failure(http.json({ url: `${base}/x` }));
    expect(error).toMatchObject({ code: 'provider_timeout', outcome: 'unknown', status: 504 });
    expect(seen).toHaveLength(2);
  });

  it('a 503 on every attempt was never processed; a 500 before it makes the outcome unknown for good', async () => {
    const { http } = provider();
    script = [json(503, {}), json(503, {}), json(503, {})];
    expect(await failure(http.json({ url: `${base}/x` }))).toMatchObject({
      code: 'provider_unavailable',
      outcome: 'not_processed',
    });
    script = [json(500, {}), json(503, {}), json(429, {})];
    expect(await failure(http.json({ url: `${base}/x` }))).toMatchObject({
      code: 'provider_unavailable',
      outcome: 'unknown',
    });
  });

  it('a provider that cannot be reached is provider_unavailable with an unknown outcome', async () => {
    const { http } = provider({ retries: 0 });
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const error = await failure(http.json({ url: `http://127.0.0.1:${port}/x` }));
    expect(error).toMatchObject({ code: 'provider_unavailable', outcome: 'unknown' });
  });
});

describe('circuit breaker', () => {
  it('opens after 5 consecutive faults, fails fast without calling, and closes after a trial on the clock', async () => {
    const { http, policy, clock } = provider({ retries: 0 });
    script = Array.from({ length: 5 }, () => json(500, {}));
    for (let i = 0; i < 5; i++) await failure(http.json({ url: `${base}/x` }));
    expect(policy.health()).toBe('degraded');
    const fast = await failure(http.json({ url: `${base}/x` }));
    expect(fast).toMatchObject({ code: 'provider_unavailable', outcome: 'not_processed' });
    expect(seen).toHaveLength(5);
    clock.advance(29_000);
    await failure(http.json({ url: `${base}/x` }));
    expect(seen).toHaveLength(5);
    clock.advance(1_000);
    expect((await http.json({ url: `${base}/x` })).status).toBe(200);
    expect(seen).toHaveLength(6);
    expect(policy.health()).toBe('healthy');
  });

  it('closes when the clock has moved the cool-down on, however the real time ticked meanwhile', async () => {
    // Every reading of the real time a millisecond on from the last, as on a busy machine: the
    // circuit must still open for a trial once the clock says the cool-down is over.
    let now = Date.now();
    const ticking = vi.spyOn(Date, 'now').mockImplementation(() => ++now);
    try {
      const { http, clock } = provider({ retries: 0 });
      script = Array.from({ length: 5 }, () => json(500, {}));
      for (let i = 0; i < 5; i++) await failure(http.json({ url: `${base}/x` }));
      clock.advance(30_000);
      expect((await http.json({ url: `${base}/x` })).status).toBe(200);
      expect(seen).toHaveLength(6);
    } finally {
      ticking.mockRestore();
    }
  });

  it('counts only consecutive faults: an answer (even a refusal) in between resets the count', async () => {
    const { http, policy } = provider({ retries: 0 });
    script = [...Array.from({ length: 4 }, () => json(500, {})), json(404, {})];
    script.push(...Array.from({ length: 4 }, () => json(500, {})));
    for (let i = 0; i < 9; i++) await http.json({ url: `${base}/x` }).catch(() => undefined);
    expect(policy.health()).toBe('healthy');
  });

  it('is not opened by rate limits: a provider asking to slow down is up', async () => {
    const { http, policy } = provider({ retries: 0 });
    script = Array.from({ length: 8 }, () => json(429, {}));
    for (let i = 0; i < 8; i++) await failure(http.json({ url: `${base}/x` }));
    expect(policy.health()).toBe('healthy');
  });

  it('a failed trial opens it again for another cool-down', async () => {
    const { http, policy, clock } = provider({ retries: 0 });
    script = Array.from({ length: 6 }, () => json(500, {}));
    for (let i = 0; i < 5; i++) await failure(http.json({ url: `${base}/x` }));
    clock.advance(30_000);
    await failure(http.json({ url: `${base}/x` }));
    expect(seen).toHaveLength(6);
    expect(policy.health()).toBe('degraded');
    await failure(http.json({ url: `${base}/x` }));
    expect(seen).toHaveLength(6);
  });
});

describe('provider call metrics', () => {
  it('counts each call once by provider, operation (ids masked) and what it ended as, with its latency', async () => {
    // The hang costs two timeouts; a shorter one let a loaded machine's slow answer count as one.
    const { http } = provider({ provider: 'Metrics Bank', timeoutMs: 1000, retries: 1 });
    const read = (path: string) => http.json({ url: `${base}${path}` });
    script = [json(200, {}), json(500, {}), json(200, {})];
    await read('/v3.1/accounts/acc_123');
    await read('/v3.1/accounts/acc_456'); // a 5xx, then an answer: one call, ok
    script = [json(404, {})];
    await http
      .json({ url: `${base}/v3.1/accounts/acc_9` }, (a) => {
        if (a.status === 404) throw new Error('no such account');
      })
      .catch(() => undefined);
    script = [hang, hang];
    await read('/v3.1/accounts/acc_1').catch(() => undefined);
    script = [json(503, {}), json(503, {})];
    await read('/v3.1/accounts/acc_2').catch(() => undefined);
    script = [json(502, {}), json(502, {})];
    await read('/v3.1/accounts/acc_3').catch(() => undefined);

    const registry = new Registry();
    for (const m of providerCallMetrics()) registry.registerMetric(m);
    const text = await registry.metrics();
    const count = (outcome: string) =>
      Number(
        text.match(
          new RegExp(
            `finlet_provider_calls_total\\{provider="Metrics Bank",operation="GET /v3.1/accounts/:id",outcome="${outcome}"\\} (\\d+)`,
          ),
        )?.[1],
      );
    expect({
      ok: count('ok'),
      refused: count('refused'),
      timeout: count('timeout'),
      error: count('error'),
      unknown: count('unknown'),
    }).toEqual({ ok: 2, refused: 1, timeout: 1, error: 1, unknown: 1 });
    expect(text).toMatch(
      /finlet_provider_call_duration_seconds_count\{provider="Metrics Bank",operation="GET \/v3.1\/accounts\/:id",outcome="ok"\} 2/,
    );
    expect(text).not.toContain('acc_');
  });
});
