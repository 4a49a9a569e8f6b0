/**
 * Session attacks on the dashboard: a session id planted in the browser before sign-in is never
 * adopted (sign-in always issues a new one), a made-up cookie signs nobody in, sign-out ends the
 * session on the server (a copied cookie stops working), disabling a user ends its sessions at
 * once, and the cookie is HttpOnly and SameSite=Strict (Secure and `__Host-` over HTTPS). Wrong
 * passwords lock the account after 5 tries, and an unknown address answers like a wrong password.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/harness.ts';
import { browser, code, PASSWORD, person } from './support.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
}, 60_000);
afterAll(async () => {
  t.deps.screening.close();
  await t.close();
});

describe('dashboard sessions', () => {
  it('never adopts a session id planted before sign-in', async () => {
    const victim = await person(t, t.partner.id, 'admin');
    const attacker = await person(t, t.partner.id, 'viewer');
    // The attacker plants its own valid session cookie in the victim's browser, then the victim signs in.
    const planted = attacker.cookie!;
    const b = browser(t, planted);
    const res = await b.post('/sign-in', { email: victim.email, password: PASSWORD });
    expect(res.status).toBe(200);
    expect(b.cookie).not.toBe(planted);
    // The planted id is still the attacker's own (viewer), never the victim's.
    const asPlanted = await (await browser(t, planted).get('/me')).json();
    expect(asPlanted.user.email).toBe(attacker.email);
    expect((await (await b.get('/me')).json()).user.email).toBe(victim.email);
    // A made-up id is no session at all.
    const made = browser(t, `${planted.split('=')[0]}=madeUpTokenmadeUpTokenmadeUp`);
    expect((await made.get('/me')).status).toBe(401);
  });

  it('sets an HttpOnly, SameSite=Strict cookie scoped to the dashboard', async () => {
    const u = await person(t, t.partner.id, 'viewer');
    const res = await browser(t).post('/sign-in', { email: u.email, password: PASSWORD });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^finlet_dashboard=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/dashboard');
  });

  it('uses a __Host- Secure cookie over HTTPS', async () => {
    const https = await createTestContext({ PUBLIC_URL: 'https://finlet.example' });
    try {
      const { createInvitation, CLI_ACTOR } = await import('../../src/dashboard/team.ts');
      const { url } = await createInvitation(https.deps, CLI_ACTOR, {
        partnerId: https.partner.id,
        email: 'h@example.com',
        role: 'admin',
      });
      const res = await https.app.request('/dashboard/api/invitations/accept', {
        method: 'POST',
        headers: { origin: 'https://finlet.example', 'content-type': 'application/json' },
        body: JSON.stringify({ token: url.split('#token=')[1], name: 'H', password: PASSWORD }),
      });
      expect(res.status).toBe(201);
      const cookie = res.headers.get('set-cookie')!;
      expect(cookie).toMatch(/^__Host-finlet_dashboard=/);
      expect(cookie).toContain('Secure');
      expect(cookie).toContain('Path=/;');
    } finally {
      https.deps.screening.close();
      await https.close();
    }
  });

  it('ends the session on the server at sign-out: a copied cookie stops working', async () => {
    const u = await person(t, t.partner.id, 'viewer');
    const copied = u.cookie!;
    expect((await u.post('/sign-out')).status).toBe(204);
    expect((await browser(t, copied).get('/me')).status).toBe(401);
  });

  it('ends every session of a user who is disabled', async () => {
    const admin = await person(t, t.partner.id, 'admin');
    const dev = await person(t, t.partner.id, 'developer');
    expect((await dev.get('/me')).status).toBe(200);
    expect((await admin.post(`/team/users/${dev.id}`, { status: 'disabled' })).status).toBe(200);
    const res = await dev.get('/me');
    expect(res.status).toBe(401);
    expect(await code(res)).toBe('not_signed_in');
    expect((await browser(t).post('/sign-in', { email: dev.email, password: PASSWORD })).status).toBe(401);
  });

  it('locks an account after 5 wrong passwords, then refuses even the right one for a while', async () => {
    const u = await person(t, t.partner.id, 'viewer');
    const b = browser(t);
    for (let i = 0; i < 5; i++) {
      const res = await b.post('/sign-in', { email: u.email, password: 'wrong password 123' });
      expect(res.status).toBe(401);
      expect(await code(res)).toBe('invalid_credentials');
    }
    const locked = await b.post('/sign-in', { email: u.email, password: PASSWORD });
    expect(locked.status).toBe(429);
    expect(await code(locked)).toBe('account_locked');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
    t.clock.advance(16 * 60_000);
    expect((await b.post('/sign-in', { email: u.email, password: PASSWORD })).status).toBe(200);
  });

  it('answers an unknown address exactly like a wrong password', async () => {
    const res = await browser(t).post('/sign-in', { email: 'nobody@example.com', password: PASSWORD });
    expect(res.status).toBe(401);
    expect(await code(res)).toBe('invalid_credentials');
  });
});
