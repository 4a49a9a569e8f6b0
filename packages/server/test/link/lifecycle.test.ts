/**
 * The link's life after creation: pending transactions that book between two syncs, update mode
 * (same link id, no duplicate accounts or transactions), consent expiry (`link.expiring`, then
 * `expired`) with a short sandbox consent lifetime, and revocation at the bank (`link.revoked`).
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { links } from '../../src/db/schema.ts';
import { sweepExpiringLinks } from '../../src/links/lifecycle.ts';
import { type LinkWorld, linkBank, startLinkWorld, syncAll } from './support.ts';

let world: LinkWorld;
beforeAll(async () => {
  world = await startLinkWorld();
});
afterAll(() => world.close());

const events = async (type: string) =>
  (await (await world.ctx.api('GET', '/v1/events?limit=100')).json()).data.filter(
    (e: any) => e.type === type,
  );

it.each(['sandbox-bank-uk', 'sandbox-bank-eu'])(
  '%s: a pending transaction that books keeps its id and comes back as modified',
  async (institution) => {
    const { ctx, uk, eu } = world;
    const { linkId } = await linkBank(ctx, institution, 'user_pending');
    const first = await syncAll(ctx, linkId);
    const pending = first.added.filter((t) => t.status === 'pending');
    expect(pending).toHaveLength(3);

    const bankUrl = institution === 'sandbox-bank-uk' ? uk.url : eu.url;
    const advanced = await fetch(`${bankUrl}/__sandbox/advance`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(advanced.status).toBe(200);

    const second = await syncAll(ctx, linkId, first.cursor);
    const booked = second.modified.filter((t) => pending.some((p) => p.id === t.id));
    expect(booked).toHaveLength(3);
    for (const t of booked) expect(t).toMatchObject({ status: 'booked' });
    expect(second.added.filter((t) => t.status === 'pending')).toHaveLength(2);
    expect(second.removed).toEqual([]);
    // Every bank transaction exactly once across both syncs.
    const all = [...first.added, ...second.added];
    expect(new Set(all.map((t) => t.bank_reference)).size).toBe(all.length);
  },
);

it('update mode re-authorises the same link without duplicating accounts or transactions', async () => {
  const { ctx } = world;
  const first = await linkBank(ctx, 'sandbox-bank-eu', 'user_multi');
  const sync = await syncAll(ctx, first.linkId);
  const accountsBefore = (await (await ctx.api('GET', `/v1/accounts?link=${first.linkId}`)).json()).data;

  const again = await linkBank(ctx, 'sandbox-bank-eu', 'user_multi', {
    session: { link: { id: first.linkId } },
  });
  expect(again.linkId).toBe(first.linkId);
  expect(again.view.update_mode).toBe(true);
  const accountsAfter = (await (await ctx.api('GET', `/v1/accounts?link=${first.linkId}`)).json()).data;
  expect(accountsAfter.map((a: any) => a.id).sort()).toEqual(accountsBefore.map((a: any) => a.id).sort());
  const listed = (await (await ctx.api('GET', '/v1/links?limit=100')).json()).data;
  expect(listed.filter((l: any) => l.id === first.linkId)).toHaveLength(1);
  const after = await syncAll(ctx, first.linkId, sync.cursor);
  expect(after.added).toEqual([]);
  expect((await events('link.created')).filter((e: any) => e.data.object.id === first.linkId)).toHaveLength(
    1,
  );
});

it('update mode for another partner’s link is refused', async () => {
  const { ctx } = world;
  const { linkId } = await linkBank(ctx, 'sandbox-bank-uk', 'user_good');
  const other = await ctx.newPartner('Other Shop');
  const res = await ctx.api('POST', '/v1/sessions', {
    key: other.secretKey,
    body: {
      flows: ['link'],
      customer: { reference: 'x' },
      allowed_origins: ['https://shop.example'],
      link: { id: linkId },
    },
  });
  const token = (await res.json()).client_token;
  const start = await ctx.app.request('/widget/v1/link/start', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ institution: 'sandbox-bank-uk' }),
  });
  expect(start.status).toBe(404);
});

it('sends link.expiring once before the consent expires, then marks the link expired', async () => {
  // Consents live 1 hour at the banks; Finlet warns 2 hours ahead, so a new link is "expiring" at once.
  const short = await startLinkWorld({
    bank: { consentTtlSeconds: 3600 },
    env: { FINLET_LINK_EXPIRY_NOTICE_SECONDS: '7200' },
  });
  try {
    await expiryScenario(short);
  } finally {
    await short.close();
  }
});

async function expiryScenario(w: LinkWorld) {
  const { ctx } = w;
  const events = async (type: string) =>
    (await (await ctx.api('GET', '/v1/events?limit=100')).json()).data.filter((e: any) => e.type === type);
  const { linkId } = await linkBank(ctx, 'sandbox-bank-uk', 'user_good');
  const link = await (await ctx.api('GET', `/v1/links/${linkId}`)).json();
  expect(Date.parse(link.consent_expires_at) - Date.now()).toBeLessThanOrEqual(3600_000);
  const first = await sweepExpiringLinks(ctx.deps);
  expect(first.expiring).toBeGreaterThanOrEqual(1);
  expect((await events('link.expiring')).some((e: any) => e.data.object.id === linkId)).toBe(true);
  expect((await sweepExpiringLinks(ctx.deps)).expiring).toBe(0);
  ctx.clock.set(new Date(Date.now() + 2 * 3600_000));
  await sweepExpiringLinks(ctx.deps);
  expect((await (await ctx.api('GET', `/v1/links/${linkId}`)).json()).status).toBe('expired');
  const sync = await ctx.api('GET', `/v1/transactions/sync?link=${linkId}`);
  expect(sync.status).toBe(409);
}

it('DELETE /v1/links/:id revokes the consent at the bank and emits link.revoked', async () => {
  const { ctx } = world;
  const { linkId } = await linkBank(ctx, 'sandbox-bank-uk', 'user_good');
  const res = await ctx.api('DELETE', `/v1/links/${linkId}`);
  expect(res.status).toBe(200);
  expect((await res.json()).status).toBe('revoked');
  expect((await events('link.revoked')).some((e: any) => e.data.object.id === linkId)).toBe(true);
  // The bank itself now refuses the consent: it was cancelled there, not just forgotten here.
  const [row] = await ctx.deps.database.db.select().from(links).where(eq(links.id, linkId));
  expect(row!.tokensEnc).toBeNull();
  expect(await ctx.deps.banks.get('sandbox-bank-uk')!.consent(row!.bankConsentId)).toMatchObject({
    status: 'revoked',
  });
  const again = await ctx.api('DELETE', `/v1/links/${linkId}`);
  expect(again.status).toBe(200);
  const accounts = await ctx.api('GET', `/v1/accounts?link=${linkId}`);
  const id = (await accounts.json()).data[0].id;
  expect((await ctx.api('GET', `/v1/accounts/${id}/balance`)).status).toBe(409);
  const foreign = await ctx.newPartner('Foreign');
  expect((await ctx.api('DELETE', `/v1/links/${linkId}`, { key: foreign.secretKey })).status).toBe(404);
});
