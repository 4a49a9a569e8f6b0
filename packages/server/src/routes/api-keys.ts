/**
 * Partner API: the partner's own secret keys (docs/architecture.md §3). Create and roll answer the
 * secret once; list and read show its last 4 characters. A key sees and manages only its own
 * partner's keys, and a test key only test keys: a live key is answered 404 to it, like another
 * partner's, and asking it for a live key is 403 `permission_denied` (a leaked test key must not
 * mint live ones). The rules of rolling and revoking are in auth/api-key-lifecycle.ts.
 */
import {
  apiKeySchema,
  createApiKeySchema,
  createdApiKeySchema,
  isId,
  listQuerySchema,
  listSchema,
  rollApiKeySchema,
  rolledApiKeySchema,
} from '@finlet/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import { createKey, revokeKey, rollKey, toApiKeyResource } from '../auth/api-key-lifecycle.ts';
import { listApiKeys, loadApiKey } from '../auth/api-key-listing.ts';
import type { AuthenticatedPartner } from '../auth/api-keys.ts';
import type { AppEnv, Deps } from '../context.ts';
import { ApiError, notFound } from '../errors.ts';
import { readJson, readQuery } from '../middleware/validate.ts';
import type { RouteDoc } from '../openapi/document.ts';

export const apiKeyDocs: RouteDoc[] = [
  { method: 'post', path: '/v1/api_keys', summary: 'Create a secret key (the secret is shown once)', tag: 'API keys', auth: 'secret_key', body: createApiKeySchema, response: createdApiKeySchema, status: 201, idempotent: true },
  { method: 'get', path: '/v1/api_keys', summary: 'List secret keys (never the secret)', tag: 'API keys', auth: 'secret_key', query: listQuerySchema, response: listSchema(apiKeySchema) },
  { method: 'get', path: '/v1/api_keys/{id}', summary: 'Retrieve a secret key', tag: 'API keys', auth: 'secret_key', response: apiKeySchema },
  { method: 'post', path: '/v1/api_keys/{id}/roll', summary: 'Roll a key: a new secret; the old one works for overlap_seconds (24 h, at most 7 days)', tag: 'API keys', auth: 'secret_key', body: rollApiKeySchema, response: rolledApiKeySchema, idempotent: true },
  { method: 'post', path: '/v1/api_keys/{id}/revoke', summary: 'Revoke a key (it stops working at once)', tag: 'API keys', auth: 'secret_key', response: apiKeySchema, idempotent: true },
  { method: 'delete', path: '/v1/api_keys/{id}', summary: 'Revoke a key (it stops working at once)', tag: 'API keys', auth: 'secret_key', response: apiKeySchema },
]; // biome-ignore format: one route a line

/** The modes of key a key may see: a test key only test keys. */
const modesFor = (caller: AuthenticatedPartner) =>
  caller.mode === 'live' ? (['test', 'live'] as const) : (['test'] as const);

export function apiKeyRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();

  async function load(caller: AuthenticatedPartner, id: string) {
    if (!isId('api_key', id)) throw notFound('API key');
    return loadApiKey(deps, caller.id, modesFor(caller), id);
  }

  app.post('/', async (c) => {
    const input = await readJson(c, createApiKeySchema);
    const caller = c.get('partner');
    const mode = input.mode ?? caller.mode;
    if (!(modesFor(caller) as readonly string[]).includes(mode))
      throw new ApiError('permission_denied', 'A test key cannot create live keys.', 'mode');
    const { row, secret } = await createKey(deps, {
      partnerId: caller.id,
      mode,
      description: input.description,
    });
    return c.json({ ...toApiKeyResource(row, deps.clock.now()), secret }, 201);
  });

  app.get('/', async (c) => {
    const caller = c.get('partner');
    const q = readQuery(c, listQuerySchema);
    const { rows, hasMore } = await listApiKeys(deps, caller.id, modesFor(caller), q);
    const now = deps.clock.now();
    return c.json({ object: 'list', data: rows.map((r) => toApiKeyResource(r, now)), has_more: hasMore });
  });

  app.get('/:id', async (c) =>
    c.json(toApiKeyResource(await load(c.get('partner'), c.req.param('id')), deps.clock.now())),
  );

  app.post('/:id/roll', async (c) => {
    const input = await readJson(c, rollApiKeySchema);
    const row = await load(c.get('partner'), c.req.param('id'));
    const rolled = await rollKey(deps, row.id, input.overlap_seconds);
    const now = deps.clock.now();
    return c.json({
      ...toApiKeyResource(rolled.row, now),
      secret: rolled.secret,
      previous_key: toApiKeyResource(rolled.previous, now),
    });
  });

  const revoke = async (caller: AuthenticatedPartner, id: string) => {
    const row = await load(caller, id);
    const { row: revoked } = await revokeKey(deps, row.id);
    return toApiKeyResource(revoked, deps.clock.now());
  };
  app.post('/:id/revoke', async (c) => {
    await readJson(c, z.strictObject({}));
    return c.json(await revoke(c.get('partner'), c.req.param('id')));
  });
  app.delete('/:id', async (c) => c.json(await revoke(c.get('partner'), c.req.param('id'))));

  return app;
}
