/**
 * The link flow through both dialects: a user signs in at Sandbox Bank UK (Open Banking 4.0) and
 * Sandbox Bank EU (Berlin Group 1.3.9) over real OAuth (PAR, PKCE, private_key_jwt), Finlet
 * exchanges the code on its callback, and both banks' data comes out in the same normalised shapes.
 */
import { accountSchema, linkSchema } from '@finlet/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LinkWorld, linkBank, startLinkWorld, syncAll } from './support.ts';

let world: LinkWorld;
beforeAll(async () => {
  world = await startLinkWorld();
});
afterAll(() => world.close());

describe.each([
  ['sandbox-bank-uk', 'GBP'],
  ['sandbox-bank-eu', 'EUR'],
])('linking %s', (institution, currency) => {
  it('links user_multi and normalises accounts, balances, owners and transactions', async () => {
    const { ctx } = world;
    const { linkId, view } = await linkBank(ctx, institution, 'user_multi');
    expect(view.accounts).toHaveLength(5);

    const link = await (await ctx.api('GET', `/v1/links/${linkId}`)).json();
    expect(linkSchema.parse(link)).toMatchObject({ status: 'active', institution: { id: institution } });
    expect(Date.parse(link.consent_expires_at)).toBeGreaterThan(Date.now());

    const accounts = (await (await ctx.api('GET', `/v1/accounts?link=${linkId}`)).json()).data;
    expect(accounts).toHaveLength(5);
    for (const a of accounts) accountSchema.parse(a);
    expect(accounts.map((a: any) => a.subtype).sort()).toEqual([
      'checking',
      'checking',
      'checking',
      'credit_card',
      'savings',
    ]);
    const current = accounts.find((a: any) => a.currency === currency && a.subtype === 'checking');
    // Masked identifiers only: never a full IBAN or account number.
    const shown = JSON.stringify(current.identifiers);
    expect(shown).toMatch(/•+\d{4}/);
    expect(shown).not.toMatch(/\d{8}/);

    const balance = await (await ctx.api('GET', `/v1/accounts/${current.id}/balance`)).json();
    expect(balance).toMatchObject({ object: 'balance', account: current.id, currency });
    expect(Number.isInteger(balance.current)).toBe(true);

    const joint = accounts.find((a: any) => a.name === 'Joint Household');
    const owners = await (
      await ctx.api('GET', `/v1/accounts/${joint.id}/owners?name=${encodeURIComponent('MULTI, Maya')}`)
    ).json();
    expect(owners.owners.flatMap((o: any) => o.names).sort()).toEqual(['Jon Multi', 'Maya Multi']);
    expect(owners.ownership).toMatchObject({ matched_owner: 'Maya Multi', score: 1 });
    const stranger = await (
      await ctx.api('GET', `/v1/accounts/${joint.id}/owners?name=Dennis%20Deny`)
    ).json();
    expect(stranger.ownership.score).toBeLessThan(0.7);

    const sync = await syncAll(ctx, linkId);
    expect(sync.added.length).toBeGreaterThan(10);
    for (const t of sync.added) {
      expect(t.id).toMatch(/^txn_/);
      expect(Number.isInteger(t.amount)).toBe(true);
      expect(['pending', 'booked']).toContain(t.status);
    }
    // A second sync with nothing new at the bank adds nothing.
    const again = await syncAll(ctx, linkId, sync.cursor);
    expect(again).toMatchObject({ added: [], modified: [], removed: [] });
  });
});

it('records link.created and the session flow state, and the account choice limits the accounts', async () => {
  const { ctx } = world;
  const { linkId, session } = await linkBank(ctx, 'sandbox-bank-uk', 'user_multi', {
    pick: (ids) => ids.slice(0, 2),
  });
  const accounts = (await (await ctx.api('GET', `/v1/accounts?link=${linkId}`)).json()).data;
  expect(accounts).toHaveLength(2);
  const s = await (await ctx.api('GET', `/v1/sessions/${session.id}`)).json();
  expect(s.flow_states.link).toMatchObject({ status: 'linked', result: { link_id: linkId } });
  const events = (await (await ctx.api('GET', '/v1/events?limit=100')).json()).data;
  expect(events.some((e: any) => e.type === 'link.created' && e.data.object.id === linkId)).toBe(true);
});

it.each(['sandbox-bank-uk', 'sandbox-bank-eu'])(
  '%s: syncs all 5,000 transactions of user_history across bank pages, once',
  async (institution) => {
    const { ctx } = world;
    const { linkId } = await linkBank(ctx, institution, 'user_history');
    const sync = await syncAll(ctx, linkId);
    expect(sync.added).toHaveLength(5000);
    expect(sync.pages).toBe(10);
    expect(new Set(sync.added.map((t) => t.id)).size).toBe(5000);
    const again = await syncAll(ctx, linkId, sync.cursor);
    expect(again.added).toHaveLength(0);
  },
  120_000,
);
