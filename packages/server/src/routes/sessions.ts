/**
 * Partner API: sessions (docs/architecture.md §2, §5). Create returns the client token once; list is a cursor
 * list newest first; cancel moves an open session to `canceled` and emits `session.canceled`.
 */

import {
  createdSessionSchema,
  createSessionSchema,
  listQuerySchema,
  listSchema,
  newId,
  sessionSchema,
} from '@finlet/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv, Deps } from '../context.ts';
import { ApiError, notFound } from '../errors.ts';
import { readJson, readQuery } from '../middleware/validate.ts';
import type { RouteDoc } from '../openapi/document.ts';
import { insertSession } from '../sessions/insert-batch.ts';
import { cancelSession, expireIfDue, toSessionResource } from '../sessions/lifecycle.ts';
import { listSessions } from '../sessions/listing.ts';
import { sessionQueries } from '../sessions/queries.ts';

export const sessionDocs: RouteDoc[] = [
  { method: 'post', path: '/v1/sessions', summary: 'Create a session', tag: 'Sessions', auth: 'secret_key', body: createSessionSchema, response: createdSessionSchema, status: 201, idempotent: true },
  { method: 'get', path: '/v1/sessions', summary: 'List sessions', tag: 'Sessions', auth: 'secret_key', query: listQuerySchema, response: listSchema(sessionSchema) },
  { method: 'get', path: '/v1/sessions/{id}', summary: 'Retrieve a session', tag: 'Sessions', auth: 'secret_key', response: sessionSchema },
  { method: 'post', path: '/v1/sessions/{id}/cancel', summary: 'Cancel an open session', tag: 'Sessions', auth: 'secret_key', response: sessionSchema, idempotent: true },
]; // biome-ignore format: one route a line

export function sessionRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const queries = sessionQueries(deps.database.db);

  async function load(partnerId: string, id: string) {
    const [row] = await queries.byIdForPartner.execute({ id, partnerId });
    if (!row) throw notFound('session');
    return expireIfDue(deps, row);
  }

  app.post('/', async (c) => {
    const partner = c.get('partner');
    const input = await readJson(c, createSessionSchema);
    const foreign = input.allowed_origins.find((o) => !partner.allowedOrigins.includes(o));
    if (foreign) {
      throw new ApiError(
        'invalid_request',
        `${foreign} is not one of this partner's allowed origins (set with finlet partners create --allowed-origin).`,
        'allowed_origins',
      );
    }
    if (input.link && !input.flows.includes('link')) {
      throw new ApiError(
        'invalid_request',
        'link.id is only allowed with the link flow (update mode).',
        'link',
      );
    }
    const now = deps.clock.now();
    const expiresAt = new Date(now.getTime() + deps.config.FINLET_SESSION_TTL * 1000);
    const row = await insertSession(deps.database, {
      id: newId('session'),
      partnerId: partner.id,
      flows: input.flows,
      flowStates: Object.fromEntries(input.flows.map((f) => [f, { status: 'pending', result: null }])),
      customer: input.customer,
      payment: input.payment ?? null,
      linkId: input.link?.id ?? null,
      allowedOrigins: input.allowed_origins,
      redirectUri: input.redirect_uri ?? null,
      locale: input.locale ?? null,
      appearance: input.appearance ?? null,
      metadata: input.metadata ?? {},
      createdAt: now,
      expiresAt,
    });
    const client_token = await deps.tokens.issueClientToken(row.id, expiresAt);
    return c.json({ ...toSessionResource(row), client_token }, 201);
  });

  app.get('/', async (c) => {
    const q = readQuery(c, listQuerySchema);
    const { rows, hasMore } = await listSessions(deps, { partnerId: c.get('partner').id }, q);
    return c.json({ object: 'list', data: rows.map(toSessionResource), has_more: hasMore });
  });

  app.get('/:id', async (c) => c.json(toSessionResource(await load(c.get('partner').id, c.req.param('id')))));

  app.post('/:id/cancel', async (c) => {
    await readJson(c, z.strictObject({}));
    const row = await load(c.get('partner').id, c.req.param('id'));
    return c.json(toSessionResource(await cancelSession(deps, row)));
  });

  return app;
}
