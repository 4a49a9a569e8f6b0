/**
 * Provider accounts in the dashboard: an admin adds a live account through the same service as the
 * partner API (the secret is sealed, shown back only as its hint, and kept out of the audit log),
 * the add form's fields come from the connector registry, a bad field is named, test mode only
 * sets a payee, only admins change accounts, and another partner's admin can neither list nor
 * delete them.
 */
import { providerAccountSchema } from '@finlet/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerAccounts } from '../../src/db/schema.ts';
import { createTestContext, type TestContext } from '../support/harness.ts';
import { code, person } from './support.ts';

let t: TestContext;
let admin: Awaited<ReturnType<typeof person>>;
const SECRET = 'psk_live_dashboard_secret_0001';
const processorAccount = {
  capability: 'cards',
  connector: 'sandbox_processor',
  settings: { api_base_url: 'http://127.0.0.1:1/processor', publishable_key: 'ppk_live_dashboard' },
  credentials: { api_key: SECRET, callback_secret: 'pcs_live_dashboard_callback' },
};

beforeAll(async () => {
  t = await createTestContext();
  admin = await person(t, t.partner.id, 'admin');
}, 60_000);
afterAll(async () => {
  t.deps.screening.close();
  await t.close();
});

describe('provider accounts in the dashboard', () => {
  it('offers the registry’s connectors with their fields; test mode only pay-by-bank ones', async () => {
    const live = (await (await admin.get('/live/connectors')).json()).data;
    const processor = live.find((f: { connector: string }) => f.connector === 'sandbox_processor');
    expect(processor).toEqual({
      connector: 'sandbox_processor',
      capabilities: ['cards'],
      settings: [
        { name: 'api_base_url', kind: 'url', required: true },
        { name: 'publishable_key', kind: 'text', required: true },
      ],
      credentials: [
        { name: 'api_key', kind: 'text', required: true },
        { name: 'callback_secret', kind: 'text', required: true },
      ],
      payee: false,
    });
    const test = (await (await admin.get('/test/connectors')).json()).data;
    expect(test.length).toBeGreaterThan(0);
    for (const form of test) expect(form.capabilities).toEqual(['pay_by_bank']);
  });

  it('adds a live account whose secret is sealed, shown as a hint, and absent from the audit log', async () => {
    const res = await admin.post('/live/provider_accounts', processorAccount);
    expect(res.status).toBe(201);
    const text = await res.text();
    expect(text).not.toContain(SECRET);
    const account = providerAccountSchema.parse(JSON.parse(text));
    expect(account).toMatchObject({ livemode: true, connector: 'sandbox_processor', status: 'active' });
    expect(account.credentials).toEqual({ api_key_last4: SECRET.slice(-4) });

    const [row] = await t.deps.database.db
      .select()
      .from(providerAccounts)
      .where(eq(providerAccounts.id, account.id));
    expect(JSON.stringify(row)).not.toContain(SECRET);

    const list = await (await admin.get('/live/provider_accounts')).json();
    expect(list.data.map((a: { id: string }) => a.id)).toContain(account.id);
    expect(list.built_in).toEqual([]);
    // Test mode never lists a live account; it names the sandbox providers instead.
    const test = await (await admin.get('/test/provider_accounts')).json();
    expect(test.data.map((a: { id: string }) => a.id)).not.toContain(account.id);
    expect(test.built_in.map((p: { connector: string }) => p.connector)).toContain('sandbox_processor');

    const audit = await (await admin.get('/audit')).json();
    const entry = audit.data.find(
      (e: { action: string; target: { id: string } }) =>
        e.action === 'provider_account.created' && e.target.id === account.id,
    );
    expect(entry).toBeDefined();
    expect(JSON.stringify(audit)).not.toContain(SECRET);

    // Deleting: the account stops serving, the list drops it, the audit log says who.
    const gone = await admin.request('DELETE', `/live/provider_accounts/${account.id}`);
    expect(gone.status).toBe(200);
    expect((await gone.json()).status).toBe('deleted');
    const after = await (await admin.get('/live/provider_accounts')).json();
    expect(after.data.map((a: { id: string }) => a.id)).not.toContain(account.id);
    const audit2 = await (await admin.get('/audit')).json();
    expect(
      audit2.data.some(
        (e: { action: string; target: { id: string } }) =>
          e.action === 'provider_account.deleted' && e.target.id === account.id,
      ),
    ).toBe(true);
  });

  it('names the field a bad account got wrong, and refuses a test card account', async () => {
    const bad = await admin.post('/live/provider_accounts', {
      ...processorAccount,
      settings: { api_base_url: 'not a url', publishable_key: 'ppk_live_dashboard' },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({
      code: 'invalid_request',
      param: 'settings.api_base_url',
    });
    const test = await admin.post('/test/provider_accounts', processorAccount);
    expect(test.status).toBe(403);
    expect(await code(test)).toBe('permission_denied');
  });

  it('lets only admins change accounts', async () => {
    for (const role of ['viewer', 'reviewer', 'developer'] as const) {
      const someone = await person(t, t.partner.id, role);
      expect((await someone.get('/live/provider_accounts')).status).toBe(200);
      const res = await someone.post('/live/provider_accounts', processorAccount);
      expect(res.status, role).toBe(403);
      expect(await code(res)).toBe('insufficient_role');
    }
  });

  it('never shows or deletes one partner’s account for another partner’s admin', async () => {
    const mine = await (await admin.post('/live/provider_accounts', processorAccount)).json();
    const other = await t.newPartner('Other Shop');
    const theirAdmin = await person(t, other.id, 'admin');
    const theirs = await (await theirAdmin.get('/live/provider_accounts')).json();
    expect(theirs.data).toEqual([]);
    const res = await theirAdmin.request('DELETE', `/live/provider_accounts/${mine.id}`);
    expect(res.status).toBe(404);
    const still = await (await admin.get('/live/provider_accounts')).json();
    expect(still.data.map((a: { id: string }) => a.id)).toContain(mine.id);
  });
});
