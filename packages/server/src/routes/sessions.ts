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
import { createRoute } from '@hono/zod-openapi';
import { clientTokenExpiry } from '../auth/tokens.ts';
import type { Deps } from '../context.ts';
import { type Owner, ownerOf } from '../db/ownership.ts';
import { ApiError, notFound } from '../errors.ts';
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
import { insertSession } from '../sessions/insert-batch.ts';
import { cancelSession, expireIfDue, toSessionResource } from '../sessions/lifecycle.ts';
import { listSessions } from '../sessions/listing.ts';
import { sessionQueries } from '../sessions/queries.ts';
import { assertRedirectUri } from '../sessions/redirect-uri.ts';

const tags = ['Sessions'];

const create = createRoute({
  method: 'post',
  path: '/',
  operationId: 'createSession',
  tags,
  summary: 'Create a session',
  security: secretKey,
  description: 'Answers the session with its `client_token` (shown once) for the widget.',
  request: {
    headers: idempotencyHeaders,
    body: jsonBody(createSessionSchema, {
      flows: ['identity', 'payment'],
      customer: { reference: 'cus_1042', email: 'ada@example.com', name: 'Ada Lovelace', country: 'GB' },
      payment: { amount: 1299, currency: 'GBP', description: 'Blue mug' },
      allowed_origins: ['https://shop.example'],
      redirect_uri: 'https://shop.example/return',
    }),
  },
  responses: responses(201, createdSessionSchema, { method: 'post', extra: [403] }),
});
const list = createRoute({
  method: 'get',
  path: '/',
  operationId: 'listSessions',
  tags,
  summary: 'List sessions',
  security: secretKey,
  request: { query: listQuerySchema },
  responses: responses(200, listSchema(sessionSchema), { method: 'get' }),
});
const retrieve = createRoute({
  method: 'get',
  path: '/{id}',
  operationId: 'getSession',
  tags,
  summary: 'Retrieve a session',
  security: secretKey,
  middleware: idMiddleware('session'),
  request: { ...byId('session'), query: noQuery },
  responses: responses(200, sessionSchema, { method: 'get', path: true }),
});
const cancel = createRoute({
  method: 'post',
  path: '/{id}/cancel',
  operationId: 'cancelSession',
  tags,
  summary: 'Cancel an open session',
  security: secretKey,
  middleware: idMiddleware('session'),
  request: { ...byId('session'), query: noQuery, headers: idempotencyHeaders, body: emptyBody },
  responses: responses(200, sessionSchema, { method: 'post', path: true }),
});
const clientToken = createRoute({
  method: 'post',
  path: '/{id}/client_token',
  operationId: 'createSessionClientToken',
  tags,
  security: secretKey,
  summary: 'A fresh client token for a session in use (the widget’s onTokenExpired)',
  middleware: idMiddleware('session'),
  request: { ...byId('session'), query: noQuery, headers: idempotencyHeaders, body: emptyBody },
  responses: responses(200, clientTokenSchema, { method: 'post', path: true, extra: [410] }),
});

export function sessionRoutes(deps: Deps) {
  const app = contractRoutes();
  const queries = sessionQueries(deps.database.db);

  async function load(owner: Owner, id: string) {
    const [row] = await queries.byIdForOwner.execute({ id, ...owner });
    if (!row) throw notFound('session');
    return expireIfDue(deps, row);
  }

  app.openapi(create, async (c) => {
    const partner = c.get('partner');
    const input = c.req.valid('json');
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

  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const { rows, hasMore } = await listSessions(deps, ownerOf(c.get('partner')), q);
    return c.json(listBody(rows.map(toSessionResource), hasMore), 200);
  });

  app.openapi(retrieve, async (c) =>
    c.json(toSessionResource(await load(ownerOf(c.get('partner')), c.req.valid('param').id)), 200),
  );

  app.openapi(cancel, async (c) => {
    const row = await load(ownerOf(c.get('partner')), c.req.valid('param').id);
    return c.json(toSessionResource(await cancelSession(deps, row)), 200);
  });

  // A widget may stay open longer than a client token lives: the partner's page asks its server for
  // a new token (onTokenExpired), and its server asks here. Only for a session the widget can still
  // use — open, or completed (its frame still reads the result) — never one expired or canceled.
  app.openapi(clientToken, async (c) => {
    const row = await load(ownerOf(c.get('partner')), c.req.valid('param').id);
    if (row.status === 'expired') throw new ApiError('session_expired');
    if (row.status === 'canceled') throw new ApiError('session_canceled');
    // The token's `exp` is in whole seconds: `expires_at` says the same instant.
    const expires = Math.floor(clientTokenExpiry(row.expiresAt, deps.clock.now()).getTime() / 1000) * 1000;
    const client_token = await deps.tokens.issueClientToken(row.id, new Date(expires), row.livemode);
    return c.json(
      {
        object: 'client_token' as const,
        session_id: row.id,
        client_token,
        expires_at: new Date(expires).toISOString(),
      },
      200,
    );
  });

  return app;
}
