/**
 * `POST /v1/sessions/:id/client_token`: a session set to last longer than a client token (30 min)
 * keeps working in the widget, because the partner's server can ask for a fresh token while the
 * session is in use. Idempotent like every POST.
 */
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, sessionBody, type TestContext } from '../support/harness.ts';

let t: TestContext;
beforeAll(async () => {
  // Sessions live two hours; client tokens at most 30 minutes.
  t = await createTestContext({ FINLET_SESSION_TTL: '7200' });
});
afterAll(() => t.close());

const MIN = 60 * 1000;
const widget = (token: string) =>
  t.api('GET', '/widget/v1/session', { key: null, headers: { authorization: `Bearer ${token}` } });
const newSession = async () => (await t.api('POST', '/v1/sessions', { body: sessionBody() })).json();
const refresh = (id: string, headers: Record<string, string> = {}) =>
  t.api('POST', `/v1/sessions/${id}/client_token`, { body: {}, headers });

describe('a fresh client token', () => {
  it('keeps a two-hour session working in the widget after the first token expired', async () => {
    const s = await newSession();
    t.clock.advance(45 * MIN);
    try {
      expect((await (await widget(s.client_token)).json()).error.code).toBe('token_expired');
      const res = await refresh(s.id);
      expect(res.status).toBe(200);
      const fresh = await res.json();
      expect(fresh).toMatchObject({ object: 'client_token', session_id: s.id });
      const claims = decodeJwt(fresh.client_token);
      expect(claims).toMatchObject({ aud: 'finlet:widget', sub: s.id });
      expect(claims.exp! * 1000).toBe(Date.parse(fresh.expires_at));
      expect(claims.exp! * 1000 - t.clock.now().getTime()).toBeLessThanOrEqual(30 * MIN);
      expect(claims.jti).not.toBe(decodeJwt(s.client_token).jti);
      const view = await widget(fresh.client_token);
      expect(view.status).toBe(200);
      expect((await view.json()).id).toBe(s.id);
    } finally {
      t.clock.advance(-45 * MIN);
    }
  });

  it('never outlives its session', async () => {
    const s = await newSession();
    t.clock.advance(110 * MIN);
    try {
      const fresh = await (await refresh(s.id)).json();
      expect(Date.parse(fresh.expires_at)).toBeLessThanOrEqual(Date.parse(s.expires_at));
      expect(Date.parse(fresh.expires_at)).toBeGreaterThan(Date.parse(s.expires_at) - 1000);
    } finally {
      t.clock.advance(-110 * MIN);
    }
  });

  it('replays the same token for the same Idempotency-Key, and a new one for another key', async () => {
    const s = await newSession();
    const first = await refresh(s.id, { 'idempotency-key': `tok-${s.id}` });
    const again = await refresh(s.id, { 'idempotency-key': `tok-${s.id}` });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const a = await first.json();
    expect((await again.json()).client_token).toBe(a.client_token);
    const other = await (await refresh(s.id, { 'idempotency-key': `tok2-${s.id}` })).json();
    expect(other.client_token).not.toBe(a.client_token);
  });

  it('is refused for a canceled session (410 session_canceled) and an expired one (410 session_expired)', async () => {
    const canceled = await newSession();
    await t.api('POST', `/v1/sessions/${canceled.id}/cancel`);
    const res = await refresh(canceled.id);
    expect(res.status).toBe(410);
    expect((await res.json()).error.code).toBe('session_canceled');

    const expired = await newSession();
    t.clock.advance(121 * MIN);
    try {
      const late = await refresh(expired.id);
      expect(late.status).toBe(410);
      expect((await late.json()).error.code).toBe('session_expired');
    } finally {
      t.clock.advance(-121 * MIN);
    }
  });

  it('takes no parameters (400 unknown_parameter)', async () => {
    const s = await newSession();
    const res = await t.api('POST', `/v1/sessions/${s.id}/client_token`, { body: { ttl: 86400 } });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: 'unknown_parameter', param: 'ttl' });
  });
});
