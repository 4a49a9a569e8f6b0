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
import { and, desc, eq, isNull } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv, Deps } from '../context.ts';
import { afterCursor } from '../db/list-cursor.ts';
import { type Owner, ownedBy, ownerOf } from '../db/ownership.ts';
import { webhookDeliveries, webhookEndpoints } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { pathId } from '../middleware/path-id.ts';
import { readJson, readQuery } from '../middleware/validate.ts';
import type { RouteDoc } from '../openapi/document.ts';
import { insertWebhookEndpoint, toEndpointResource } from '../webhooks/endpoints.ts';
import { newWebhookSecret, SECRET_CONTEXT } from '../webhooks/secrets.ts';
import { assertWebhookUrl } from '../webhooks/url-policy.ts';

/** How long the previous secret keeps signing after a rotation. */
export const ROTATION_OVERLAP_MS = 24 * 3600 * 1000;

export const webhookEndpointDocs: RouteDoc[] = [
  { method: 'post', path: '/v1/webhook_endpoints', summary: 'Create a webhook endpoint', tag: 'Webhook endpoints', auth: 'secret_key', body: createWebhookEndpointSchema, response: webhookEndpointWithSecretSchema, status: 201, idempotent: true },
  { method: 'get', path: '/v1/webhook_endpoints', summary: 'List webhook endpoints', tag: 'Webhook endpoints', auth: 'secret_key', query: listQuerySchema, response: listSchema(webhookEndpointSchema) },
  { method: 'get', path: '/v1/webhook_endpoints/{id}', summary: 'Retrieve a webhook endpoint', tag: 'Webhook endpoints', auth: 'secret_key', response: webhookEndpointSchema },
  { method: 'delete', path: '/v1/webhook_endpoints/{id}', summary: 'Delete a webhook endpoint (its pending deliveries stop)', tag: 'Webhook endpoints', auth: 'secret_key', response: webhookEndpointSchema },
  { method: 'post', path: '/v1/webhook_endpoints/{id}/rotate_secret', summary: 'Rotate the signing secret (the previous one keeps signing for 24 h)', tag: 'Webhook endpoints', auth: 'secret_key', response: webhookEndpointWithSecretSchema, idempotent: true },
]; // biome-ignore format: one route a line

export function webhookEndpointRoutes(deps: Deps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();

  const mine = (owner: Owner, id: string) =>
    and(eq(webhookEndpoints.id, id), ownedBy(webhookEndpoints, owner), isNull(webhookEndpoints.deletedAt));

  async function load(owner: Owner, id: string) {
    const [row] = await db.select().from(webhookEndpoints).where(mine(owner, id));
    if (!row) throw notFound('webhook endpoint');
    return row;
  }

  app.post('/', async (c) => {
    const input = await readJson(c, createWebhookEndpointSchema);
    await assertWebhookUrl(input.url, deps.config);
    const now = deps.clock.now();
    const { row, secret } = await insertWebhookEndpoint(db, deps.cipher, {
      ...ownerOf(c.get('partner')),
      url: input.url,
      enabledEvents: input.enabled_events.includes('*') ? ['*'] : [...new Set(input.enabled_events)],
      description: input.description,
      metadata: input.metadata,
      now,
    });
    return c.json({ ...toEndpointResource(row, now), secret }, 201);
  });

  app.get('/', async (c) => {
    const visible = and(
      ownedBy(webhookEndpoints, ownerOf(c.get('partner'))),
      isNull(webhookEndpoints.deletedAt),
    )!;
    const q = readQuery(c, listQuerySchema);
    const cursor = await afterCursor(db, webhookEndpoints, visible, q.starting_after, 'webhook endpoint');
    const rows = await db
      .select()
      .from(webhookEndpoints)
      .where(and(visible, cursor))
      .orderBy(desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id))
      .limit(q.limit + 1);
    const now = deps.clock.now();
    return c.json({
      object: 'list',
      data: rows.slice(0, q.limit).map((r) => toEndpointResource(r, now)),
      has_more: rows.length > q.limit,
    });
  });

  app.get('/:id', pathId('webhook_endpoint'), async (c) =>
    c.json(
      toEndpointResource(await load(ownerOf(c.get('partner')), c.req.valid('param').id), deps.clock.now()),
    ),
  );

  app.delete('/:id', pathId('webhook_endpoint'), async (c) => {
    const owner = ownerOf(c.get('partner'));
    const row = await load(owner, c.req.valid('param').id);
    const now = deps.clock.now();
    const deleted = await db.transaction(async (tx) => {
      const [updated] = await tx
        .update(webhookEndpoints)
        .set({ deletedAt: now })
        .where(mine(owner, row.id))
        .returning();
      await tx
        .update(webhookDeliveries)
        .set({ status: 'failed', nextAttemptAt: null, lockedUntil: null, updatedAt: now })
        .where(and(eq(webhookDeliveries.endpointId, row.id), eq(webhookDeliveries.status, 'pending')));
      return updated;
    });
    if (!deleted) throw notFound('webhook endpoint');
    return c.json(toEndpointResource(deleted, now));
  });

  app.post('/:id/rotate_secret', pathId('webhook_endpoint'), async (c) => {
    await readJson(c, z.strictObject({}));
    const owner = ownerOf(c.get('partner'));
    const row = await load(owner, c.req.valid('param').id);
    const now = deps.clock.now();
    const secret = newWebhookSecret();
    // One statement: the old ciphertext moves to previous_secret_enc as the new one replaces it.
    const [updated] = await db
      .update(webhookEndpoints)
      .set({
        secretEnc: deps.cipher.encrypt(secret, SECRET_CONTEXT),
        previousSecretEnc: webhookEndpoints.secretEnc,
        previousSecretExpiresAt: new Date(now.getTime() + ROTATION_OVERLAP_MS),
      })
      .where(mine(owner, row.id))
      .returning();
    if (!updated) throw notFound('webhook endpoint');
    return c.json({ ...toEndpointResource(updated, now), secret });
  });

  return app;
}
