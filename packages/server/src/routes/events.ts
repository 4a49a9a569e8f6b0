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
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Deps } from '../context.ts';
import { ownerOf } from '../db/ownership.ts';
import { notFound } from '../errors.ts';
import {
  byId,
  contractRoutes,
  emptyBody,
  idempotencyHeaders,
  idMiddleware,
  listBody,
  noQuery,
  responses,
  secretKey,
} from '../openapi/contract.ts';
import { listEvents } from '../webhooks/event-listing.ts';
import { findEvent, toEventResource, withDeliveries } from '../webhooks/events.ts';
import { redeliverEvent } from '../webhooks/redeliver.ts';

const listEventsQuerySchema = listQuerySchema.extend({ type: z.enum(webhookEventTypes).optional() });

const tags = ['Events'];
const security = secretKey;
const list = createRoute({
  method: 'get',
  path: '/',
  operationId: 'listEvents',
  tags,
  security,
  summary: 'List events',
  request: { query: listEventsQuerySchema },
  responses: responses(200, listSchema(eventSchema), { method: 'get' }),
});
const retrieve = createRoute({
  method: 'get',
  path: '/{id}',
  operationId: 'getEvent',
  tags,
  security,
  summary: 'Retrieve an event with its deliveries and attempts',
  middleware: idMiddleware('event'),
  request: { ...byId('event'), query: noQuery },
  responses: responses(200, eventWithDeliveriesSchema, { method: 'get', path: true }),
});
const redeliver = createRoute({
  method: 'post',
  path: '/{id}/redeliver',
  operationId: 'redeliverEvent',
  tags,
  security,
  summary: 'Deliver an event again to every subscribed endpoint',
  middleware: idMiddleware('event'),
  request: { ...byId('event'), query: noQuery, headers: idempotencyHeaders, body: emptyBody },
  responses: responses(200, eventWithDeliveriesSchema, { method: 'post', path: true }),
});

export function eventRoutes(deps: Deps) {
  const { db } = deps.database;
  const app = contractRoutes();

  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const { rows, hasMore } = await listEvents(deps, ownerOf(c.get('partner')), q);
    return c.json(listBody(rows.map(toEventResource), hasMore), 200);
  });

  app.openapi(retrieve, async (c) => {
    const event = await findEvent(db, c.req.valid('param').id, ownerOf(c.get('partner')));
    if (!event) throw notFound('event');
    return c.json(await withDeliveries(db, event), 200);
  });

  app.openapi(redeliver, async (c) => {
    const owner = ownerOf(c.get('partner'));
    await redeliverEvent(deps, c.req.valid('param').id, owner);
    const event = await findEvent(db, c.req.valid('param').id, owner);
    if (!event) throw notFound('event');
    return c.json(await withDeliveries(db, event), 200);
  });

  return app;
}
