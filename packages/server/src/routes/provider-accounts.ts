/**
 * Partner API: provider accounts (README "Going live") — which connector serves each capability of
 * the partner's live sessions, with its settings, credentials (never returned: hints only) and, for
 * pay by bank, the payee. A key sees only its own mode's accounts; live ones are made with a live
 * key (a test key may only name a test payee). The rules are connectors/provider-accounts.ts.
 */
import {
  createProviderAccountSchema,
  isId,
  listQuerySchema,
  listSchema,
  providerAccountSchema,
  updateProviderAccountSchema,
} from '@finlet/shared';
import { and, desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import {
  createProviderAccount,
  deleteProviderAccount,
  loadProviderAccount,
  toProviderAccountResource,
  updateProviderAccount,
} from '../connectors/provider-accounts.ts';
import type { AppEnv, Deps } from '../context.ts';
import { afterCursor } from '../db/list-cursor.ts';
import { ownedBy, ownerOf } from '../db/ownership.ts';
import { providerAccounts } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { readJson, readQuery } from '../middleware/validate.ts';
import type { RouteDoc } from '../openapi/document.ts';

export const providerAccountDocs: RouteDoc[] = [
  { method: 'post', path: '/v1/provider_accounts', summary: 'Add a provider account (a live key; credentials are never returned)', tag: 'Provider accounts', auth: 'secret_key', body: createProviderAccountSchema, response: providerAccountSchema, status: 201, idempotent: true },
  { method: 'get', path: '/v1/provider_accounts', summary: 'List active provider accounts', tag: 'Provider accounts', auth: 'secret_key', query: listQuerySchema, response: listSchema(providerAccountSchema) },
  { method: 'get', path: '/v1/provider_accounts/{id}', summary: 'Retrieve a provider account', tag: 'Provider accounts', auth: 'secret_key', response: providerAccountSchema },
  { method: 'post', path: '/v1/provider_accounts/{id}', summary: 'Change settings, credentials (replaced as a whole) or payee', tag: 'Provider accounts', auth: 'secret_key', body: updateProviderAccountSchema, response: providerAccountSchema, idempotent: true },
  { method: 'delete', path: '/v1/provider_accounts/{id}', summary: 'Delete a provider account (it stops serving new sessions)', tag: 'Provider accounts', auth: 'secret_key', response: providerAccountSchema },
]; // biome-ignore format: one route a line

export function providerAccountRoutes(deps: Deps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();
  const id = (raw: string) => {
    if (!isId('provider_account', raw)) throw notFound('provider account');
    return raw;
  };

  app.post('/', async (c) => {
    const input = await readJson(c, createProviderAccountSchema);
    const row = await createProviderAccount(deps, ownerOf(c.get('partner')), input);
    return c.json(toProviderAccountResource(row), 201);
  });

  app.get('/', async (c) => {
    const visible = and(
      ownedBy(providerAccounts, ownerOf(c.get('partner'))),
      eq(providerAccounts.status, 'active'),
    )!;
    const q = readQuery(c, listQuerySchema);
    const cursor = await afterCursor(db, providerAccounts, visible, q.starting_after, 'provider account');
    const rows = await db
      .select()
      .from(providerAccounts)
      .where(and(visible, cursor))
      .orderBy(desc(providerAccounts.createdAt), desc(providerAccounts.id))
      .limit(q.limit + 1);
    return c.json({
      object: 'list',
      data: rows.slice(0, q.limit).map(toProviderAccountResource),
      has_more: rows.length > q.limit,
    });
  });

  app.get('/:id', async (c) =>
    c.json(
      toProviderAccountResource(
        await loadProviderAccount(deps, ownerOf(c.get('partner')), id(c.req.param('id'))),
      ),
    ),
  );

  app.post('/:id', async (c) => {
    const input = await readJson(c, updateProviderAccountSchema);
    const row = await updateProviderAccount(deps, ownerOf(c.get('partner')), id(c.req.param('id')), input);
    return c.json(toProviderAccountResource(row));
  });

  app.delete('/:id', async (c) => {
    const row = await deleteProviderAccount(deps, ownerOf(c.get('partner')), id(c.req.param('id')));
    return c.json(toProviderAccountResource(row));
  });

  return app;
}
