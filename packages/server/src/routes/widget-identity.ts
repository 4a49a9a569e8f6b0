/**
 * Widget API of the identity flow (`/widget/v1/identity…`), called by the flow's steps with the
 * session's client token (or a phone hand-off token, identity/handoff.ts): personal details, the
 * document choice, images, submit, and the status the waiting screen polls. Answers never echo
 * personal details or images back.
 */
import {
  identityDocumentSchema,
  identityImageSchema,
  personalDetailsSchema,
  type WidgetIdentityStatus,
  type WidgetSession,
  widgetIdentityStatusSchema,
  widgetSessionSchema,
} from '@finlet/shared';
import { createRoute } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Deps, SessionRow } from '../context.ts';
import { partners } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import {
  imagesOf,
  saveDetails,
  saveDocument,
  saveImage,
  submit,
  verificationOf,
} from '../identity/capture.ts';
import { HANDOFF_TTL_MS, identityAuth, issueHandoffToken } from '../identity/handoff.ts';
import { inputGuards } from '../middleware/validate.ts';
import {
  clientToken,
  contractRoutes,
  emptyBody,
  jsonBody,
  noQuery,
  widgetResponses,
} from '../openapi/contract.ts';

const handoffSchema = z
  .strictObject({
    url: z.url().meta({ description: 'Opens the identity step on a phone; carries the hand-off token.' }),
    expires_at: z.iso.datetime(),
    ttl_seconds: z.number().int().meta({ description: 'How long the link works, in seconds.' }),
  })
  .meta({ id: 'WidgetIdentityHandoff' });

// Every identity route also takes the phone's hand-off token (identity/handoff.ts) in place of the
// client token: both are a bearer token, so the client token's scheme names them.
const tags = ['Widget'];
const security = clientToken;
const status = createRoute({
  method: 'get',
  path: '/',
  operationId: 'getWidgetIdentity',
  tags,
  security,
  summary: 'Identity verification status (waiting screen)',
  request: { query: noQuery },
  responses: widgetResponses(widgetIdentityStatusSchema, { method: 'get' }),
});
const details = createRoute({
  method: 'post',
  path: '/details',
  operationId: 'saveIdentityDetails',
  tags,
  security,
  summary: 'Submit personal details',
  request: {
    query: noQuery,
    body: jsonBody(personalDetailsSchema, {
      first_name: 'Ada',
      last_name: 'Lovelace',
      date_of_birth: '1990-12-10',
      nationality: 'GB',
      email: 'ada@example.com',
      phone: '+447911123456',
      address: { line1: '12 St James Square', city: 'London', postal_code: 'SW1Y 4JH', country: 'GB' },
    }),
  },
  responses: widgetResponses(widgetIdentityStatusSchema, { method: 'post' }),
});
const document = createRoute({
  method: 'post',
  path: '/document',
  operationId: 'saveIdentityDocument',
  tags,
  security,
  summary: 'Choose the identity document',
  request: {
    query: noQuery,
    body: jsonBody(identityDocumentSchema, {
      type: 'passport',
      issuing_country: 'GB',
      expiry_date: '2031-04-30',
    }),
  },
  responses: widgetResponses(widgetIdentityStatusSchema, { method: 'post' }),
});
const images = createRoute({
  method: 'post',
  path: '/images',
  operationId: 'uploadIdentityImage',
  tags,
  security,
  summary: 'Upload a document side or the selfie (base64 JPEG/PNG)',
  request: {
    query: noQuery,
    body: jsonBody(identityImageSchema, {
      side: 'front',
      content_type: 'image/jpeg',
      data: '/9j/4AAQSkZJRgABAQ==',
    }),
  },
  responses: widgetResponses(widgetIdentityStatusSchema, { method: 'post' }),
});
const handoff = createRoute({
  method: 'post',
  path: '/handoff',
  operationId: 'createIdentityHandoff',
  tags,
  security,
  summary: 'A short-lived link that opens this step on a phone',
  request: { query: noQuery, body: emptyBody },
  responses: widgetResponses(handoffSchema, { method: 'post' }),
});
const phoneSession = createRoute({
  method: 'get',
  path: '/session',
  operationId: 'getIdentityHandoffSession',
  tags,
  security,
  summary: 'The session as the phone sees it (hand-off token)',
  request: { query: noQuery },
  responses: widgetResponses(widgetSessionSchema, { method: 'get' }),
});
const submitChecks = createRoute({
  method: 'post',
  path: '/submit',
  operationId: 'submitIdentity',
  tags,
  security,
  summary: 'Start the checks',
  request: { query: noQuery, body: emptyBody },
  responses: widgetResponses(widgetIdentityStatusSchema, { method: 'post', extra: [502, 504] }),
});

export async function identityStatus(deps: Deps, session: SessionRow): Promise<WidgetIdentityStatus> {
  const row = await verificationOf(deps, session.id);
  if (!row) return { id: null, status: null, details_submitted: false, document: null, images: [] };
  const images = (await imagesOf(deps, row.id)).map((i) => i.side);
  return {
    id: row.id,
    status: row.status,
    details_submitted: row.detailsEnc !== null,
    document: row.document
      ? { type: row.document.type as 'passport', issuing_country: row.document.issuing_country }
      : null,
    images: images.sort(),
  };
}

export function widgetIdentityRoutes(deps: Deps) {
  const app = contractRoutes();
  app.use('*', identityAuth(deps));
  app.use('*', inputGuards);
  const answer = async (s: SessionRow) => identityStatus(deps, s);

  app.openapi(status, async (c) => c.json(await answer(c.get('session')), 200));
  app.openapi(details, async (c) => {
    await saveDetails(deps, c.get('session'), c.req.valid('json'));
    return c.json(await answer(c.get('session')), 200);
  });
  app.openapi(document, async (c) => {
    await saveDocument(deps, c.get('session'), c.req.valid('json'));
    return c.json(await answer(c.get('session')), 200);
  });
  app.openapi(images, async (c) => {
    await saveImage(deps, c.get('session'), c.req.valid('json'));
    return c.json(await answer(c.get('session')), 200);
  });
  // Continue on phone: only the desktop (client token) may mint a link; the phone cannot chain them.
  app.openapi(handoff, async (c) => {
    if (c.get('handoff' as never))
      throw new ApiError('token_invalid', 'A hand-off token cannot create another.');
    const s = c.get('session');
    const { token, expiresAt } = await issueHandoffToken(deps, s.id, s.expiresAt, 'identity');
    const url = `${deps.config.publicUrl}/flow/?session=${s.id}&handoff=identity#token=${encodeURIComponent(token)}`;
    return c.json({ url, expires_at: expiresAt.toISOString(), ttl_seconds: HANDOFF_TTL_MS / 1000 }, 200);
  });

  app.openapi(phoneSession, async (c) => {
    const s = c.get('session');
    const [p] = await deps.database.db
      .select({ name: partners.name })
      .from(partners)
      .where(eq(partners.id, s.partnerId));
    const view: WidgetSession = {
      id: s.id,
      status: s.status,
      partner: { name: p?.name ?? '' },
      flows: ['identity'],
      flow_states: { identity: s.flowStates.identity ?? { status: 'pending', result: null } },
      payment: null,
      allowed_origins: s.allowedOrigins,
      locale: s.locale,
      appearance: (s.appearance ?? null) as WidgetSession['appearance'],
      customer_country: s.customer.country ?? null,
      expires_at: s.expiresAt.toISOString(),
      // The phone opens the flow page by its URL, never a prepared frame.
      frame_policy: 'session',
    };
    return c.json(view, 200);
  });

  app.openapi(submitChecks, async (c) => {
    await submit(deps, c.get('session'));
    return c.json(await answer(c.get('session')), 200);
  });
  return app;
}
