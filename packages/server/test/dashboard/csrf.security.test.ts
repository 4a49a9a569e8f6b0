/**
 * CSRF attacks on the dashboard API: a change sent from another origin, without an Origin, without
 * the session's CSRF token, with another session's token — each is refused (403 `csrf_failed`)
 * before anything changes; a sign-in from another origin is refused too (no login CSRF).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/harness.ts';
import { code, ORIGIN, PASSWORD, person } from './support.ts';

let t: TestContext;
let admin: Awaited<ReturnType<typeof person>>;
let other: Awaited<ReturnType<typeof person>>;

beforeAll(async () => {
  t = await createTestContext();
  admin = await person(t, t.partner.id, 'admin');
  other = await person(t, t.partner.id, 'developer');
}, 60_000);
afterAll(async () => {
  t.deps.screening.close();
  await t.close();
});
const keyCount = async () => (await (await admin.get('/test/api_keys')).json()).data.length;

describe('CSRF protection of the dashboard API', () => {
  it.each([
    ['another origin', { origin: 'https://evil.example' }],
    ['a look-alike origin', { origin: `${ORIGIN}.evil.example` }],
    ['a null origin (sandboxed frame)', { origin: 'null' }],
  ])('refuses a change from %s, even with the right cookie and token', async (_what, headers) => {
    const before = await keyCount();
    const res = await admin.request('POST', '/test/api_keys', { body: {}, headers });
    expect(res.status).toBe(403);
    expect(await code(res)).toBe('csrf_failed');
    expect(await keyCount()).toBe(before);
  });

  it('refuses a change without an Origin unless the browser says same-origin', async () => {
    const bare = (h: Record<string, string>) =>
      t.app.request('/dashboard/api/test/api_keys', {
        method: 'POST',
        headers: {
          cookie: admin.cookie!,
          'x-csrf-token': admin.csrf!,
          'content-type': 'application/json',
          ...h,
        },
        body: '{}',
      });
    expect((await bare({})).status).toBe(403);
    expect((await bare({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await bare({ 'sec-fetch-site': 'same-origin' })).status).toBe(201);
  });

  it('refuses a change without the CSRF token, with a wrong one, or with another session’s', async () => {
    const before = await keyCount();
    for (const token of [undefined, 'x'.repeat(32), other.csrf!]) {
      const headers: Record<string, string> = {
        origin: ORIGIN,
        cookie: admin.cookie!,
        'content-type': 'application/json',
      };
      if (token) headers['x-csrf-token'] = token;
      const res = await t.app.request('/dashboard/api/test/api_keys', {
        method: 'POST',
        headers,
        body: '{}',
      });
      expect(res.status).toBe(403);
      expect(await code(res)).toBe('csrf_failed');
    }
    expect(await keyCount()).toBe(before);
  });

  it('lets a read through without a token (reads change nothing) and answers it no-store', async () => {
    const res = await t.app.request('/dashboard/api/test/sessions', { headers: { cookie: admin.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a sign-in posted from another origin (login CSRF)', async () => {
    const res = await t.app.request('/dashboard/api/sign-in', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ email: admin.email, password: PASSWORD }),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('serves the app in no frame and with a strict CSP', async () => {
    const res = await t.app.request('/dashboard/sessions');
    // The build may be missing in a server test run: the headers are what matters, on the page route.
    if (res.status === 200) {
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    } else expect(res.status).toBe(404);
  });
});
