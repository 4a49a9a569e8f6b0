/**
 * Partner API: events (docs/architecture.md §6). The event log newest first (optionally one type), one event with
 * its deliveries and every delivery attempt, and redelivery to all currently subscribed endpoints.
 */
import {
  eventSchema,
  eventWithDeliveriesSchema,
  listQuerySchema,
  listSchema,
  webhookEventTypes,
} from '@finlet/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv, Deps } from '../context.ts';
import { ownerOf } from '../db/ownership.ts';
import { notFound } from '../errors.ts';
import { pathId } from '../middleware/path-id.ts';
import { readJson, readQuery } from '../middleware/validate.ts';
import type { RouteDoc } from '../openapi/document.ts';
import { listEvents } from '../webhooks/event-listing.ts';
import { findEvent, toEventResource, withDeliveries } from '../webhooks/events.ts';
import { redeliverEvent } from '../webhooks/redeliver.ts';

const listEventsQuerySchema = listQuerySchema.extend({ type: z.enum(webhookEventTypes).optional() });

export const eventDocs: RouteDoc[] = [
  { method: 'get', path: '/v1/events', summary: 'List events', tag: 'Events', auth: 'secret_key', query: listEventsQuerySchema, response: listSchema(eventSchema) },
  { method: 'get', path: '/v1/events/{id}', summary: 'Retrieve an event with its deliveries and attempts', tag: 'Events', auth: 'secret_key', response: eventWithDeliveriesSchema },
  { method: 'post', path: '/v1/events/{id}/redeliver', summary: 'Deliver an event again to every subscribed endpoint', tag: 'Events', auth: 'secret_key', response: eventWithDeliveriesSchema, idempotent: true },
]; // biome-ignore format: one route a line

export function eventRoutes(deps: Deps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const q = readQuery(c, listEventsQuerySchema);
    const { rows, hasMore } = await listEvents(deps, ownerOf(c.get('partner')), q);
    return c.json({ object: 'list', data: rows.map(toEventResource), has_more: hasMore });
  });

  app.get('/:id', pathId('event'), async (c) => {
    const event = await findEvent(db, c.req.valid('param').id, ownerOf(c.get('partner')));
    if (!event) throw notFound('event');
    return c.json(await withDeliveries(db, event));
  });

  app.post('/:id/redeliver', pathId('event'), async (c) => {
    await readJson(c, z.strictObject({}));
    const owner = ownerOf(c.get('partner'));
    await redeliverEvent(deps, c.req.valid('param').id, owner);
    const event = await findEvent(db, c.req.valid('param').id, owner);
    if (!event) throw notFound('event');
    return c.json(await withDeliveries(db, event));
  });

  return app;
}
