/**
 * The link's bank data after the first read, over real HTTP with both sandbox banks: access tokens
 * that expire (1 s lifetime at the banks) or that the bank drops are refreshed transparently on
 * balance and sync reads; a refresh token the bank no longer honours makes the link `expired` with a
 * 409 `link_expired` (never a 5xx); `user_pending`'s transactions book between two syncs on their
 * own (same `txn_` id in `modified`); owners carry names, addresses and e-mails where the dialect
 * has them; a credit card reports its credit line as `limit`; an abandoned `pending` link expires.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { links } from '../../src/db/schema.ts';
import { TOKENS_CONTEXT } from '../../src/links/access.ts';
import { sweepExpiringLinks } from '../../src/links/lifecycle.ts';
import {
  authorise,
  type LinkWorld,
  linkBank,
  linkSession,
  startLinkWorld,
  syncAll,
  widget,
} from './support.ts';

let world: LinkWorld;
let shortTokens: LinkWorld;
beforeAll(async () => {
  world = await startLinkWorld();
  // Access tokens live 3 s: long enough to finish linking on a busy machine, short enough to wait out.
  shortTokens = await startLinkWorld({ bank: { accessTokenTtlSeconds: 3 } });
});
afterAll(async () => {
  await world.close();
  await shortTokens.close();
});

const INSTITUTIONS = ['sandbox-bank-uk', 'sandbox-bank-eu'] as const;
const bankOf = (w: LinkWorld, institution: string) => (institution === 'sandbox-bank-uk' ? w.uk : w.eu);

async function storedTokens(w: LinkWorld, linkId: string) {
  const [row] = await w.ctx.deps.database.db.select().from(links).where(eq(links.id, linkId));
  return JSON.parse(w.ctx.deps.cipher.decryptText(row!.tokensEnc!, TOKENS_CONTEXT)) as {
    accessToken: string;
    refreshToken: string;
  };
}

async function firstAccountId(w: LinkWorld, linkId: string): Promise<string> {
  return (await (await w.ctx.api('GET', `/v1/accounts?link=${linkId}`)).json()).data[0].id;
}

describe.each(INSTITUTIONS)('%s tokens', (institution) => {
  it('an expired access token is refreshed on the next balance and sync, and pending books between syncs', async () => {
    const { ctx } = shortTokens;
    const { linkId } = await linkBank(ctx, institution, 'user_pending');
    const first = await syncAll(ctx, linkId);
    const pending = first.added.filter((t) => t.status === 'pending');
    expect(pending).toHaveLength(3);
    const before = await storedTokens(shortTokens, linkId);

    await new Promise((r) => setTimeout(r, 3_200));
    const bank = bankOf(shortTokens, institution).bank;
    expect((await bank.auth.provider.AccessToken.find(before.accessToken))?.isExpired ?? true).toBe(true);
    const balance = await ctx.api('GET', `/v1/accounts/${await firstAccountId(shortTokens, linkId)}/balance`);
    expect(balance.status).toBe(200);
    const afterBalance = await storedTokens(shortTokens, linkId);
    expect(afterBalance.accessToken).not.toBe(before.accessToken);

    await new Promise((r) => setTimeout(r, 3_200));
    // The second sync sees the first sync's pending transactions booked, under the same ids.
    const second = await syncAll(ctx, linkId, first.cursor);
    expect((await storedTokens(shortTokens, linkId)).accessToken).not.toBe(afterBalance.accessToken);
    const booked = second.modified.filter((t) => pending.some((p) => p.id === t.id));
    expect(booked.map((t) => t.id).sort()).toEqual(pending.map((p) => p.id).sort());
    for (const t of booked) expect(t.status).toBe('booked');
    expect(second.removed).toEqual([]);
    const link = await (await ctx.api('GET', `/v1/links/${linkId}`)).json();
    expect(link.status).toBe('active');
  });

  it('an access token the bank drops early is refreshed once after its 401', async () => {
    const { ctx } = world;
    const { linkId } = await linkBank(ctx, institution, 'user_good');
    const before = await storedTokens(world, linkId);
    const bank = bankOf(world, institution).bank;
    await (await bank.auth.provider.AccessToken.find(before.accessToken))!.destroy();
    const res = await ctx.api('GET', `/v1/accounts/${await firstAccountId(world, linkId)}/balance`);
    expect(res.status).toBe(200);
    expect((await storedTokens(world, linkId)).accessToken).not.toBe(before.accessToken);
    const sync = await ctx.api('GET', `/v1/transactions/sync?link=${linkId}`);
    expect(sync.status).toBe(200);
  });

  it('a refresh token the bank revoked makes the link expired with 409 link_expired, never a 5xx', async () => {
    const { ctx } = world;
    const { linkId } = await linkBank(ctx, institution, 'user_good');
    const tokens = await storedTokens(world, linkId);
    const bank = bankOf(world, institution).bank;
    await (await bank.auth.provider.AccessToken.find(tokens.accessToken))!.destroy();
    await (await bank.auth.provider.RefreshToken.find(tokens.refreshToken))!.destroy();
    const accountId = await firstAccountId(world, linkId);
    const res = await ctx.api('GET', `/v1/accounts/${accountId}/balance`);
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe('link_expired');
    expect((await (await ctx.api('GET', `/v1/links/${linkId}`)).json()).status).toBe('expired');
    const sync = await ctx.api('GET', `/v1/transactions/sync?link=${linkId}`);
    expect(sync.status).toBe(409);
    expect((await sync.json()).error.code).toBe('link_expired');
  });
});

describe('owners and limits', () => {
  const byInstitution = new Map<string, { owners: any[]; limit: unknown; currentLimit: unknown }>();
  beforeAll(async () => {
    const { ctx } = world;
    for (const institution of INSTITUTIONS) {
      const { linkId } = await linkBank(ctx, institution, 'user_multi');
      const accounts = (await (await ctx.api('GET', `/v1/accounts?link=${linkId}`)).json()).data;
      const joint = accounts.find((a: any) => a.name === 'Joint Household');
      const card = accounts.find((a: any) => a.subtype === 'credit_card');
      const current = accounts.find((a: any) => a.name === 'Everyday Current');
      const owners = (await (await ctx.api('GET', `/v1/accounts/${joint.id}/owners`)).json()).owners;
      const limit = (await (await ctx.api('GET', `/v1/accounts/${card.id}/balance`)).json()).limit;
      const currentLimit = (await (await ctx.api('GET', `/v1/accounts/${current.id}/balance`)).json()).limit;
      byInstitution.set(institution, { owners, limit, currentLimit });
    }
  });

  it('both dialects give the joint account two owners in the same normalised shape', () => {
    const uk = byInstitution.get('sandbox-bank-uk')!;
    const eu = byInstitution.get('sandbox-bank-eu')!;
    for (const { owners } of [uk, eu]) {
      expect(owners).toHaveLength(2);
      for (const o of owners) expect(Object.keys(o).sort()).toEqual(['addresses', 'emails', 'names']);
    }
    const names = (owners: any[]) => owners.flatMap((o) => o.names).sort();
    expect(names(uk.owners)).toEqual(['Jon Multi', 'Maya Multi']);
    expect(names(eu.owners)).toEqual(names(uk.owners));
  });

  it('UK parties carry the e-mail and postal address; Berlin Group 1.3.9 has only ownerName', () => {
    const uk = byInstitution.get('sandbox-bank-uk')!.owners;
    const maya = uk.find((o: any) => o.names[0] === 'Maya Multi');
    expect(maya.emails).toEqual(['maya.multi@uk.sandbox.example']);
    expect(maya.addresses).toEqual(['22 High Street, EC1A 1BB London, GB']);
    const jon = uk.find((o: any) => o.names[0] === 'Jon Multi');
    expect(jon.emails).toEqual(['jon.multi@uk.sandbox.example']);
    expect(jon.addresses).toEqual(maya.addresses);
    for (const o of byInstitution.get('sandbox-bank-eu')!.owners) {
      expect(o.addresses).toEqual([]);
      expect(o.emails).toEqual([]);
    }
  });

  it('a credit card reports its credit line as limit (5,000.00) in both dialects; a current account none', () => {
    for (const institution of INSTITUTIONS) {
      const { limit, currentLimit } = byInstitution.get(institution)!;
      expect(limit).toBe(500_000);
      expect(currentLimit).toBeNull();
    }
  });
});

it('a pending link whose user never chooses accounts expires after FINLET_LINK_PENDING_TTL_SECONDS', async () => {
  const { ctx } = world;
  const session = await linkSession(ctx);
  const { page } = await authorise(ctx, session.client_token, 'sandbox-bank-eu', {
    username: 'user_good',
    password: 'pass_good',
  });
  expect(page?.status).toBe(200);
  const w = widget(ctx, session.client_token);
  const view = await (await w('GET', '/link')).json();
  expect(view.status).toBe('choose_accounts');
  const [row] = await ctx.deps.database.db.select().from(links).where(eq(links.sessionId, session.id));
  expect(row!.status).toBe('pending');

  const ttl = ctx.deps.config.FINLET_LINK_PENDING_TTL_SECONDS * 1000;
  const start = ctx.clock.now().getTime();
  ctx.clock.set(new Date(start + ttl - 60_000));
  await sweepExpiringLinks(ctx.deps);
  const [still] = await ctx.deps.database.db.select().from(links).where(eq(links.id, row!.id));
  expect(still!.status).toBe('pending');

  ctx.clock.set(new Date(start + ttl + 1_000));
  expect((await sweepExpiringLinks(ctx.deps)).abandoned).toBeGreaterThanOrEqual(1);
  const [gone] = await ctx.deps.database.db.select().from(links).where(eq(links.id, row!.id));
  expect(gone!.status).toBe('expired');
  expect(gone!.tokensEnc).toBeNull();
  // Choosing now cannot revive it; the widget shows the failure with a way to start again. (Back to
  // the start time: the widget's client token would have expired after the jump.)
  ctx.clock.set(new Date(start));
  const chosen = await w('POST', '/link/accounts', { account_ids: view.accounts.map((a: any) => a.id) });
  expect(chosen.status).toBe(409);
  expect((await (await w('GET', '/link')).json()).status).toBe('failed');
  ctx.clock.set(new Date());
});
