import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, sessionBody, type TestContext } from '../support/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('sessions', () => {
  it('creates a session and returns a client token once', async () => {
    const res = await t.api('POST', '/v1/sessions', { body: sessionBody() });
    expect(res.status).toBe(201);
    expect(res.headers.get('request-id')).toMatch(/^req_/);
    const s = await res.json();
    expect(s.id).toMatch(/^ses_/);
    expect(s.status).toBe('open');
    expect(s.client_token.split('.')).toHaveLength(3);
    const again = await (await t.api('GET', `/v1/sessions/${s.id}`)).json();
    expect(again.client_token).toBeUndefined();
    expect(again.payment).toEqual({ amount: 1299, currency: 'EUR', description: 'Blue mug' });
  });

  it('rejects an allowed origin the partner has not registered', async () => {
    const res = await t.api('POST', '/v1/sessions', {
      body: sessionBody({ allowed_origins: ['https://evil.example'] }),
    });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('invalid_request');
    expect(error.param).toBe('allowed_origins');
  });

  it('expires an open session past expires_at and emits session.expired', async () => {
    const s = await (await t.api('POST', '/v1/sessions', { body: sessionBody() })).json();
    t.clock.advance(31 * 60 * 1000);
    const read = await (await t.api('GET', `/v1/sessions/${s.id}`)).json();
    expect(read.status).toBe('expired');
    t.clock.advance(-31 * 60 * 1000);
  });

  it('cancels an open session once; a second cancel is 409 invalid_state', async () => {
    const s = await (await t.api('POST', '/v1/sessions', { body: sessionBody() })).json();
    const first = await t.api('POST', `/v1/sessions/${s.id}/cancel`);
    expect(first.status).toBe(200);
    expect((await first.json()).status).toBe('canceled');
    const second = await t.api('POST', `/v1/sessions/${s.id}/cancel`);
    expect(second.status).toBe(409);
    expect((await second.json()).error.code).toBe('invalid_state');
  });
});
