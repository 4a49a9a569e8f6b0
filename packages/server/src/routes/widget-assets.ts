import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isId } from '@finlet/shared';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { CardProcessor } from '../connectors/payments/processor.ts';
import type { AppEnv, Deps } from '../context.ts';
import type { Owner } from '../db/ownership.ts';
import { sessions } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import { builtFiles } from './built-files.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export const defaultWidgetDist = () =>
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../widget/dist');

/**
 * The flow app's policy: nothing inline, nothing from elsewhere except named provider frames and
 * the card processor's browser tokenizer (the card goes there, never to Finlet).
 */
export function flowCsp(
  frameAncestors: string[],
  frameSources: string[] = [],
  connectSources: string[] = [],
): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    `connect-src 'self'${connectSources.map((s) => ` ${s}`).join('')}`,
    "font-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    `frame-src 'self'${frameSources.map((s) => ` ${s}`).join('')}`,
    `frame-ancestors ${frameAncestors.length ? frameAncestors.join(' ') : "'none'"}`,
  ].join('; ');
}

/** How long the flow page's policy for one session is kept (its allowed origins never change). */
const SESSION_CSP_TTL_MS = 60_000;
/** At most this many sessions' policies are kept; the oldest goes first. */
const SESSION_CSP_MAX = 10_000;

/**
 * What the session's card processor needs in the flow's policy (test mode, or no session: the
 * sandbox's): its 3-D Secure pages to frame, and its browser tokenizer to post the card to.
 */
async function processorSources(deps: Deps, owner?: Owner): Promise<{ frame: string[]; connect: string[] }> {
  let processor: CardProcessor | undefined = deps.providers.sandbox.processor;
  if (owner) {
    const providers = await deps.providers.for(owner);
    processor = providers.has('cards') ? providers.cards().processor : undefined;
  }
  if (!processor) return { frame: [], connect: [] };
  const { collection } = processor;
  return {
    frame: [processor.challengeOrigin],
    connect: collection.kind === 'sandbox_tokenizer' ? [new URL(collection.url).origin] : [],
  };
}

export function widgetAssetRoutes(deps: Deps) {
  const dist = deps.config.FINLET_WIDGET_DIST ?? defaultWidgetDist();
  const file = builtFiles(dist, 'widget', deps.config);

  const app = new Hono<AppEnv>();
  // Only these routes: a sub-app mounted at / would otherwise compress every API response too.
  app.use('/widget.js', compress());
  app.use('/flow/*', compress());

  app.get('/widget.js', async (c) => {
    const body = await file('widget.js');
    c.header('Content-Type', TYPES['.js']!);
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(new Uint8Array(body));
  });

  // A session's policy: its allowed origins (they never change) and its card processor's origins
  // (a partner's live account, read again after SESSION_CSP_TTL_MS). Kept briefly, so a frame that
  // reloads, or a second open of the same session, costs no query. An unknown id is not kept.
  const sessionCsp = new Map<string, { at: number; csp: string }>();
  async function cspOf(id: string): Promise<string> {
    const now = deps.clock.now().getTime();
    const hit = sessionCsp.get(id);
    if (hit && now - hit.at < SESSION_CSP_TTL_MS) return hit.csp;
    const [s] = await deps.database.db
      .select({
        allowedOrigins: sessions.allowedOrigins,
        partnerId: sessions.partnerId,
        livemode: sessions.livemode,
      })
      .from(sessions)
      .where(eq(sessions.id, id));
    if (!s) return flowCsp([], ...(await sharedSources()));
    const owner: Owner = { partnerId: s.partnerId, livemode: s.livemode };
    const sources = await processorSources(deps, owner);
    const csp = flowCsp(s.allowedOrigins, sources.frame, sources.connect);
    sessionCsp.delete(id);
    sessionCsp.set(id, { at: now, csp });
    if (sessionCsp.size > SESSION_CSP_MAX) sessionCsp.delete(sessionCsp.keys().next().value!);
    return csp;
  }
  // The deployment's own processor (the sandbox's): what a test-mode session's frame needs, and
  // so what the prepared frame's policy names.
  let shared: Promise<[string[], string[]]> | undefined;
  const sharedSources = () => {
    shared ??= processorSources(deps).then((s) => [s.frame, s.connect]);
    return shared;
  };

  app.get('/flow/', async (c) => {
    const id = c.req.query('session');
    const csp = id && isId('session', id) ? await cspOf(id) : flowCsp([], ...(await sharedSources()));
    const body = await file('flow/index.html');
    c.header('Content-Type', 'text/html; charset=utf-8');
    c.header('Cache-Control', 'no-store');
    c.header('Content-Security-Policy', csp);
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(new Uint8Array(body));
  });

  // The loader's prepared frame (packages/widget/src/loader/preload.ts): the flow page itself,
  // waiting for a session, which `open()` hands over by message. Any page may frame it: it holds
  // no session until the loader hands one over, and the app checks the page (the hand-off's
  // origin and every ancestor's) against that session's allowed origins before it reads or shows
  // anything — the check `frame-ancestors` makes for a session's own page. The rest of the policy
  // is the flow's, with the deployment's card processor: a session whose processor is another
  // (a live account's) reloads as its own page (`frame_policy` in the widget session read). The
  // same for every page and session, so it is cached.
  app.get('/flow/warm', async (c) => {
    const body = await file('flow/index.html');
    c.header('Content-Type', 'text/html; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Content-Security-Policy', flowCsp(['*'], ...(await sharedSources())));
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(new Uint8Array(body));
  });

  app.get('/flow/assets/:name', async (c) => {
    const name = c.req.param('name');
    if (!/^[\w.-]+$/.test(name) || name.startsWith('.')) throw new ApiError('route_not_found');
    const body = await file(`flow/assets/${name}`);
    c.header('Content-Type', TYPES[path.extname(name)] ?? 'application/octet-stream');
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(new Uint8Array(body));
  });
  return app;
}
