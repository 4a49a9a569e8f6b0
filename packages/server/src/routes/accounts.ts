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
import { createRoute } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import { type Owner, ownerOf } from '../db/ownership.ts';
import { linkAccounts, sessions } from '../db/schema.ts';
import { withBankAccess } from '../links/access.ts';
import { findAccount, pageAccounts } from '../links/listing.ts';
import { bestOwnerMatch } from '../links/ownership.ts';
import { toAccountResource } from '../links/resources.ts';
import {
  byId,
  contractRoutes,
  idMiddleware,
  listBody,
  noQuery,
  responses,
  secretKey,
} from '../openapi/contract.ts';
import { loadLink } from './links.ts';

const tags = ['Accounts'];
const security = secretKey;
const list = createRoute({
  method: 'get',
  path: '/',
  operationId: 'listAccounts',
  tags,
  security,
  summary: 'List linked accounts (optionally of one link)',
  request: { query: accountListQuerySchema },
  responses: responses(200, listSchema(accountSchema), { method: 'get', extra: [404] }),
});
const retrieve = createRoute({
  method: 'get',
  path: '/{id}',
  operationId: 'getAccount',
  tags,
  security,
  summary: 'Retrieve an account',
  middleware: idMiddleware('account'),
  request: { ...byId('account'), query: noQuery },
  responses: responses(200, accountSchema, { method: 'get', path: true }),
});
const balance = createRoute({
  method: 'get',
  path: '/{id}/balance',
  operationId: 'getAccountBalance',
  tags,
  security,
  summary: 'Fetch the balance fresh from the bank',
  middleware: idMiddleware('account'),
  request: { ...byId('account'), query: noQuery },
  responses: responses(200, balanceSchema, { method: 'get', path: true, extra: [409, 502, 504] }),
});
const owners = createRoute({
  method: 'get',
  path: '/{id}/owners',
  operationId: 'getAccountOwners',
  tags,
  security,
  summary: 'Account owners, with an ownership match score for ?name=',
  middleware: idMiddleware('account'),
  request: { ...byId('account'), query: ownersQuerySchema },
  responses: responses(200, ownersSchema, { method: 'get', path: true, extra: [409, 502, 504] }),
});

export function accountRoutes(deps: Deps) {
  const { db } = deps.database;
  const app = contractRoutes();

  const load = (owner: Owner, id: string) => findAccount(deps, owner, id);

  app.openapi(list, async (c) => {
    const owner = ownerOf(c.get('partner'));
    const q = c.req.valid('query');
    if (q.link) await loadLink(deps, owner, q.link);
    const { rows, hasMore } = await pageAccounts(deps, owner, q);
    return c.json(listBody(rows.map(toAccountResource), hasMore), 200);
  });

  app.openapi(retrieve, async (c) =>
    c.json(toAccountResource(await load(ownerOf(c.get('partner')), c.req.valid('param').id)), 200),
  );

  app.openapi(balance, async (c) => {
    const owner = ownerOf(c.get('partner'));
    const account = await load(owner, c.req.valid('param').id);
    const link = await loadLink(deps, owner, account.linkId);
    const b = await withBankAccess(deps, link, (bank, access) => bank.balance(access, account.bankAccountId));
    const read = {
      object: 'balance' as const,
      account: account.id,
      currency: b.currency,
      available: b.available,
      current: b.current,
      limit: b.limit,
      as_of: b.asOf,
    };
    await db.update(linkAccounts).set({ balance: read }).where(eq(linkAccounts.id, account.id));
    return c.json(read, 200);
  });

  app.openapi(owners, async (c) => {
    const q = c.req.valid('query');
    const owner = ownerOf(c.get('partner'));
    const account = await load(owner, c.req.valid('param').id);
    const link = await loadLink(deps, owner, account.linkId);
    const found = await withBankAccess(deps, link, (bank, access) =>
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
    return c.json(
      {
        object: 'owners' as const,
        account: account.id,
        owners: found,
        ownership: name ? { name, ...bestOwnerMatch(name, found) } : null,
      },
      200,
    );
  });

  return app;
}
