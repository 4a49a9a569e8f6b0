import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FinletError } from '../src/index.ts';
import { type RunningServer, sessionParams, startServer } from './support/server.ts';

let s: RunningServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

describe('the Finlet client against a running server', () => {
  it('creates a session and reads it back', async () => {
    const finlet = s.finlet();
    const created = await finlet.sessions.create(sessionParams());
    expect(created.id).toMatch(/^ses_/);
    expect(created.client_token).toEqual(expect.any(String));
    const read = await finlet.sessions.retrieve(created.id);
    expect(read).toMatchObject({ id: created.id, object: 'session', status: 'open' });
  });

  it('lists every session across pages with for await, following has_more and starting_after', async () => {
    const partner = await s.t.newPartner('Paging Shop');
    const finlet = s.finlet(partner.secretKey);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await finlet.sessions.create(sessionParams(`cus_${i}`))).id);
      s.t.clock.advance(1000); // distinct creation times: the list's order is then the creation order
    }

    const first = await finlet.sessions.list({ limit: 2 });
    expect(first.data).toHaveLength(2);
    expect(first.has_more).toBe(true);

    const seen: string[] = [];
    for await (const session of finlet.sessions.list({ limit: 2 })) seen.push(session.id);
    // Newest first, each once, over three pages.
    expect(seen).toEqual([...ids].reverse());
  });

  it('sends an idempotency key on every POST, so the same key replays the first answer', async () => {
    const finlet = s.finlet();
    const key = `order-${crypto.randomUUID()}`;
    const a = await finlet.sessions.create(sessionParams(), { idempotencyKey: key });
    const replay = await finlet.api.POST('/v1/sessions', {
      body: sessionParams(),
      headers: { 'idempotency-key': key },
    });
    expect(replay.response.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.data?.id).toBe(a.id);
    // Without a key of the caller's, two creates are two sessions.
    const b = await finlet.sessions.create(sessionParams());
    const c = await finlet.sessions.create(sessionParams());
    expect(b.id).not.toBe(c.id);
  });

  it('throws FinletError with the envelope fields on a 400', async () => {
    const finlet = s.finlet();
    const params = {
      ...sessionParams(),
      payment: { amount: -5, currency: 'EUR' as const, description: 'x' },
    };
    const e = await finlet.sessions.create(params).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(FinletError);
    expect(e).toMatchObject({ status: 400, code: 'invalid_request', param: 'payment.amount' });
    expect((e as FinletError).requestId).toMatch(/\w+/);
  });

  it('throws FinletError not_found with the request id on a 404', async () => {
    const e = await s
      .finlet()
      .sessions.retrieve('ses_doesnotexist0000000000')
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(FinletError);
    expect(e).toMatchObject({ status: 404, code: 'not_found', type: 'not_found' });
    expect((e as FinletError).requestId).toEqual(expect.any(String));
  });

  it('refuses a key that is not a secret key before sending anything', () => {
    expect(() => s.finlet('pk_test_abc')).toThrow(TypeError);
  });

  it('throws authentication_error for a revoked-looking key, without retrying it', async () => {
    const before = s.sleeps.length;
    const e = await s
      .finlet('sk_test_notarealkey000000000000')
      .sessions.retrieve('ses_x')
      .catch((x: unknown) => x);
    expect(e).toMatchObject({ status: 401, type: 'authentication_error' });
    expect(s.sleeps.length).toBe(before);
  });
});

describe('retries', () => {
  let limited: RunningServer;
  beforeAll(async () => {
    // One request a second, two at once: the third in a row is refused with Retry-After.
    limited = await startServer({ FINLET_RATE_LIMIT: '1', FINLET_RATE_BURST: '2' });
  });
  afterAll(() => limited.close());

  it('retries a 429 after the Retry-After the server asked for, with the same idempotency key', async () => {
    const finlet = limited.finlet();
    const key = `retry-${crypto.randomUUID()}`;
    await finlet.sessions.list({ limit: 1 });
    await finlet.sessions.list({ limit: 1 });
    const created = await finlet.sessions.create(sessionParams(), { idempotencyKey: key });
    expect(limited.sleeps).toEqual([1000]);
    // The retried request carried the caller's key: replaying it answers the same session.
    limited.t.clock.advance(1000);
    const again = await finlet.sessions.create(sessionParams(), { idempotencyKey: key });
    expect(again.id).toBe(created.id);
  });

  it('gives up after maxRetries and throws rate_limited with retryAfter', async () => {
    const finlet = limited.finlet(undefined, { maxRetries: 0 });
    limited.t.clock.advance(5000);
    await finlet.sessions.list({ limit: 1 });
    await finlet.sessions.list({ limit: 1 });
    const e = await finlet.sessions.list({ limit: 1 }).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(FinletError);
    expect(e).toMatchObject({ status: 429, code: 'rate_limited', retryAfter: 1 });
  });
});
