/**
 * `GET /widget/v1/session/embedding`: what the loader asks when its frame never said `ready` (the
 * browser refused to frame it). It answers the partner's page across origins (CORS) with why the
 * widget cannot run there — the page's origin is not allowed, or the token or session is not
 * usable — and nothing else: no session data, and only to a caller holding the token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, sessionBody, type TestContext } from '../support/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const SHOP = 'https://shop.example';
const check = (token: string | null, origin?: string) =>
  t.api('GET', '/widget/v1/session/embedding', {
    key: null,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(origin ? { origin } : {}),
    },
  });
const newSession = async () => (await t.api('POST', '/v1/sessions', { body: sessionBody() })).json();

describe('the embedding check', () => {
  it('says yes to an allowed origin, and shows nothing of the session', async () => {
    const s = await newSession();
    const res = await check(s.client_token, SHOP);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ embeddable: true, origin: SHOP });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('refuses another origin, even the same host by another name (403 origin_not_allowed), readable cross-origin', async () => {
    const s = await newSession();
    for (const origin of ['https://evil.example', 'https://127.0.0.1', 'http://shop.example']) {
      const res = await check(s.client_token, origin);
      expect(res.status, origin).toBe(403);
      expect((await res.json()).error.code).toBe('origin_not_allowed');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    }
    expect((await (await check(s.client_token)).json()).error.code).toBe('origin_not_allowed');
  });

  it('answers why a token cannot be used, readable cross-origin', async () => {
    const s = await newSession();
    const [h, p] = s.client_token.split('.');
    const tampered = await check(`${h}.${p}.AAAA`, SHOP);
    expect(tampered.status).toBe(401);
    expect((await tampered.json()).error.code).toBe('token_invalid');
    expect(tampered.headers.get('access-control-allow-origin')).toBe('*');
    expect((await (await check(null, SHOP)).json()).error.code).toBe('token_missing');

    const canceled = await newSession();
    await t.api('POST', `/v1/sessions/${canceled.id}/cancel`);
    expect((await (await check(canceled.client_token, SHOP)).json()).error.code).toBe('session_canceled');

    t.clock.advance(31 * 60 * 1000);
    try {
      expect((await (await check(s.client_token, SHOP)).json()).error.code).toBe('token_expired');
    } finally {
      t.clock.advance(-31 * 60 * 1000);
    }
  });

  it('answers the browser preflight for the Authorization header without a token', async () => {
    const res = await t.api('OPTIONS', '/widget/v1/session/embedding', {
      key: null,
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  });

  it('does not open the rest of the widget API to other origins', async () => {
    const s = await newSession();
    const res = await t.api('GET', '/widget/v1/session', {
      key: null,
      headers: { authorization: `Bearer ${s.client_token}`, origin: 'https://evil.example' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
