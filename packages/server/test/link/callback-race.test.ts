/**
 * The link OAuth callback loaded twice at once (issue 11, item 7): a double-clicked return link, a
 * browser retrying, two tabs. A bank revokes the whole grant when an authorization code is
 * redeemed twice, so two redemptions failed the user's attempt. One callback claims the attempt
 * and redeems the code once; the other waits and shows the same result. The bank's own token
 * endpoint events (oidc-provider `grant.success` / `grant.revoked`) count the redemptions; the
 * link is created once and its token still reads fresh data from the bank afterwards. Real sandbox
 * banks over HTTP, on PGlite and PostgreSQL.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginThroughBank } from '../../../sandbox/src/bank-common/login-driver.ts';
import { links } from '../../src/db/schema.ts';
import { type LinkWorld, linkSession, startLinkWorld, watchGrants, widget } from './support.ts';

let world: LinkWorld;
beforeAll(async () => {
  world = await startLinkWorld();
});
afterAll(() => world.close());

describe.each([
  ['sandbox-bank-uk', () => world.uk],
  ['sandbox-bank-eu', () => world.eu],
])('the %s callback loaded twice at once', (institution, bank) => {
  it('redeems the code once, both pages show success, the link is created once and keeps working', async () => {
    const { ctx } = world;
    const session = await linkSession(ctx);
    const w = widget(ctx, session.client_token);
    const start = await (await w('POST', '/link/start', { institution })).json();
    const outcome = await loginThroughBank(start.authorization_url, {
      username: 'user_good',
      password: 'pass_good',
    });
    if (outcome.kind !== 'redirect') throw new Error('stopped at the bank');
    const callback = `${outcome.url.pathname}${outcome.url.search}`;

    const { result: pages, seen } = await watchGrants(bank(), () =>
      Promise.all([ctx.app.request(callback), ctx.app.request(callback)].map((r) => Promise.resolve(r))),
    );
    for (const page of pages) {
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('Bank connected');
      expect(html).toContain('data-status="choose_accounts"');
    }
    expect(seen).toEqual({ redeemed: 1, revoked: 0 });

    const view = await (await w('GET', '/link')).json();
    expect(view).toMatchObject({ status: 'choose_accounts', error: null });
    const chosen = await w('POST', '/link/accounts', {
      account_ids: view.accounts.map((a: { id: string }) => a.id),
    });
    expect(chosen.status).toBe(200);
    const rows = await ctx.deps.database.db.select().from(links).where(eq(links.sessionId, session.id));
    expect(rows.map((r) => r.status)).toEqual(['active']);
    const events = (await (await ctx.api('GET', '/v1/events?limit=100')).json()).data as {
      type: string;
      data: { object: { id: string } };
    }[];
    expect(events.filter((e) => e.type === 'link.created' && e.data.object.id === rows[0]!.id)).toHaveLength(
      1,
    );
    // The grant was not revoked: the stored token still reads a fresh balance at the bank.
    const accounts = (await (await ctx.api('GET', `/v1/accounts?link=${rows[0]!.id}`)).json()).data;
    const balance = await ctx.api('GET', `/v1/accounts/${accounts[0].id}/balance`);
    expect(balance.status).toBe(200);

    // A late reload is a no-op that shows the same result.
    const late = await watchGrants(bank(), async () => ctx.app.request(callback));
    expect(late.seen).toEqual({ redeemed: 0, revoked: 0 });
    expect(late.result.status).toBe(200);
  });
});
