/**
 * Fault injection over real HTTP: each fault kind by header, by the admin queue and by rate.
 */
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { type FaultOptions, faultRatesFromEnv, faults, parseFaultSpec } from '../src/faults.ts';
import { type Listening, listen } from './support/listen.ts';

let handled = 0;
const open: Listening[] = [];

async function provider(options?: FaultOptions) {
  const f = faults(options);
  const app = new Hono();
  app.use('*', f);
  app.get('/thing', (c) => c.json({ id: 'thing_1', status: 'ok' }));
  app.post('/charge', (c) => {
    handled += 1;
    return c.json({ charged: true });
  });
  const server = await listen(app);
  open.push(server);
  return { ...server, control: f.control };
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  handled = 0;
});

const fault = (spec: string) => ({ headers: { 'X-Sandbox-Fault': spec } });

describe('faults over HTTP', () => {
  it('answers normally without a fault', async () => {
    const p = await provider();
    const res = await fetch(`${p.url}/thing`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: 'thing_1', status: 'ok' });
  });

  it('delays the answer by latency=<ms>', async () => {
    const p = await provider();
    const started = performance.now();
    const res = await fetch(`${p.url}/thing`, fault('latency=250'));
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
  });

  it('answers status=<code> with a JSON error body', async () => {
    const p = await provider();
    const res = await fetch(`${p.url}/thing`, fault('status=503'));
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = (await res.json()) as { error: { code: string; type: string } };
    expect(body.error).toMatchObject({ type: 'api_error', code: 'service_unavailable' });
  });

  it('uses the provider error body builder when given', async () => {
    const p = await provider({ errorBody: (status) => ({ Code: String(status), Errors: [] }) });
    const res = await fetch(`${p.url}/thing`, fault('status=500'));
    expect(await res.json()).toEqual({ Code: '500', Errors: [] });
  });

  it('answers rate_limit with 429 and Retry-After (default and explicit)', async () => {
    const p = await provider({ retryAfterSeconds: 7 });
    const byDefault = await fetch(`${p.url}/thing`, fault('rate_limit'));
    expect(byDefault.status).toBe(429);
    expect(byDefault.headers.get('retry-after')).toBe('7');
    const explicit = await fetch(`${p.url}/thing`, fault('rate_limit=30'));
    expect(explicit.headers.get('retry-after')).toBe('30');
    expect(((await explicit.json()) as { error: { type: string } }).error.type).toBe('rate_limit_error');
  });

  it('answers malformed with a truncated JSON body', async () => {
    const p = await provider();
    const res = await fetch(`${p.url}/thing`, fault('malformed'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    await expect(res.json()).rejects.toThrow(SyntaxError);
  });

  it('hangs until the client gives up, and the server still closes promptly', async () => {
    const p = await provider();
    const started = performance.now();
    await expect(
      fetch(`${p.url}/thing`, { ...fault('hang'), signal: AbortSignal.timeout(300) }),
    ).rejects.toThrow();
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    // A second hang still open while closing: close must not wait for it.
    const pending = fetch(`${p.url}/thing`, fault('hang')).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    const closing = performance.now();
    await open.pop()?.close();
    expect(performance.now() - closing).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(Error);
  });

  it('runs the handler then withholds the answer with hang_after', async () => {
    const p = await provider();
    const call = fetch(`${p.url}/charge`, {
      method: 'POST',
      ...fault('hang_after'),
      signal: AbortSignal.timeout(300),
    });
    await expect(call).rejects.toThrow();
    expect(handled).toBe(1);
  });

  it('rejects an unknown fault with 400 invalid_fault_spec', async () => {
    const p = await provider();
    const res = await fetch(`${p.url}/thing`, fault('explode'));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_fault_spec');
  });
});

describe('admin endpoint POST /__sandbox/faults', () => {
  it('applies a queued fault to the next N matching requests only', async () => {
    const p = await provider();
    const set = await fetch(`${p.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ spec: 'status=502', count: 2, method: 'POST', path: '/charge' }),
    });
    expect(set.status).toBe(201);
    expect((await fetch(`${p.url}/thing`)).status).toBe(200);
    expect((await fetch(`${p.url}/charge`, { method: 'POST' })).status).toBe(502);
    expect((await fetch(`${p.url}/charge`, { method: 'POST' })).status).toBe(502);
    expect((await fetch(`${p.url}/charge`, { method: 'POST' })).status).toBe(200);
    expect(handled).toBe(1);
  });

  it('lists and clears pending faults', async () => {
    const p = await provider();
    p.control.next(3, 'rate_limit=2');
    const listed = (await (await fetch(`${p.url}/__sandbox/faults`)).json()) as { pending: unknown[] };
    expect(listed.pending).toHaveLength(1);
    await fetch(`${p.url}/__sandbox/faults`, { method: 'DELETE' });
    expect((await fetch(`${p.url}/thing`)).status).toBe(200);
  });

  it('rejects a bad spec with 400', async () => {
    const p = await provider();
    const res = await fetch(`${p.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ spec: 'latency=soon' }),
    });
    expect(res.status).toBe(400);
  });
});

describe('faults by rate', () => {
  it('injects 5xx at the configured rate with a deterministic random source', async () => {
    const draws = [0.1, 0.5, 0.29, 0.9];
    const p = await provider({ rates: { error5xx: 0.3 }, random: () => draws.shift() ?? 1 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${p.url}/thing`)).status);
    expect(statuses).toEqual([503, 200, 503, 200]);
  });

  it('spreads one draw over 5xx, 429 and malformed in that order', async () => {
    const draws = [0.05, 0.15, 0.25, 0.35];
    const rates = { error5xx: 0.1, rateLimit: 0.1, malformed: 0.1 };
    const p = await provider({ rates, random: () => draws.shift() ?? 1 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${p.url}/thing`)).status);
    expect(statuses).toEqual([503, 429, 200, 200]);
  });

  it('reads rates from the environment and rejects nonsense', () => {
    expect(
      faultRatesFromEnv({ SANDBOX_FAULT_RATE_5XX: '0.3', SANDBOX_FAULT_LATENCY_MS: '40' }),
    ).toMatchObject({
      error5xx: 0.3,
      latencyMs: 40,
    });
    expect(() => faultRatesFromEnv({ SANDBOX_FAULT_RATE_429: '3' })).toThrow(/between 0 and 1/);
  });

  it('parses combined header specs', () => {
    expect(parseFaultSpec('latency=10, status=500')).toEqual({ latencyMs: 10, status: 500 });
  });
});
