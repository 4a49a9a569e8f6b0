import { describe, expect, it } from 'vitest';
import { Finlet, FinletError } from '../src/index.ts';
import { retryAfterSeconds } from '../src/request-sender.ts';

/** A fetch that fails the first `failures` calls with `fail`, then answers 200, recording each request. */
function flaky(failures: number, fail: () => Response | never) {
  const seen: { method: string; headers: Headers; body: string }[] = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    seen.push({
      method: String(init.method),
      headers: new Headers(init.headers),
      body: await new Response(init.body).text(),
    });
    if (seen.length <= failures) return fail();
    return Response.json({ id: 'ses_1', object: 'session' }, { status: 201 });
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}

const client = (fetch: typeof globalThis.fetch, sleeps: number[], maxRetries = 2) =>
  new Finlet('sk_test_abc', {
    baseUrl: 'http://finlet.invalid',
    fetch,
    maxRetries,
    sleep: async (ms) => void sleeps.push(ms),
  });

const body = {
  flows: ['payment' as const],
  customer: { reference: 'c' },
  allowed_origins: ['https://a.example'],
};

describe('the request sender', () => {
  it('retries a network failure with backoff, resending the same body and idempotency key', async () => {
    const sleeps: number[] = [];
    const { fetch, seen } = flaky(2, () => {
      throw new TypeError('fetch failed');
    });
    await expect(client(fetch, sleeps).sessions.create(body)).resolves.toMatchObject({ id: 'ses_1' });
    expect(seen).toHaveLength(3);
    const keys = seen.map((r) => r.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);
    expect(new Set(seen.map((r) => r.body)).size).toBe(1);
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer sk_test_abc');
    expect(sleeps).toHaveLength(2);
    expect(sleeps[1]!).toBeGreaterThan(sleeps[0]! / 2);
  });

  it('throws connection_error when the retries run out', async () => {
    const { fetch, seen } = flaky(10, () => {
      throw new TypeError('fetch failed');
    });
    const e = await client(fetch, [], 1)
      .sessions.retrieve('ses_1')
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(FinletError);
    expect(e).toMatchObject({ code: 'connection_error', status: undefined });
    expect(seen).toHaveLength(2);
  });

  it('retries a 503 but not a 400, and keeps a GET free of idempotency keys', async () => {
    const sleeps: number[] = [];
    const unavailable = flaky(1, () => new Response('', { status: 503, headers: { 'retry-after': '2' } }));
    await client(unavailable.fetch, sleeps).sessions.retrieve('ses_1');
    expect(sleeps).toEqual([2000]);
    expect(unavailable.seen[0]!.headers.has('idempotency-key')).toBe(false);

    const refused = flaky(1, () =>
      Response.json(
        {
          error: {
            type: 'invalid_request_error',
            code: 'invalid_request',
            message: 'no',
            request_id: 'req_1',
          },
        },
        { status: 400 },
      ),
    );
    const e = await client(refused.fetch, sleeps)
      .sessions.create(body)
      .catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'invalid_request', status: 400, requestId: 'req_1' });
    expect(refused.seen).toHaveLength(1);
  });

  it('does not wait for a Retry-After longer than a minute: the caller decides', async () => {
    const sleeps: number[] = [];
    const { fetch, seen } = flaky(
      1,
      () => new Response('', { status: 429, headers: { 'retry-after': '3600' } }),
    );
    const e = await client(fetch, sleeps)
      .sessions.retrieve('ses_1')
      .catch((x: unknown) => x);
    expect(e).toMatchObject({ status: 429, retryAfter: 3600 });
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterSeconds('3', now)).toBe(3);
    expect(retryAfterSeconds('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5);
    expect(retryAfterSeconds('soon', now)).toBeUndefined();
    expect(retryAfterSeconds(null, now)).toBeUndefined();
  });
});
