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
  listQuerySchema,
  listSchema,
  rollApiKeySchema,
  rolledApiKeySchema,
} from '@finlet/shared';
import { createRoute } from '@hono/zod-openapi';
import { createKey, revokeKey, rollKey, toApiKeyResource } from '../auth/api-key-lifecycle.ts';
import { listApiKeys, loadApiKey } from '../auth/api-key-listing.ts';
import type { AuthenticatedPartner } from '../auth/api-keys.ts';
import type { Deps } from '../context.ts';
import { ApiError } from '../errors.ts';
import {
  byId,
  contractRoutes,
  emptyBody,
  idempotencyHeaders,
  idMiddleware,
  jsonBody,
  listBody,
  noQuery,
  responses,
  secretKey,
} from '../openapi/contract.ts';

const tags = ['API keys'];
const security = secretKey;
const create = createRoute({
  method: 'post',
  path: '/',
  operationId: 'createApiKey',
  tags,
  security,
  summary: 'Create a secret key (the secret is shown once)',
  request: {
    query: noQuery,
    headers: idempotencyHeaders,
    body: jsonBody(createApiKeySchema, { mode: 'test', description: 'Checkout service' }),
  },
  responses: responses(201, createdApiKeySchema, { method: 'post', extra: [403] }),
});
const list = createRoute({
  method: 'get',
  path: '/',
  operationId: 'listApiKeys',
  tags,
  security,
  summary: 'List secret keys (never the secret)',
  request: { query: listQuerySchema },
  responses: responses(200, listSchema(apiKeySchema), { method: 'get' }),
});
const retrieve = createRoute({
  method: 'get',
  path: '/{id}',
  operationId: 'getApiKey',
  tags,
  security,
  summary: 'Retrieve a secret key',
  middleware: idMiddleware('api_key'),
  request: { ...byId('api_key'), query: noQuery },
  responses: responses(200, apiKeySchema, { method: 'get', path: true }),
});
const roll = createRoute({
  method: 'post',
  path: '/{id}/roll',
  operationId: 'rollApiKey',
  tags,
  security,
  summary: 'Roll a key: a new secret; the old one works for overlap_seconds (24 h, at most 7 days)',
  middleware: idMiddleware('api_key'),
  request: {
    ...byId('api_key'),
    query: noQuery,
    headers: idempotencyHeaders,
    body: jsonBody(rollApiKeySchema, { overlap_seconds: 3600 }),
  },
  responses: responses(200, rolledApiKeySchema, { method: 'post', path: true }),
});
const revokeByPost = createRoute({
  method: 'post',
  path: '/{id}/revoke',
  operationId: 'revokeApiKey',
  tags,
  security,
  summary: 'Revoke a key (it stops working at once)',
  middleware: idMiddleware('api_key'),
  request: { ...byId('api_key'), query: noQuery, headers: idempotencyHeaders, body: emptyBody },
  responses: responses(200, apiKeySchema, { method: 'post', path: true }),
});
const revokeByDelete = createRoute({
  method: 'delete',
  path: '/{id}',
  operationId: 'deleteApiKey',
  tags,
  security,
  summary: 'Revoke a key (it stops working at once)',
  middleware: idMiddleware('api_key'),
  request: { ...byId('api_key'), query: noQuery },
  responses: responses(200, apiKeySchema, { method: 'delete', path: true }),
});

/** The modes of key a key may see: a test key only test keys. */
const modesFor = (caller: AuthenticatedPartner) =>
  caller.mode === 'live' ? (['test', 'live'] as const) : (['test'] as const);

export function apiKeyRoutes(deps: Deps) {
  const app = contractRoutes();

  const load = (caller: AuthenticatedPartner, id: string) =>
    loadApiKey(deps, caller.id, modesFor(caller), id);

  app.openapi(create, async (c) => {
    const input = c.req.valid('json');
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

  app.openapi(list, async (c) => {
    const caller = c.get('partner');
    const q = c.req.valid('query');
    const { rows, hasMore } = await listApiKeys(deps, caller.id, modesFor(caller), q);
    const now = deps.clock.now();
    return c.json(
      listBody(
        rows.map((r) => toApiKeyResource(r, now)),
        hasMore,
      ),
      200,
    );
  });

  app.openapi(retrieve, async (c) =>
    c.json(toApiKeyResource(await load(c.get('partner'), c.req.valid('param').id), deps.clock.now()), 200),
  );

  app.openapi(roll, async (c) => {
    const input = c.req.valid('json');
    const row = await load(c.get('partner'), c.req.valid('param').id);
    const rolled = await rollKey(deps, row.id, input.overlap_seconds);
    const now = deps.clock.now();
    return c.json(
      {
        ...toApiKeyResource(rolled.row, now),
        secret: rolled.secret,
        previous_key: toApiKeyResource(rolled.previous, now),
      },
      200,
    );
  });

  const revoke = async (caller: AuthenticatedPartner, id: string) => {
    const row = await load(caller, id);
    const { row: revoked } = await revokeKey(deps, row.id);
    return toApiKeyResource(revoked, deps.clock.now());
  };
  app.openapi(revokeByPost, async (c) =>
    c.json(await revoke(c.get('partner'), c.req.valid('param').id), 200),
  );
  app.openapi(revokeByDelete, async (c) =>
    c.json(await revoke(c.get('partner'), c.req.valid('param').id), 200),
  );

  return app;
}
