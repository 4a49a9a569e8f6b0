/**
 * Widget API (`/widget/v1/*`), called by the flow app inside the iframe with the session's client
 * token. It exposes only what the frame needs (no partner secrets, no customer PII).
 */

import { type WidgetSession, widgetCompleteSchema, widgetSessionSchema } from '@finlet/shared';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv, Deps, SessionRow } from '../context.ts';
import { partners } from '../db/schema.ts';
import { readJson } from '../middleware/validate.ts';
import { widgetAuth } from '../middleware/widget-auth.ts';
import type { RouteDoc } from '../openapi/document.ts';
import { completeSession, flowSummary } from '../sessions/lifecycle.ts';

export const widgetDocs: RouteDoc[] = [
  { method: 'get', path: '/widget/v1/session', summary: 'The session as the widget sees it', tag: 'Widget', auth: 'client_token', response: widgetSessionSchema },
  { method: 'post', path: '/widget/v1/session/complete', summary: 'Complete the session and get the result token', tag: 'Widget', auth: 'client_token', response: widgetCompleteSchema },
]; // biome-ignore format: one route a line

export function widgetRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  async function partnerOf(id: string) {
    const [p] = await deps.database.db
      .select({ name: partners.name, appearance: partners.appearance })
      .from(partners)
      .where(eq(partners.id, id));
    return { name: p?.name ?? '', appearance: p?.appearance ?? null };
  }

  async function view(s: SessionRow): Promise<WidgetSession> {
    const partner = await partnerOf(s.partnerId);
    return {
      id: s.id,
      status: s.status,
      partner: { name: partner.name },
      flows: s.flows as WidgetSession['flows'],
      flow_states: s.flowStates,
      payment: s.payment ?? null,
      allowed_origins: s.allowedOrigins,
      locale: s.locale,
      // The session's own look, else the one the partner set in the dashboard.
      appearance: (s.appearance ?? partner.appearance ?? null) as WidgetSession['appearance'],
      expires_at: s.expiresAt.toISOString(),
    };
  }

  app.get('/session', widgetAuth(deps), async (c) => c.json(await view(c.get('session'))));

  // A completed session may be completed again: the frame retries after a lost response.
  app.post('/session/complete', widgetAuth(deps, { allowCompleted: true }), async (c) => {
    await readJson(c, z.strictObject({}));
    const s = await completeSession(deps, c.get('session'));
    const summary = flowSummary(s);
    const result_token = await deps.tokens.issueResultToken(s.partnerId, s.id, {
      status: s.status,
      ...summary,
    });
    return c.json({ session_id: s.id, result_token, summary });
  });

  return app;
}
