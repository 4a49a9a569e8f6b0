/**
 * Widget API (`/widget/v1/*`), called by the flow app inside the iframe with the session's client
 * token. It exposes only what the frame needs (no partner secrets, no customer PII).
 */

import {
  type WidgetSession,
  widgetCompleteSchema,
  widgetEmbeddingSchema,
  widgetSessionSchema,
} from '@finlet/shared';
import { createRoute } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { cors } from 'hono/cors';
import type { Deps, SessionRow } from '../context.ts';
import { partners } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import { inputGuards } from '../middleware/validate.ts';
import { widgetAuth } from '../middleware/widget-auth.ts';
import {
  clientToken,
  contractRoutes,
  emptyBody,
  noQuery,
  widgetResponses,
  withMiddleware,
} from '../openapi/contract.ts';
import { completeSession, flowSummary } from '../sessions/lifecycle.ts';

const tags = ['Widget'];
const security = clientToken;
const session = createRoute({
  method: 'get',
  path: '/session',
  operationId: 'getWidgetSession',
  tags,
  security,
  summary: 'The session as the widget sees it',
  request: { query: noQuery },
  responses: widgetResponses(widgetSessionSchema, { method: 'get' }),
});
const embedding = createRoute({
  method: 'get',
  path: '/session/embedding',
  operationId: 'getWidgetEmbedding',
  tags,
  security,
  summary:
    'May the calling page (its Origin) embed this session? For the loader, when the frame never answers',
  request: { query: noQuery },
  responses: widgetResponses(widgetEmbeddingSchema, { method: 'get' }),
});
const complete = createRoute({
  method: 'post',
  path: '/session/complete',
  operationId: 'completeWidgetSession',
  tags,
  security,
  summary: 'Complete the session and get the result token',
  request: { query: noQuery, body: emptyBody },
  responses: widgetResponses(widgetCompleteSchema, { method: 'post' }),
});

/**
 * How long a widget node shows a partner's name and appearance before reading them again: a change
 * is announced to every node (db/notifications.ts), so this is only the bound while one is not heard.
 */
const PARTNER_TTL_MS = { hearing: 60_000, deaf: 10_000 };

export function widgetRoutes(deps: Deps) {
  const app = contractRoutes();
  // The partner's name and dashboard appearance, kept briefly: every widget call shows them, and a
  // read each time would cost one statement per call (sessions/read-batch.ts groups the session
  // reads themselves). A change made in the dashboard is announced and shows in the widget at once.
  const cache = new Map<string, { at: number; name: string; appearance: Record<string, string> | null }>();
  deps.notifications.on('partner', (id) => (id ? cache.delete(id) : cache.clear()));
  async function partnerOf(id: string) {
    const now = deps.clock.now().getTime();
    const hit = cache.get(id);
    const ttl = deps.notifications.hearing() ? PARTNER_TTL_MS.hearing : PARTNER_TTL_MS.deaf;
    if (hit && now - hit.at < ttl) return hit;
    const [p] = await deps.database.db
      .select({ name: partners.name, appearance: partners.appearance })
      .from(partners)
      .where(eq(partners.id, id));
    const fresh = { at: now, name: p?.name ?? '', appearance: p?.appearance ?? null };
    cache.set(id, fresh);
    return fresh;
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
      customer_country: s.customer.country ?? null,
      expires_at: s.expiresAt.toISOString(),
      // A test-mode session pays through the sandbox processor, the one the shared policy names.
      frame_policy: s.livemode ? 'session' : 'shared',
    };
  }

  const auth = widgetAuth(deps);
  app.openapi(withMiddleware(session, auth, inputGuards), async (c) =>
    c.json(await view(c.get('session')), 200),
  );

  // The loader's question when its frame never said `ready` (the browser refused to frame it, so
  // the frame cannot say why): asked from the partner's page, so it answers any origin (CORS) —
  // it discloses only why this token's widget cannot run there, to a page that holds the token.
  app.use(
    '/session/embedding',
    cors({ origin: '*', allowMethods: ['GET'], allowHeaders: ['authorization'], maxAge: 600 }),
  );
  app.openapi(withMiddleware(embedding, auth, inputGuards), (c) => {
    const origin = c.req.header('origin');
    if (!origin || !c.get('session').allowedOrigins.includes(origin)) {
      throw new ApiError(
        'origin_not_allowed',
        `${origin ?? 'A page without an origin'} may not embed this session.`,
      );
    }
    return c.json({ embeddable: true as const, origin }, 200);
  });

  // A completed session may be completed again: the frame retries after a lost response.
  app.openapi(
    withMiddleware(complete, widgetAuth(deps, { allowCompleted: true }), inputGuards),
    async (c) => {
      const s = await completeSession(deps, c.get('session'));
      const summary = flowSummary(s);
      const result_token = await deps.tokens.issueResultToken(s.partnerId, s.id, {
        livemode: s.livemode,
        status: s.status,
        ...summary,
      });
      return c.json({ session_id: s.id, result_token, summary }, 200);
    },
  );

  return app;
}
