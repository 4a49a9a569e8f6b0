/**
 * The identity endpoints under hostile input and a misbehaving provider: malformed, foreign and
 * oversize input always gets a 4xx envelope (never a 5xx); another partner's verification is 404;
 * a hand-off token only opens the identity step of its own session; provider 5xx, 429 and hangs
 * become provider_* errors after retries (Retry-After honoured), and the verification stays
 * pending so the user can retry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueHandoffToken } from '../../src/identity/handoff.ts';
import { createIdentityWorld, details_, type IdentityWorld, JPEG } from './support.ts';

let w: IdentityWorld;
beforeAll(async () => {
  w = await createIdentityWorld({ FINLET_KYC_TIMEOUT_MS: '300' });
});
afterAll(() => w.close());

async function ready() {
  const s = await w.newSession();
  await w.widget(s.token, 'POST', '/details', details_());
  await w.widget(s.token, 'POST', '/document', {
    type: 'id_card',
    issuing_country: 'ES',
    expiry_date: '2099-01-01',
  });
  for (const side of ['front', 'back', 'selfie'])
    await w.widget(s.token, 'POST', '/images', {
      side,
      content_type: 'image/png',
      data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]).toString('base64'),
    });
  return s;
}

describe('identity input', () => {
  it.each([
    ['POST', '/details', '{"first_name":', 'application/json', 400],
    ['POST', '/details', '{}', 'text/plain', 415],
    ['POST', '/details', JSON.stringify({ ...details_(), admin: true }), 'application/json', 400],
    ['POST', '/details', JSON.stringify({ ...details_(), first_name: 'A\u0000' }), 'application/json', 400],
    [
      'POST',
      '/document',
      JSON.stringify({ type: 'visa', issuing_country: 'GB', expiry_date: '2099-01-01' }),
      'application/json',
      400,
    ],
    [
      'POST',
      '/document',
      JSON.stringify({ type: 'passport', issuing_country: 'ZZ', expiry_date: '2099-13-01' }),
      'application/json',
      400,
    ],
    [
      'POST',
      '/images',
      JSON.stringify({ side: 'left', content_type: 'image/jpeg', data: JPEG }),
      'application/json',
      400,
    ],
    [
      'POST',
      '/images',
      JSON.stringify({ side: 'front', content_type: 'image/jpeg', data: 'not base64!' }),
      'application/json',
      400,
    ],
    [
      'POST',
      '/images',
      JSON.stringify({ side: 'front', content_type: 'image/jpeg', data: 'A'.repeat(960_000) }),
      'application/json',
      400,
    ],
    [
      'POST',
      '/images',
      JSON.stringify({ side: 'front', content_type: 'image/jpeg', data: 'A'.repeat(1_100_000) }),
      'application/json',
      413,
    ],
    ['POST', '/submit', '{"now":true}', 'application/json', 400],
  ])('%s %s with a bad body → %i', async (method, path, body, type, status) => {
    const s = await w.newSession();
    const res = await w.api(method, `/widget/v1/identity${path}`, {
      key: s.token,
      body,
      headers: { 'content-type': type },
    });
    expect(res.status).toBe(status);
    expect((await res.json()).error.code).toEqual(expect.any(String));
  });

  it.each([
    ['GET', '/v1/identity_verifications?status=maybe'],
    ['GET', '/v1/identity_verifications?limit=1000'],
    ['GET', '/v1/identity_verifications?starting_after=idv_nope'],
    ['GET', '/v1/identity_verifications/idv_nope'],
    ['POST', '/v1/identity_verifications/idv_nope/review'],
    ['POST', '/v1/identity_rules'],
    ['POST', '/v1/screenings'],
    ['DELETE', `/v1/customers/${'x'.repeat(300)}/data`],
  ])('%s %s → 4xx envelope', async (method, path) => {
    const res = await w.api(method, path, method === 'POST' ? { body: { bogus: 1 } } : {});
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('a hand-off token opens only the identity step of its own session, for at most 10 minutes', async () => {
    const s = await w.newSession();
    const row = await (await w.api('GET', `/v1/sessions/${s.id}`)).json();
    const { token, expiresAt } = await issueHandoffToken(w.deps, s.id, new Date(row.expires_at), 'identity');
    expect(expiresAt.getTime() - w.clock.now().getTime()).toBeLessThanOrEqual(10 * 60_000);
    expect((await w.widget(token, 'GET', '')).status).toBe(200);
    expect((await w.api('GET', '/widget/v1/session', { key: token })).status).toBe(401);
    const other = await issueHandoffToken(w.deps, s.id, new Date(row.expires_at), 'payment');
    expect((await w.widget(other.token, 'GET', '')).status).toBe(401);
    // The desktop mints the link; the phone sees only the identity step and cannot mint another.
    const minted = await (await w.widget(s.token, 'POST', '/handoff', {})).json();
    expect(minted.url).toMatch(new RegExp(`/flow/\\?session=${s.id}&handoff=identity#token=`));
    const phone = decodeURIComponent(minted.url.split('#token=')[1]);
    const view = await (await w.widget(phone, 'GET', '/session')).json();
    expect(view).toMatchObject({ id: s.id, flows: ['identity'], payment: null });
    expect((await w.widget(phone, 'POST', '/handoff', {})).status).toBe(401);
    w.clock.advance(11 * 60_000);
    const late = await w.widget(token, 'GET', '');
    expect((await late.json()).error.code).toBe('token_expired');
    w.clock.advance(-11 * 60_000);
  });
});

describe('KYC provider faults', () => {
  it('retries 5xx and gives provider_error after the retries; the user can submit again', async () => {
    const s = await ready();
    w.kyc.faults.next(3, 'status=500', { path: '/v1/checks' });
    const res = await w.widget(s.token, 'POST', '/submit', {});
    expect(res.status).toBe(502);
    expect((await res.json()).error.code).toBe('provider_error');
    expect((await (await w.widget(s.token, 'GET', '')).json()).status).toBe('pending');
    const again = await w.widget(s.token, 'POST', '/submit', {});
    expect(again.status).toBe(200);
    expect((await w.settled((await again.json()).id)).status).toBe('approved');
  });

  it('a provider still answering 503 after the retries is provider_unavailable, as for every provider', async () => {
    const s = await ready();
    w.kyc.faults.next(3, 'status=503', { path: '/v1/checks' });
    const res = await w.widget(s.token, 'POST', '/submit', {});
    expect(res.status).toBe(503);
    expect((await res.json()).error.code).toBe('provider_unavailable');
    expect((await (await w.widget(s.token, 'GET', '')).json()).status).toBe('pending');
  });

  it('honours Retry-After on 429 and succeeds', async () => {
    const s = await ready();
    w.kyc.faults.next(1, 'rate_limit=1', { path: '/v1/checks' });
    const started = Date.now();
    const res = await w.widget(s.token, 'POST', '/submit', {});
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('a hanging provider is a provider_timeout', async () => {
    const s = await ready();
    w.kyc.faults.next(3, 'hang', { path: '/v1/checks' });
    const res = await w.widget(s.token, 'POST', '/submit', {});
    expect((await res.json()).error.code).toBe('provider_timeout');
    w.kyc.faults.releaseHangs();
  });
});
