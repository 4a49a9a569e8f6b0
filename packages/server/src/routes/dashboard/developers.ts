/**
 * Dashboard API, developers' tools in one mode: events with their deliveries and attempts
 * (redeliver), webhook endpoints (create and rotate show the secret once; disable, enable, delete,
 * send a test event; each with its health), API keys of this mode (create and roll show the secret
 * once; revoke). Same services as the partner API; changes need `manage_developers` and are
 * audited.
 */
import {
  createWebhookEndpointSchema,
  DEFAULT_ROLL_OVERLAP_SECONDS,
  rollApiKeySchema,
  webhookEventTypes,
} from '@finlet/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import { createKey, revokeKey, rollKey, toApiKeyResource } from '../../auth/api-key-lifecycle.ts';
import { listApiKeys, loadApiKey } from '../../auth/api-key-listing.ts';
import type { Deps } from '../../context.ts';
import { recordAudit } from '../../dashboard/audit.ts';
import type { Tx } from '../../db/client.ts';
import { pathId } from '../../middleware/path-id.ts';
import { readJson, readQuery } from '../../middleware/validate.ts';
import {
  createEndpoint,
  deleteEndpoint,
  endpointHealth,
  listEndpoints,
  loadEndpoint,
  rotateEndpointSecret,
  sendTestEvent,
  setEndpointDisabled,
} from '../../webhooks/endpoint-changes.ts';
import { toEndpointResource } from '../../webhooks/endpoints.ts';
import { listEvents, loadEvent } from '../../webhooks/event-listing.ts';
import { toEventResource, withDeliveries } from '../../webhooks/events.ts';
import { redeliverEvent } from '../../webhooks/redeliver.ts';
import { allow, type DashboardEnv, type Mode, ownerOf } from './env.ts';

const page = {
  limit: z.coerce.number().int().min(1).max(100).default(25),
  starting_after: z.string().max(100).optional(),
};
const eventQuery = z.strictObject({ ...page, type: z.enum(webhookEventTypes).optional() });
const empty = z.strictObject({});
const newKey = z.strictObject({ description: z.string().trim().min(1).max(100).optional() });
const roll = rollApiKeySchema.extend({
  overlap_seconds: rollApiKeySchema.shape.overlap_seconds.default(DEFAULT_ROLL_OVERLAP_SECONDS),
});

type C = { get(k: 'me'): DashboardEnv['Variables']['me'] };

export function developerRoutes(deps: Deps, mode: Mode) {
  const app = new Hono<DashboardEnv>();
  const { db } = deps.database;
  app.use('*', allow('read'));
  const owner = (c: C) => ownerOf(c.get('me'), mode);
  const manage = allow('manage_developers');
  const audit = (
    c: C,
    tx: Tx | typeof db,
    entry: Omit<Parameters<typeof recordAudit>[2], 'partnerId' | 'mode'>,
  ) => recordAudit(tx, c.get('me').user, { ...entry, partnerId: owner(c).partnerId, mode }, deps.clock.now());
  const now = () => deps.clock.now();

  app.get('/events', async (c) => {
    const { rows, hasMore } = await listEvents(deps, owner(c), readQuery(c, eventQuery));
    return c.json({ object: 'list', data: rows.map(toEventResource), has_more: hasMore });
  });
  app.get('/events/:id', pathId('event'), async (c) =>
    c.json(await withDeliveries(db, await loadEvent(deps, owner(c), c.req.valid('param').id))),
  );
  app.post('/events/:id/redeliver', manage, pathId('event'), async (c) => {
    await readJson(c, empty);
    const event = await loadEvent(deps, owner(c), c.req.valid('param').id);
    const queued = await redeliverEvent(deps, event.id, owner(c));
    await audit(c, db, {
      action: 'event.redelivered',
      targetType: 'event',
      targetId: event.id,
      after: { deliveries_queued: queued },
    });
    return c.json(await withDeliveries(db, event));
  });

  app.get('/webhook_endpoints', async (c) => {
    const { rows, hasMore } = await listEndpoints(deps, owner(c), readQuery(c, z.strictObject(page)));
    const health = await endpointHealth(
      deps,
      rows.map((r) => r.id),
    );
    return c.json({
      object: 'list',
      data: rows.map((r) => ({
        ...toEndpointResource(r, now()),
        health: health.get(r.id) ?? { failing: false, recentFailures: 0, lastStatus: null },
      })),
      has_more: hasMore,
    });
  });
  app.post('/webhook_endpoints', manage, async (c) => {
    const input = await readJson(c, createWebhookEndpointSchema);
    const created = await db.transaction(async (tx) => {
      const { row, secret } = await createEndpoint(deps, owner(c), input, tx);
      await audit(c, tx, {
        action: 'webhook_endpoint.created',
        targetType: 'webhook_endpoint',
        targetId: row.id,
        after: toEndpointResource(row, now()),
      });
      return { ...toEndpointResource(row, now()), secret };
    });
    return c.json(created, 201);
  });
  app.post('/webhook_endpoints/:id/rotate_secret', manage, pathId('webhook_endpoint'), async (c) => {
    await readJson(c, empty);
    const before = await loadEndpoint(deps, owner(c), c.req.valid('param').id);
    return c.json(
      await db.transaction(async (tx) => {
        const { row, secret } = await rotateEndpointSecret(deps, owner(c), before.id, tx);
        await audit(c, tx, {
          action: 'webhook_endpoint.secret_rotated',
          targetType: 'webhook_endpoint',
          targetId: row.id,
          before: toEndpointResource(before, now()),
          after: toEndpointResource(row, now()),
        });
        return { ...toEndpointResource(row, now()), secret };
      }),
    );
  });
  for (const [path, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    app.post(`/webhook_endpoints/:id/${path}`, manage, pathId('webhook_endpoint'), async (c) => {
      await readJson(c, empty);
      return c.json(
        await db.transaction(async (tx) => {
          const { before, after } = await setEndpointDisabled(
            deps,
            owner(c),
            c.req.valid('param').id,
            disabled,
            tx,
          );
          await audit(c, tx, {
            action: `webhook_endpoint.${path}d`,
            targetType: 'webhook_endpoint',
            targetId: after.id,
            before: toEndpointResource(before, now()),
            after: toEndpointResource(after, now()),
          });
          return toEndpointResource(after, now());
        }),
      );
    });
  }
  app.post('/webhook_endpoints/:id/test', manage, pathId('webhook_endpoint'), async (c) => {
    await readJson(c, empty);
    const eventId = await db.transaction(async (tx) => {
      const id = await sendTestEvent(deps, owner(c), c.req.valid('param').id, tx);
      await audit(c, tx, {
        action: 'webhook_endpoint.tested',
        targetType: 'webhook_endpoint',
        targetId: c.req.valid('param').id,
        after: { event: id },
      });
      return id;
    });
    deps.pokeDispatcher();
    return c.json({ event_id: eventId }, 201);
  });
  app.delete('/webhook_endpoints/:id', manage, pathId('webhook_endpoint'), async (c) => {
    const before = await loadEndpoint(deps, owner(c), c.req.valid('param').id);
    return c.json(
      await db.transaction(async (tx) => {
        const after = await deleteEndpoint(deps, owner(c), before.id, tx);
        await audit(c, tx, {
          action: 'webhook_endpoint.deleted',
          targetType: 'webhook_endpoint',
          targetId: before.id,
          before: toEndpointResource(before, now()),
          after: toEndpointResource(after, now()),
        });
        return toEndpointResource(after, now());
      }),
    );
  });

  // API keys of this mode only: the dashboard's mode decides which keys a screen shows.
  const modes = [mode] as const;
  app.get('/api_keys', async (c) => {
    const { rows, hasMore } = await listApiKeys(
      deps,
      owner(c).partnerId,
      modes,
      readQuery(c, z.strictObject(page)),
    );
    return c.json({ object: 'list', data: rows.map((r) => toApiKeyResource(r, now())), has_more: hasMore });
  });
  app.post('/api_keys', manage, async (c) => {
    const input = await readJson(c, newKey);
    const { row, secret } = await createKey(deps, {
      partnerId: owner(c).partnerId,
      mode,
      description: input.description,
    });
    await audit(c, db, {
      action: 'api_key.created',
      targetType: 'api_key',
      targetId: row.id,
      after: toApiKeyResource(row, now()),
    });
    return c.json({ ...toApiKeyResource(row, now()), secret }, 201);
  });
  app.post('/api_keys/:id/roll', manage, pathId('api_key'), async (c) => {
    const input = await readJson(c, roll);
    const before = await loadApiKey(deps, owner(c).partnerId, modes, c.req.valid('param').id);
    const rolled = await rollKey(deps, before.id, input.overlap_seconds);
    await audit(c, db, {
      action: 'api_key.rolled',
      targetType: 'api_key',
      targetId: before.id,
      before: toApiKeyResource(before, now()),
      after: {
        previous: toApiKeyResource(rolled.previous, now()),
        new_key: toApiKeyResource(rolled.row, now()),
      },
    });
    return c.json({
      ...toApiKeyResource(rolled.row, now()),
      secret: rolled.secret,
      previous_key: toApiKeyResource(rolled.previous, now()),
    });
  });
  app.post('/api_keys/:id/revoke', manage, pathId('api_key'), async (c) => {
    await readJson(c, empty);
    const before = await loadApiKey(deps, owner(c).partnerId, modes, c.req.valid('param').id);
    // Unlike a key revoking over the API, a signed-in user can always make a new key: the last may go.
    const { row } = await revokeKey(deps, before.id, { allowLast: true });
    await audit(c, db, {
      action: 'api_key.revoked',
      targetType: 'api_key',
      targetId: row.id,
      before: toApiKeyResource(before, now()),
      after: toApiKeyResource(row, now()),
    });
    return c.json(toApiKeyResource(row, now()));
  });

  return app;
}
