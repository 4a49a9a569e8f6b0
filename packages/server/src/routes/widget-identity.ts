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
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv, Deps, SessionRow } from '../context.ts';
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
import { readJson } from '../middleware/validate.ts';
import type { RouteDoc } from '../openapi/document.ts';

const handoffSchema = z.object({ url: z.url(), expires_at: z.iso.datetime(), ttl_seconds: z.number().int() });

export const widgetIdentityDocs: RouteDoc[] = [
  { method: 'get', path: '/widget/v1/identity', summary: 'Identity verification status (waiting screen)', tag: 'Widget', auth: 'client_token', response: widgetIdentityStatusSchema },
  { method: 'post', path: '/widget/v1/identity/details', summary: 'Submit personal details', tag: 'Widget', auth: 'client_token', body: personalDetailsSchema, response: widgetIdentityStatusSchema },
  { method: 'post', path: '/widget/v1/identity/document', summary: 'Choose the identity document', tag: 'Widget', auth: 'client_token', body: identityDocumentSchema, response: widgetIdentityStatusSchema },
  { method: 'post', path: '/widget/v1/identity/images', summary: 'Upload a document side or the selfie (base64 JPEG/PNG)', tag: 'Widget', auth: 'client_token', body: identityImageSchema, response: widgetIdentityStatusSchema },
  { method: 'post', path: '/widget/v1/identity/handoff', summary: 'A short-lived link that opens this step on a phone', tag: 'Widget', auth: 'client_token', response: handoffSchema },
  { method: 'get', path: '/widget/v1/identity/session', summary: 'The session as the phone sees it (hand-off token)', tag: 'Widget', auth: 'client_token', response: widgetSessionSchema },
  { method: 'post', path: '/widget/v1/identity/submit', summary: 'Start the checks', tag: 'Widget', auth: 'client_token', response: widgetIdentityStatusSchema },
]; // biome-ignore format: one route a line

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
  const app = new Hono<AppEnv>();
  app.use('*', identityAuth(deps));
  const answer = async (s: SessionRow) => identityStatus(deps, s);

  app.get('/', async (c) => c.json(await answer(c.get('session'))));
  app.post('/details', async (c) => {
    await saveDetails(deps, c.get('session'), await readJson(c, personalDetailsSchema));
    return c.json(await answer(c.get('session')));
  });
  app.post('/document', async (c) => {
    await saveDocument(deps, c.get('session'), await readJson(c, identityDocumentSchema));
    return c.json(await answer(c.get('session')));
  });
  app.post('/images', async (c) => {
    await saveImage(deps, c.get('session'), await readJson(c, identityImageSchema));
    return c.json(await answer(c.get('session')));
  });
  // Continue on phone: only the desktop (client token) may mint a link; the phone cannot chain them.
  app.post('/handoff', async (c) => {
    await readJson(c, z.strictObject({}));
    if (c.get('handoff' as never))
      throw new ApiError('token_invalid', 'A hand-off token cannot create another.');
    const s = c.get('session');
    const { token, expiresAt } = await issueHandoffToken(deps, s.id, s.expiresAt, 'identity');
    const url = `${deps.config.publicUrl}/flow/?session=${s.id}&handoff=identity#token=${encodeURIComponent(token)}`;
    return c.json({ url, expires_at: expiresAt.toISOString(), ttl_seconds: HANDOFF_TTL_MS / 1000 });
  });

  app.get('/session', async (c) => {
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
    return c.json(view);
  });

  app.post('/submit', async (c) => {
    await readJson(c, z.strictObject({}));
    await submit(deps, c.get('session'));
    return c.json(await answer(c.get('session')));
  });
  return app;
}
