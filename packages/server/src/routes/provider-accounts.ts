/**
 * Partner API: provider accounts (README "Going live") — which connector serves each capability of
 * the partner's live sessions, with its settings, credentials (never returned: hints only) and, for
 * pay by bank, the payee. A key sees only its own mode's accounts; live ones are made with a live
 * key (a test key may only name a test payee). The rules are connectors/provider-accounts.ts.
 */
import {
  createProviderAccountSchema,
  listQuerySchema,
  listSchema,
  providerAccountSchema,
  updateProviderAccountSchema,
} from '@finlet/shared';
import { createRoute } from '@hono/zod-openapi';
import { and, desc, eq } from 'drizzle-orm';
import {
  createProviderAccount,
  deleteProviderAccount,
  loadProviderAccount,
  toProviderAccountResource,
  updateProviderAccount,
} from '../connectors/provider-accounts.ts';
import type { Deps } from '../context.ts';
import { afterCursor, pageOf } from '../db/list-cursor.ts';
import { ownedBy, ownerOf } from '../db/ownership.ts';
import { providerAccounts } from '../db/schema.ts';
import {
  byId,
  contractRoutes,
  idempotencyHeaders,
  idMiddleware,
  jsonBody,
  listBody,
  noQuery,
  responses,
  secretKey,
} from '../openapi/contract.ts';

const tags = ['Provider accounts'];
const security = secretKey;
const create = createRoute({
  method: 'post',
  path: '/',
  operationId: 'createProviderAccount',
  tags,
  security,
  summary: 'Add a provider account (a live key; credentials are never returned)',
  request: {
    query: noQuery,
    headers: idempotencyHeaders,
    body: jsonBody(createProviderAccountSchema, {
      capability: 'pay_by_bank',
      connector: 'ob_uk',
      settings: { institutions: ['sandbox-bank-uk'] },
      payee: { name: 'Paper & Pine Ltd', sort_code: '20-00-00', account_number: '55779911' },
    }),
  },
  responses: responses(201, providerAccountSchema, { method: 'post', extra: [403] }),
});
const list = createRoute({
  method: 'get',
  path: '/',
  operationId: 'listProviderAccounts',
  tags,
  security,
  summary: 'List active provider accounts',
  request: { query: listQuerySchema },
  responses: responses(200, listSchema(providerAccountSchema), { method: 'get' }),
});
const retrieve = createRoute({
  method: 'get',
  path: '/{id}',
  operationId: 'getProviderAccount',
  tags,
  security,
  summary: 'Retrieve a provider account',
  middleware: idMiddleware('provider_account'),
  request: { ...byId('provider_account'), query: noQuery },
  responses: responses(200, providerAccountSchema, { method: 'get', path: true }),
});
const update = createRoute({
  method: 'post',
  path: '/{id}',
  operationId: 'updateProviderAccount',
  tags,
  security,
  summary: 'Change settings, credentials (replaced as a whole) or payee',
  middleware: idMiddleware('provider_account'),
  request: {
    ...byId('provider_account'),
    query: noQuery,
    headers: idempotencyHeaders,
    body: jsonBody(updateProviderAccountSchema, {
      payee: { name: 'Paper & Pine Ltd', iban: 'DE89370400440532013000' },
    }),
  },
  responses: responses(200, providerAccountSchema, { method: 'post', path: true, extra: [403] }),
});
const remove = createRoute({
  method: 'delete',
  path: '/{id}',
  operationId: 'deleteProviderAccount',
  tags,
  security,
  summary: 'Delete a provider account (it stops serving new sessions)',
  middleware: idMiddleware('provider_account'),
  request: { ...byId('provider_account'), query: noQuery },
  responses: responses(200, providerAccountSchema, { method: 'delete', path: true }),
});

export function providerAccountRoutes(deps: Deps) {
  const { db } = deps.database;
  const app = contractRoutes();

  app.openapi(create, async (c) => {
    const input = c.req.valid('json');
    const row = await createProviderAccount(deps, ownerOf(c.get('partner')), input);
    return c.json(toProviderAccountResource(row), 201);
  });

  app.openapi(list, async (c) => {
    const visible = and(
      ownedBy(providerAccounts, ownerOf(c.get('partner'))),
      eq(providerAccounts.status, 'active'),
    )!;
    const q = c.req.valid('query');
    const cursor = await afterCursor(db, providerAccounts, visible, q.starting_after, 'provider account');
    const rows = await db
      .select()
      .from(providerAccounts)
      .where(and(visible, cursor))
      .orderBy(desc(providerAccounts.createdAt), desc(providerAccounts.id))
      .limit(q.limit + 1);
    const page = pageOf(rows, q.limit);
    return c.json(listBody(page.rows.map(toProviderAccountResource), page.hasMore), 200);
  });

  app.openapi(retrieve, async (c) =>
    c.json(
      toProviderAccountResource(
        await loadProviderAccount(deps, ownerOf(c.get('partner')), c.req.valid('param').id),
      ),
      200,
    ),
  );

  app.openapi(update, async (c) => {
    const input = c.req.valid('json');
    const row = await updateProviderAccount(deps, ownerOf(c.get('partner')), c.req.valid('param').id, input);
    return c.json(toProviderAccountResource(row), 200);
  });

  app.openapi(remove, async (c) => {
    const row = await deleteProviderAccount(deps, ownerOf(c.get('partner')), c.req.valid('param').id);
    return c.json(toProviderAccountResource(row), 200);
  });

  return app;
}
