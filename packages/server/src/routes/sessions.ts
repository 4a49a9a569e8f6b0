/**
 * Partner API: sessions (docs/architecture.md §2, §5). Create returns the client token once; list is a cursor
 * list newest first; cancel moves an open session to `canceled` and emits `session.canceled`;
 * `client_token` issues a fresh client token for a session still in use (docs/architecture.md §3).
 */

import {
  clientTokenSchema,
  createdSessionSchema,
  createSessionSchema,
  listQuerySchema,
  listSchema,
  newId,
  sessionSchema,
} from '@finlet/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import { clientTokenExpiry } from '../auth/tokens.ts';
import type { AppEnv, Deps } from '../context.ts';
import { type Owner, ownerOf } from '../db/ownership.ts';
import { ApiError, notFound } from '../errors.ts';
import { pathId } from '../middleware/path-id.ts';
import { readJson, readQuery } from '../middleware/validate.ts';
import type { RouteDoc } from '../openapi/document.ts';
import { insertSession } from '../sessions/insert-batch.ts';
import { cancelSession, expireIfDue, toSessionResource } from '../sessions/lifecycle.ts';
import { listSessions } from '../sessions/listing.ts';
import { sessionQueries } from '../sessions/queries.ts';
import { assertRedirectUri } from '../sessions/redirect-uri.ts';

export const sessionDocs: RouteDoc[] = [
  { method: 'post', path: '/v1/sessions', summary: 'Create a session', tag: 'Sessions', auth: 'secret_key', body: createSessionSchema, response: createdSessionSchema, status: 201, idempotent: true },
  { method: 'get', path: '/v1/sessions', summary: 'List sessions', tag: 'Sessions', auth: 'secret_key', query: listQuerySchema, response: listSchema(sessionSchema) },
  { method: 'get', path: '/v1/sessions/{id}', summary: 'Retrieve a session', tag: 'Sessions', auth: 'secret_key', response: sessionSchema },
  { method: 'post', path: '/v1/sessions/{id}/cancel', summary: 'Cancel an open session', tag: 'Sessions', auth: 'secret_key', response: sessionSchema, idempotent: true },
  { method: 'post', path: '/v1/sessions/{id}/client_token', summary: 'A fresh client token for a session in use (the widget’s onTokenExpired)', tag: 'Sessions', auth: 'secret_key', response: clientTokenSchema, idempotent: true },
]; // biome-ignore format: one route a line

export function sessionRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const queries = sessionQueries(deps.database.db);

  async function load(owner: Owner, id: string) {
    const [row] = await queries.byIdForOwner.execute({ id, ...owner });
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
    if (input.redirect_uri) assertRedirectUri(deps.config, input.redirect_uri, input.allowed_origins);
    if (input.link && !input.flows.includes('link')) {
      throw new ApiError(
        'invalid_request',
        'link.id is only allowed with the link flow (update mode).',
        'link',
      );
    }
    const owner = ownerOf(partner);
    // A live session is only made when the partner's providers can serve every flow it asks for.
    await deps.providers.assertConfigured(owner, input.flows);
    const now = deps.clock.now();
    const expiresAt = new Date(now.getTime() + deps.config.FINLET_SESSION_TTL * 1000);
    const row = await insertSession(deps.database, {
      id: newId('session'),
      ...owner,
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
    const client_token = await deps.tokens.issueClientToken(row.id, expiresAt, row.livemode);
    return c.json({ ...toSessionResource(row), client_token }, 201);
  });

  app.get('/', async (c) => {
    const q = readQuery(c, listQuerySchema);
    const { rows, hasMore } = await listSessions(deps, ownerOf(c.get('partner')), q);
    return c.json({ object: 'list', data: rows.map(toSessionResource), has_more: hasMore });
  });

  app.get('/:id', pathId('session'), async (c) =>
    c.json(toSessionResource(await load(ownerOf(c.get('partner')), c.req.valid('param').id))),
  );

  app.post('/:id/cancel', pathId('session'), async (c) => {
    await readJson(c, z.strictObject({}));
    const row = await load(ownerOf(c.get('partner')), c.req.valid('param').id);
    return c.json(toSessionResource(await cancelSession(deps, row)));
  });

  // A widget may stay open longer than a client token lives: the partner's page asks its server for
  // a new token (onTokenExpired), and its server asks here. Only for a session the widget can still
  // use — open, or completed (its frame still reads the result) — never one expired or canceled.
  app.post('/:id/client_token', pathId('session'), async (c) => {
    await readJson(c, z.strictObject({}));
    const row = await load(ownerOf(c.get('partner')), c.req.valid('param').id);
    if (row.status === 'expired') throw new ApiError('session_expired');
    if (row.status === 'canceled') throw new ApiError('session_canceled');
    // The token's `exp` is in whole seconds: `expires_at` says the same instant.
    const expires = Math.floor(clientTokenExpiry(row.expiresAt, deps.clock.now()).getTime() / 1000) * 1000;
    const client_token = await deps.tokens.issueClientToken(row.id, new Date(expires), row.livemode);
    return c.json({
      object: 'client_token' as const,
      session_id: row.id,
      client_token,
      expires_at: new Date(expires).toISOString(),
    });
  });

  return app;
}
