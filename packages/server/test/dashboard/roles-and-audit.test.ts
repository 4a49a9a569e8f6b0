/**
 * Roles and the audit log: a viewer cannot refund (403 and its `/me` lacks the permission the page
 * needs to show the button), a reviewer decides a review that is recorded with the reviewer (a
 * `usr_` id, not an API key) and sees the personal details a viewer does not, every change lands in
 * the audit log with who, what, when, before and after; invitation links work once, expire and
 * refuse weak passwords.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR, createInvitation, INVITATION_TTL_MS } from '../../src/dashboard/team.ts';
import { createTestContext, type TestContext } from '../support/harness.ts';
import { browser, code, PASSWORD, person, type Seeded, seedPartner } from './support.ts';

let t: TestContext;
let seeded: Seeded;
beforeAll(async () => {
  t = await createTestContext();
  seeded = await seedPartner(t, t.partner.id);
}, 60_000);
afterAll(async () => {
  t.deps.screening.close();
  await t.close();
});

describe('roles', () => {
  it('refuses a viewer’s refund with 403, and its permissions hide the button', async () => {
    const viewer = await person(t, t.partner.id, 'viewer');
    const me = await (await viewer.get('/me')).json();
    expect(me.permissions).toEqual(['read']);
    const res = await viewer.post(`/test/payments/${seeded.payment}/refunds`, { amount: 100 });
    expect(res.status).toBe(403);
    expect(await code(res)).toBe('insufficient_role');
    const p = await (await viewer.get(`/test/payments/${seeded.payment}`)).json();
    expect(p.payment.amount_refunded).toBe(0);
  });

  it('shows personal details and images to a reviewer, not to a viewer', async () => {
    const viewer = await person(t, t.partner.id, 'viewer');
    const reviewer = await person(t, t.partner.id, 'reviewer');
    const seen = await (await viewer.get(`/test/identity_verifications/${seeded.identity}`)).json();
    expect(seen.details).toBeNull();
    expect(seen.images).toEqual([]);
    expect((await viewer.get(`/test/identity_verifications/${seeded.identity}/images/front`)).status).toBe(
      403,
    );
    const full = await (await reviewer.get(`/test/identity_verifications/${seeded.identity}`)).json();
    expect(full.details.first_name).toBe('Ada');
    expect(full.images).toEqual(['front', 'selfie']);
    const img = await reviewer.get(`/test/identity_verifications/${seeded.identity}/images/front`);
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/png');
    expect(img.headers.get('cache-control')).toBe('no-store');
  });

  it('records a review with the reviewer and writes it to the audit log with before and after', async () => {
    const reviewer = await person(t, t.partner.id, 'reviewer');
    const res = await reviewer.post(`/test/identity_verifications/${seeded.identity}/review`, {
      decision: 'approved',
      note: 'Document readable on the back',
    });
    expect(res.status).toBe(200);
    const v = await res.json();
    expect(v.status).toBe('approved');
    expect(v.reviews.at(-1)).toMatchObject({
      decision: 'approved',
      decided_by: reviewer.id,
      note: 'Document readable on the back',
    });
    const admin = await person(t, t.partner.id, 'admin');
    const audit = await (await admin.get('/audit')).json();
    const entry = audit.data.find((e: any) => e.action === 'identity_verification.reviewed');
    expect(entry).toMatchObject({
      actor: { id: reviewer.id, email: reviewer.email },
      target: { type: 'identity_verification', id: seeded.identity },
      mode: 'test',
      partner_id: t.partner.id,
    });
    expect(entry.before.status).toBe('review');
    expect(entry.after.status).toBe('approved');
    expect(Date.parse(entry.created_at)).not.toBeNaN();
    // A reviewer may not read the audit log or manage keys.
    expect((await reviewer.get('/audit')).status).toBe(403);
    expect((await reviewer.post('/test/api_keys', {})).status).toBe(403);
  });

  it('shows a created key’s secret once and never in the audit log', async () => {
    const dev = await person(t, t.partner.id, 'developer');
    const res = await dev.post('/test/api_keys', { description: 'CI' });
    expect(res.status).toBe(201);
    const key = await res.json();
    expect(key.secret).toMatch(/^sk_test_/);
    const list = await (await dev.get('/test/api_keys')).json();
    expect(JSON.stringify(list)).not.toContain(key.secret);
    const admin = await person(t, t.partner.id, 'admin');
    const audit = await (await admin.get('/audit')).json();
    expect(audit.data.some((e: any) => e.action === 'api_key.created' && e.target.id === key.id)).toBe(true);
    expect(JSON.stringify(audit)).not.toContain(key.secret);
  });

  it('lets no one live keys with a test screen: a live key made in live mode lists only there', async () => {
    const dev = await person(t, t.partner.id, 'developer');
    const live = await (await dev.post('/live/api_keys', {})).json();
    expect(live.secret).toMatch(/^sk_live_/);
    const testKeys = await (await dev.get('/test/api_keys')).json();
    expect(testKeys.data.map((k: any) => k.id)).not.toContain(live.id);
    expect(testKeys.data.every((k: any) => k.mode === 'test')).toBe(true);
  });
});

describe('invitations', () => {
  const accept = (token: string, password = PASSWORD) =>
    browser(t).post('/invitations/accept', { token, name: 'New person', password });
  const invite = async (email: string) =>
    (await createInvitation(t.deps, CLI_ACTOR, { partnerId: t.partner.id, email, role: 'viewer' })).url.split(
      '#token=',
    )[1]!;

  it('works once', async () => {
    const token = await invite('once@example.com');
    expect((await accept(token)).status).toBe(201);
    const again = await accept(token);
    expect(again.status).toBe(400);
    expect(await code(again)).toBe('invitation_invalid');
  });

  it('expires after 7 days', async () => {
    const token = await invite('late@example.com');
    t.clock.advance(INVITATION_TTL_MS + 1000);
    expect(await code(await accept(token))).toBe('invitation_invalid');
  });

  it('refuses a weak password and a second invitation for the same address', async () => {
    const token = await invite('weak@example.com');
    expect(await code(await accept(token, 'short'))).toBe('weak_password');
    const admin = await person(t, t.partner.id, 'admin');
    const dup = await admin.post('/team/invitations', { email: 'WEAK@example.com', role: 'viewer' });
    expect(dup.status).toBe(409);
    expect(await code(dup)).toBe('email_taken');
  });

  it('lets an admin invite only partner roles, shown as a link with the token in its fragment', async () => {
    const admin = await person(t, t.partner.id, 'admin');
    expect(
      (await admin.post('/team/invitations', { email: 'op@example.com', role: 'operator' })).status,
    ).toBe(400);
    const res = await admin.post('/team/invitations', { email: 'rev@example.com', role: 'reviewer' });
    expect(res.status).toBe(201);
    expect((await res.json()).url).toMatch(/^http:\/\/finlet\.test\/dashboard\/invite#token=[\w-]{32}$/);
  });
});
