/**
 * One partner's dashboard user never sees or changes another partner's data — on EVERY list,
 * detail and change route of the dashboard API (a route added without a row here fails the first
 * test) — and test-mode data never shows in live mode. Both partners are seeded with one of
 * everything, under the same customer reference, so a missing partner condition would show.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/harness.ts';
import { person, type Seeded, seedPartner } from './support.ts';

let t: TestContext;
let mine: Seeded;
let theirs: Seeded;
let admin: Awaited<ReturnType<typeof person>>;
let theirAdmin: Awaited<ReturnType<typeof person>>;
let theirInvitation: string;

beforeAll(async () => {
  t = await createTestContext();
  const other = await t.newPartner('Other Shop');
  mine = await seedPartner(t, t.partner.id);
  theirs = await seedPartner(t, other.id);
  admin = await person(t, t.partner.id, 'admin');
  theirAdmin = await person(t, other.id, 'admin');
  const inv = await theirAdmin.post('/team/invitations', {
    email: 'their.viewer@example.com',
    role: 'viewer',
  });
  theirInvitation = (await inv.json()).invitation.id;
  expect((await theirAdmin.post('/settings/identity_rules', { pep_action: 'approve' })).status).toBe(200);
  expect((await theirAdmin.post('/settings/appearance', { color_primary: '#aa0000' })).status).toBe(200);
}, 120_000);
afterAll(async () => {
  t.deps.screening.close();
  await t.close();
});

const since = new Date(Date.now() - 3600_000).toISOString();

/** Every GET list route: where to find ids in the answer, and which seeded id must be there. */
const LISTS: [path: string, pick: (body: any) => string[], id: keyof Seeded][] = [
  ['/sessions', (b) => b.data.map((x: any) => x.id), 'session'],
  ['/sessions?customer_reference=cus_seed', (b) => b.data.map((x: any) => x.id), 'session'],
  ['/payments', (b) => b.data.map((x: any) => x.id), 'payment'],
  ['/identity_verifications?status=review', (b) => b.data.map((x: any) => x.id), 'identity'],
  ['/links', (b) => b.data.map((x: any) => x.id), 'link'],
  ['/events', (b) => b.data.map((x: any) => x.id), 'event'],
  ['/webhook_endpoints', (b) => b.data.map((x: any) => x.id), 'endpoint'],
  ['/api_keys', (b) => b.data.map((x: any) => x.id), 'apiKey'],
];
/** Every GET detail route, with the seeded id it reads. */
const DETAILS: [path: (s: Seeded) => string, id: keyof Seeded][] = [
  [(s) => `/sessions/${s.session}`, 'session'],
  [(s) => `/payments/${s.payment}`, 'payment'],
  [(s) => `/identity_verifications/${s.identity}`, 'identity'],
  [(s) => `/identity_verifications/${s.identity}/images/front`, 'identity'],
  [(s) => `/links/${s.link}`, 'link'],
  [(s) => `/events/${s.event}`, 'event'],
];
/** Every change route of a record, aimed at the other partner's record. */
const CHANGES: [method: string, path: (s: Seeded) => string, body?: unknown][] = [
  ['POST', (s) => `/payments/${s.payment}/refunds`, { amount: 100 }],
  ['POST', (s) => `/identity_verifications/${s.identity}/review`, { decision: 'approved' }],
  ['POST', (s) => `/links/${s.link}/revoke`, {}],
  ['POST', (s) => `/events/${s.event}/redeliver`, {}],
  ['POST', (s) => `/webhook_endpoints/${s.endpoint}/rotate_secret`, {}],
  ['POST', (s) => `/webhook_endpoints/${s.endpoint}/disable`, {}],
  ['POST', (s) => `/webhook_endpoints/${s.endpoint}/enable`, {}],
  ['POST', (s) => `/webhook_endpoints/${s.endpoint}/test`, {}],
  ['DELETE', (s) => `/webhook_endpoints/${s.endpoint}`],
  ['POST', (s) => `/api_keys/${s.apiKey}/roll`, {}],
  ['POST', (s) => `/api_keys/${s.apiKey}/revoke`, {}],
];
/** Routes that hold no record of their own (aggregates, exports, singletons): checked by content below. */
const OTHER = [
  '/overview',
  '/payments/export',
  '/provider_accounts',
  '/provider_accounts/:id',
  '/connectors',
];

describe('tenancy of the dashboard API', () => {
  it('covers every route of the mode-scoped API', () => {
    const listed = new Set([
      ...LISTS.map(([p]) => p.split('?')[0]),
      ...DETAILS.map(([p]) =>
        p(mine)
          .replace(/\/(ses|pay|idv|lnk|evt)_\w+/g, '/:id')
          .replace('/front', '/:side'),
      ),
      ...CHANGES.map(([, p]) => p(mine).replace(/\/(pay|idv|lnk|evt|whe|apk)_\w+/g, '/:id')),
      ...OTHER,
      '/webhook_endpoints',
      '/api_keys',
    ]);
    const routes = t.app.routes
      .filter((r) => r.path.startsWith('/dashboard/api/test/') && r.method !== 'ALL')
      .map((r) => r.path.replace('/dashboard/api/test', ''));
    expect(routes.length).toBeGreaterThan(20);
    for (const r of routes) expect(listed, `route ${r} has a tenancy check`).toContain(r);
  });

  it.each(LISTS)('GET %s lists my records and none of the other partner’s', async (path, pick, id) => {
    const res = await admin.get(`/test${path}`);
    expect(res.status).toBe(200);
    const ids = pick(await res.json());
    expect(ids).toContain(mine[id]);
    expect(ids).not.toContain(theirs[id]);
  });

  it.each(DETAILS)(
    'GET %s answers 404 for the other partner’s record and 200 for mine',
    async (path, _id) => {
      expect((await admin.get(`/test${path(mine)}`)).status).toBe(200);
      const res = await admin.get(`/test${path(theirs)}`);
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('not_found');
    },
  );

  it.each(CHANGES)(
    '%s %s on the other partner’s record answers 404 and changes nothing',
    async (method, path, body) => {
      const res = await admin.request(method, `/test${path(theirs)}`, body === undefined ? {} : { body });
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('not_found');
      const check = await theirAdmin.get(`/test/payments/${theirs.payment}`);
      expect((await check.json()).payment.amount_refunded).toBe(0);
      const endpoints = await (await theirAdmin.get('/test/webhook_endpoints')).json();
      expect(endpoints.data.find((e: any) => e.id === theirs.endpoint)?.status).toBe('enabled');
      const idv = await (await theirAdmin.get(`/test/identity_verifications/${theirs.identity}`)).json();
      expect(idv.verification.status).toBe('review');
    },
  );

  it('counts only my records in the overview', async () => {
    const o = await (await admin.get(`/test/overview?since=${encodeURIComponent(since)}`)).json();
    expect(o.sessions).toEqual({ started: 1, completed: 1 });
    expect(o.review_queue).toBe(1);
    expect(o.payments).toEqual([{ currency: 'EUR', count: 1, amount: 1000 }]);
    expect(o.failing_endpoints.map((e: any) => e.id)).toEqual([mine.endpoint]);
  });

  it('lists only my provider accounts, and cannot delete the other partner’s', async () => {
    const payee = (name: string) => ({
      capability: 'pay_by_bank',
      connector: 'ob_uk',
      settings: { institutions: ['sandbox-bank-uk'] },
      payee: { name, sort_code: '040004', account_number: '12345678' },
    });
    const my = await (await admin.post('/test/provider_accounts', payee('My Shop Ltd'))).json();
    const their = await (await theirAdmin.post('/test/provider_accounts', payee('Other Shop Ltd'))).json();
    const list = await (await admin.get('/test/provider_accounts')).json();
    expect(list.data.map((a: any) => a.id)).toEqual([my.id]);
    const res = await admin.request('DELETE', `/test/provider_accounts/${their.id}`);
    expect(res.status).toBe(404);
    const theirList = await (await theirAdmin.get('/test/provider_accounts')).json();
    expect(theirList.data.map((a: any) => a.id)).toEqual([their.id]);
    // The connector list holds no partner's data: the same for both.
    expect(await (await admin.get('/test/connectors')).json()).toEqual(
      await (await theirAdmin.get('/test/connectors')).json(),
    );
  });

  it('exports only my payments', async () => {
    for (const format of ['csv', 'camt053']) {
      const body = await (await admin.get(`/test/payments/export?format=${format}`)).text();
      expect(body).toContain(mine.payment);
      expect(body).not.toContain(theirs.payment);
    }
  });

  it('shows only my team, my audit log and my settings', async () => {
    const team = await (await admin.get('/team')).json();
    expect(team.users.map((u: any) => u.id)).toContain(admin.id);
    expect(team.users.map((u: any) => u.id)).not.toContain(theirAdmin.id);
    expect(team.invitations.map((i: any) => i.id)).not.toContain(theirInvitation);
    const audit = await (await admin.get('/audit')).json();
    expect(audit.data.length).toBeGreaterThan(0);
    expect(audit.data.every((e: any) => e.partner_id === t.partner.id)).toBe(true);
    expect((await (await admin.get('/settings/identity_rules')).json()).pep_action).toBe('review');
    expect((await (await admin.get('/settings/appearance')).json()).color_primary).toBeUndefined();
  });

  it('cannot change the other partner’s people or invitations', async () => {
    const res = await admin.post(`/team/users/${theirAdmin.id}`, { role: 'viewer' });
    expect(res.status).toBe(404);
    expect((await admin.request('DELETE', `/team/invitations/${theirInvitation}`)).status).toBe(404);
    expect((await theirAdmin.get('/me')).status).toBe(200);
  });

  it('never shows test-mode records in live mode', async () => {
    for (const [path, pick] of LISTS.filter(([p]) => !p.startsWith('/api_keys'))) {
      const res = await admin.get(`/live${path}`);
      expect(res.status).toBe(200);
      expect(pick(await res.json())).toEqual([]);
    }
    expect((await (await admin.get('/live/api_keys')).json()).data).toEqual([]);
    for (const [path] of DETAILS) expect((await admin.get(`/live${path(mine)}`)).status).toBe(404);
    const o = await (await admin.get(`/live/overview?since=${encodeURIComponent(since)}`)).json();
    expect(o.sessions).toEqual({ started: 0, completed: 0 });
    expect(o.review_queue).toBe(0);
  });

  it('gives an operator no partner records', async () => {
    const operator = await person(t, null, 'operator');
    const res = await operator.get('/test/sessions');
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('insufficient_role');
  });
});
