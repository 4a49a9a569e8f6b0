/**
 * Partner API: webhook endpoints (docs/architecture.md §6). Create and rotate return the `whsec_` secret once;
 * after a rotation the previous secret keeps signing (as a second signature) for 24 h. Delete is
 * soft: the row stays for the delivery history, and its pending deliveries stop.
 */
import {
  createWebhookEndpointSchema,
  listQuerySchema,
  listSchema,
  webhookEndpointSchema,
  webhookEndpointWithSecretSchema,
} from '@finlet/shared';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv, Deps } from '../context.ts';
import { ownerOf } from '../db/ownership.ts';
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
import {
  createEndpoint,
  deleteEndpoint,
  listEndpoints,
  loadEndpoint,
  rotateEndpointSecret,
} from '../webhooks/endpoint-changes.ts';
import { toEndpointResource } from '../webhooks/endpoints.ts';

const tags = ['Webhook endpoints'];
const security = secretKey;
const create = createRoute({
  method: 'post',
  path: '/',
  operationId: 'createWebhookEndpoint',
  tags,
  security,
  summary: 'Create a webhook endpoint',
  request: {
    query: noQuery,
    headers: idempotencyHeaders,
    body: jsonBody(createWebhookEndpointSchema, {
      url: 'https://shop.example/finlet/webhooks',
      enabled_events: ['payment.succeeded', 'identity.approved'],
    }),
  },
  responses: responses(201, webhookEndpointWithSecretSchema, { method: 'post' }),
});
const list = createRoute({
  method: 'get',
  path: '/',
  operationId: 'listWebhookEndpoints',
  tags,
  security,
  summary: 'List webhook endpoints',
  request: { query: listQuerySchema },
  responses: responses(200, listSchema(webhookEndpointSchema), { method: 'get' }),
});
const retrieve = createRoute({
  method: 'get',
  path: '/{id}',
  operationId: 'getWebhookEndpoint',
  tags,
  security,
  summary: 'Retrieve a webhook endpoint',
  middleware: idMiddleware('webhook_endpoint'),
  request: { ...byId('webhook_endpoint'), query: noQuery },
  responses: responses(200, webhookEndpointSchema, { method: 'get', path: true }),
});
const remove = createRoute({
  method: 'delete',
  path: '/{id}',
  operationId: 'deleteWebhookEndpoint',
  tags,
  security,
  summary: 'Delete a webhook endpoint (its pending deliveries stop)',
  middleware: idMiddleware('webhook_endpoint'),
  request: { ...byId('webhook_endpoint'), query: noQuery },
  responses: responses(200, webhookEndpointSchema, { method: 'delete', path: true }),
});
const rotate = createRoute({
  method: 'post',
  path: '/{id}/rotate_secret',
  operationId: 'rotateWebhookEndpointSecret',
  tags,
  security,
  summary: 'Rotate the signing secret (the previous one keeps signing for 24 h)',
  middleware: idMiddleware('webhook_endpoint'),
  request: { ...byId('webhook_endpoint'), query: noQuery, headers: idempotencyHeaders, body: emptyBody },
  responses: responses(200, webhookEndpointWithSecretSchema, { method: 'post', path: true }),
});

export function webhookEndpointRoutes(deps: Deps) {
  const app = contractRoutes();
  const owner = (c: Context<AppEnv>) => ownerOf(c.get('partner'));

  app.openapi(create, async (c) => {
    const input = c.req.valid('json');
    const { row, secret } = await createEndpoint(deps, owner(c), input);
    return c.json({ ...toEndpointResource(row, deps.clock.now()), secret }, 201);
  });

  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const { rows, hasMore } = await listEndpoints(deps, owner(c), q);
    const now = deps.clock.now();
    return c.json(
      listBody(
        rows.map((r) => toEndpointResource(r, now)),
        hasMore,
      ),
      200,
    );
  });

  app.openapi(retrieve, async (c) =>
    c.json(
      toEndpointResource(await loadEndpoint(deps, owner(c), c.req.valid('param').id), deps.clock.now()),
      200,
    ),
  );

  app.openapi(remove, async (c) =>
    c.json(
      toEndpointResource(await deleteEndpoint(deps, owner(c), c.req.valid('param').id), deps.clock.now()),
      200,
    ),
  );

  app.openapi(rotate, async (c) => {
    const { row, secret } = await rotateEndpointSecret(deps, owner(c), c.req.valid('param').id);
    return c.json({ ...toEndpointResource(row, deps.clock.now()), secret }, 200);
  });

  return app;
}
