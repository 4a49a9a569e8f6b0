import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setFlowState } from '../../src/sessions/lifecycle.ts';
import { createTestContext, sessionBody, type TestContext } from '../support/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const widget = (token: string, path = '/widget/v1/session', method = 'GET') =>
  t.api(method, path, { key: null, headers: { authorization: `Bearer ${token}` } });
const newSession = async (over = {}) =>
  (await t.api('POST', '/v1/sessions', { body: sessionBody(over) })).json();

describe('client tokens', () => {
  it('are EdDSA JWTs with aud finlet:widget, sub = session, iss = public URL, jti and exp ≤ 30 min', async () => {
    const s = await newSession();
    const claims = decodeJwt(s.client_token);
    expect(claims).toMatchObject({ aud: 'finlet:widget', sub: s.id, iss: 'http://finlet.test' });
    expect(typeof claims.jti).toBe('string');
    expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(30 * 60);
    expect(decodeProtectedHeader(s.client_token)).toMatchObject({ alg: 'EdDSA' });
  });

  it('open the widget session while valid', async () => {
    const s = await newSession();
    const res = await widget(s.client_token);
    expect(res.status).toBe(200);
    const view = await res.json();
    expect(view).toMatchObject({ id: s.id, partner: { name: 'Test Shop' }, flows: ['payment'] });
    expect(view.customer).toBeUndefined();
  });

  it('are refused once expired (token_expired)', async () => {
    const s = await newSession();
    t.clock.advance(31 * 60 * 1000);
    const res = await widget(s.client_token);
    t.clock.advance(-31 * 60 * 1000);
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('token_expired');
  });

  it('are refused when tampered (token_invalid)', async () => {
    const s = await newSession();
    const other = await newSession();
    const [h, , sig] = s.client_token.split('.');
    const [, otherPayload] = other.client_token.split('.');
    const res = await widget(`${h}.${otherPayload}.${sig}`);
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('token_invalid');
  });

  it('are refused with alg none', async () => {
    const s = await newSession();
    const payload = s.client_token.split('.')[1];
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    expect((await (await widget(none)).json()).error.code).toBe('token_invalid');
  });

  it('stop working when the partner cancels the session (session_canceled)', async () => {
    const s = await newSession();
    await t.api('POST', `/v1/sessions/${s.id}/cancel`);
    const res = await widget(s.client_token);
    expect(res.status).toBe(410);
    expect((await res.json()).error.code).toBe('session_canceled');
  });

  it('stop working when the session expires (session_expired), even if the token has not', async () => {
    const t2 = await createTestContext({ FINLET_SESSION_TTL: '60' });
    try {
      const s = await (await t2.api('POST', '/v1/sessions', { body: sessionBody() })).json();
      t2.clock.advance(61_000);
      const res = await t2.api('GET', '/widget/v1/session', {
        key: null,
        headers: { authorization: `Bearer ${s.client_token}` },
      });
      expect(res.status === 410 || res.status === 401).toBe(true);
      expect(['session_expired', 'token_expired']).toContain((await res.json()).error.code);
    } finally {
      await t2.close();
    }
  });
});

/** Marks a flow of the session finished, as the flow itself does when it reaches a terminal status. */
async function finishFlow(sessionId: string, flow: string, status: string) {
  await t.deps.database.db.transaction((tx) =>
    setFlowState(t.deps, tx, sessionId, flow, { status, result: null }),
  );
}

describe('completion and result tokens', () => {
  it('refuses to complete while a flow is unfinished (409 invalid_state)', async () => {
    const s = await newSession({ flows: ['identity', 'payment'] });
    await finishFlow(s.id, 'identity', 'approved');
    const res = await widget(s.client_token, '/widget/v1/session/complete', 'POST');
    expect(res.status).toBe(409);
    expect((await res.json()).error).toMatchObject({
      code: 'invalid_state',
      message: 'The payment flow is not finished.',
    });
  });

  it('completes the session, emits session.completed and returns a result token verifiable with the JWKS', async () => {
    const s = await newSession({ flows: ['identity', 'payment'] });
    await finishFlow(s.id, 'identity', 'approved');
    await finishFlow(s.id, 'payment', 'succeeded');
    const res = await widget(s.client_token, '/widget/v1/session/complete', 'POST');
    expect(res.status).toBe(200);
    const done = await res.json();
    expect(done.summary).toEqual({
      flows: { identity: { status: 'approved' }, payment: { status: 'succeeded' } },
    });
    const jwks = await (await t.api('GET', '/.well-known/jwks.json', { key: null })).json();
    const { payload } = await jwtVerify(done.result_token, createLocalJWKSet(jwks), {
      issuer: 'http://finlet.test',
      audience: t.partner.id,
      currentDate: t.clock.now(),
    });
    expect(payload.sub).toBe(s.id);
    expect(payload.status).toBe('completed');
    const session = await (await t.api('GET', `/v1/sessions/${s.id}`)).json();
    expect(session.status).toBe('completed');
    const again = await widget(s.client_token, '/widget/v1/session/complete', 'POST');
    expect(again.status).toBe(200);
    // A completed session still answers the frame's reads; nothing can change it any more.
    const read = await widget(s.client_token);
    expect(read.status).toBe(200);
    expect((await read.json()).status).toBe('completed');
    const write = await widget(s.client_token, '/widget/v1/identity/submit', 'POST');
    expect(write.status).toBe(409);
    expect((await write.json()).error.code).toBe('session_completed');
  });

  it('a result token is not a client token', async () => {
    const s = await newSession();
    await finishFlow(s.id, 'payment', 'succeeded');
    const done = await (await widget(s.client_token, '/widget/v1/session/complete', 'POST')).json();
    const s2 = await newSession();
    const res = await widget(done.result_token.replace(/^/, ''), '/widget/v1/session');
    expect((await res.json()).error.code).toBe('token_invalid');
    expect(s2.id).not.toBe(s.id);
  });
});

describe('key rotation', () => {
  it('signs with the new key and keeps the old public key until its tokens expire', async () => {
    const before = await newSession();
    const oldKid = decodeProtectedHeader(before.client_token).kid;
    const { kid } = await t.deps.keys.rotate();
    expect(kid).not.toBe(oldKid);
    const after = await newSession();
    expect(decodeProtectedHeader(after.client_token).kid).toBe(kid);
    const jwks = await (await t.api('GET', '/.well-known/jwks.json', { key: null })).json();
    expect(jwks.keys.map((k: { kid: string }) => k.kid)).toEqual(expect.arrayContaining([oldKid, kid]));
    expect((await widget(before.client_token)).status).toBe(200);
    t.clock.advance(31 * 60 * 1000);
    const later = await t.deps.keys.jwks({ refresh: true });
    t.clock.advance(-31 * 60 * 1000);
    expect(later.keys.map((k) => k.kid)).toEqual([kid]);
  });
});
