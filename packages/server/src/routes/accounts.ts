/**
 * Partner API: accounts of the partner's links (only those the user chose), a fresh balance read
 * from the bank, and the owners as the bank reports them with an ownership check: `?name=` (or the
 * session customer's name) scored against the owner names, 0–1 (links/ownership.ts).
 */
import {
  accountListQuerySchema,
  accountSchema,
  balanceSchema,
  listSchema,
  ownersQuerySchema,
  ownersSchema,
} from '@finlet/shared';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../context.ts';
import { type Owner, ownedBy, ownerOf } from '../db/ownership.ts';
import { linkAccounts, sessions } from '../db/schema.ts';
import { withBankAccess } from '../links/access.ts';
import { findAccount, listAccounts } from '../links/listing.ts';
import { bestOwnerMatch } from '../links/ownership.ts';
import { toAccountResource } from '../links/resources.ts';
import { pathId } from '../middleware/path-id.ts';
import { readQuery } from '../middleware/validate.ts';
import type { RouteDoc } from '../openapi/document.ts';
import { loadLink } from './links.ts';

export const accountDocs: RouteDoc[] = [
  { method: 'get', path: '/v1/accounts', summary: 'List linked accounts (optionally of one link)', tag: 'Accounts', auth: 'secret_key', query: accountListQuerySchema, response: listSchema(accountSchema) },
  { method: 'get', path: '/v1/accounts/{id}', summary: 'Retrieve an account', tag: 'Accounts', auth: 'secret_key', response: accountSchema },
  { method: 'get', path: '/v1/accounts/{id}/balance', summary: 'Fetch the balance fresh from the bank', tag: 'Accounts', auth: 'secret_key', response: balanceSchema },
  { method: 'get', path: '/v1/accounts/{id}/owners', summary: 'Account owners, with an ownership match score for ?name=', tag: 'Accounts', auth: 'secret_key', query: ownersQuerySchema, response: ownersSchema },
]; // biome-ignore format: one route a line

export function accountRoutes(deps: Deps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();

  const load = (owner: Owner, id: string) => findAccount(deps, owner, id);

  app.get('/', async (c) => {
    const owner = ownerOf(c.get('partner'));
    const q = readQuery(c, accountListQuerySchema);
    if (q.link) await loadLink(deps, owner, q.link);
    const rows = await listAccounts(deps, owner, q.link);
    return c.json({ object: 'list', data: rows.map(toAccountResource), has_more: false });
  });

  app.get('/:id', pathId('account'), async (c) =>
    c.json(toAccountResource(await load(ownerOf(c.get('partner')), c.req.valid('param').id))),
  );

  app.get('/:id/balance', pathId('account'), async (c) => {
    const owner = ownerOf(c.get('partner'));
    const account = await load(owner, c.req.valid('param').id);
    const link = await loadLink(deps, owner, account.linkId);
    const b = await withBankAccess(deps, link, (bank, access) => bank.balance(access, account.bankAccountId));
    const balance = {
      object: 'balance' as const,
      account: account.id,
      currency: b.currency,
      available: b.available,
      current: b.current,
      limit: b.limit,
      as_of: b.asOf,
    };
    await db.update(linkAccounts).set({ balance }).where(eq(linkAccounts.id, account.id));
    return c.json(balance);
  });

  app.get('/:id/owners', pathId('account'), async (c) => {
    const q = readQuery(c, ownersQuerySchema);
    const owner = ownerOf(c.get('partner'));
    const account = await load(owner, c.req.valid('param').id);
    const link = await loadLink(deps, owner, account.linkId);
    const owners = await withBankAccess(deps, link, (bank, access) =>
      bank.owners(access, account.bankAccountId),
    );
    let name = q.name;
    if (!name && link.sessionId) {
      const [s] = await db
        .select({ customer: sessions.customer })
        .from(sessions)
        .where(eq(sessions.id, link.sessionId));
      name = s?.customer.name;
    }
    return c.json({
      object: 'owners',
      account: account.id,
      owners,
      ownership: name ? { name, ...bestOwnerMatch(name, owners) } : null,
    });
  });

  return app;
}
