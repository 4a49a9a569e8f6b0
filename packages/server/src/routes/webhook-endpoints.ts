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
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv, Deps } from '../context.ts';
import { ownerOf } from '../db/ownership.ts';
import { pathId } from '../middleware/path-id.ts';
import { readJson, readQuery } from '../middleware/validate.ts';
import type { RouteDoc } from '../openapi/document.ts';
import {
  createEndpoint,
  deleteEndpoint,
  listEndpoints,
  loadEndpoint,
  rotateEndpointSecret,
} from '../webhooks/endpoint-changes.ts';
import { toEndpointResource } from '../webhooks/endpoints.ts';

export const webhookEndpointDocs: RouteDoc[] = [
  { method: 'post', path: '/v1/webhook_endpoints', summary: 'Create a webhook endpoint', tag: 'Webhook endpoints', auth: 'secret_key', body: createWebhookEndpointSchema, response: webhookEndpointWithSecretSchema, status: 201, idempotent: true },
  { method: 'get', path: '/v1/webhook_endpoints', summary: 'List webhook endpoints', tag: 'Webhook endpoints', auth: 'secret_key', query: listQuerySchema, response: listSchema(webhookEndpointSchema) },
  { method: 'get', path: '/v1/webhook_endpoints/{id}', summary: 'Retrieve a webhook endpoint', tag: 'Webhook endpoints', auth: 'secret_key', response: webhookEndpointSchema },
  { method: 'delete', path: '/v1/webhook_endpoints/{id}', summary: 'Delete a webhook endpoint (its pending deliveries stop)', tag: 'Webhook endpoints', auth: 'secret_key', response: webhookEndpointSchema },
  { method: 'post', path: '/v1/webhook_endpoints/{id}/rotate_secret', summary: 'Rotate the signing secret (the previous one keeps signing for 24 h)', tag: 'Webhook endpoints', auth: 'secret_key', response: webhookEndpointWithSecretSchema, idempotent: true },
]; // biome-ignore format: one route a line

export function webhookEndpointRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const owner = (c: Context<AppEnv>) => ownerOf(c.get('partner'));

  app.post('/', async (c) => {
    const input = await readJson(c, createWebhookEndpointSchema);
    const { row, secret } = await createEndpoint(deps, owner(c), input);
    return c.json({ ...toEndpointResource(row, deps.clock.now()), secret }, 201);
  });

  app.get('/', async (c) => {
    const q = readQuery(c, listQuerySchema);
    const { rows, hasMore } = await listEndpoints(deps, owner(c), q);
    const now = deps.clock.now();
    return c.json({ object: 'list', data: rows.map((r) => toEndpointResource(r, now)), has_more: hasMore });
  });

  app.get('/:id', pathId('webhook_endpoint'), async (c) =>
    c.json(toEndpointResource(await loadEndpoint(deps, owner(c), c.req.valid('param').id), deps.clock.now())),
  );

  app.delete('/:id', pathId('webhook_endpoint'), async (c) =>
    c.json(
      toEndpointResource(await deleteEndpoint(deps, owner(c), c.req.valid('param').id), deps.clock.now()),
    ),
  );

  app.post('/:id/rotate_secret', pathId('webhook_endpoint'), async (c) => {
    await readJson(c, z.strictObject({}));
    const { row, secret } = await rotateEndpointSecret(deps, owner(c), c.req.valid('param').id);
    return c.json({ ...toEndpointResource(row, deps.clock.now()), secret });
  });

  return app;
}
