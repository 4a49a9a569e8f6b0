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

/**
 * The prepared frame's policy (`/flow/warm`, see the route): any page may frame it, because it
 * shows nothing, reads nothing and sends nothing — it only loads Finlet's own scripts.
 */
export const WARM_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

/** The flow page without its app: the same head (entry chunk, preloads, stylesheet), an empty body. */
export const warmPage = (flowPage: string) => flowPage.replace(/<finlet-app>\s*<\/finlet-app>/, '');

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

  app.get('/flow/', async (c) => {
    const id = c.req.query('session');
    let ancestors: string[] = [];
    let owner: Owner | undefined;
    if (id && isId('session', id)) {
      const [s] = await deps.database.db
        .select({
          allowedOrigins: sessions.allowedOrigins,
          partnerId: sessions.partnerId,
          livemode: sessions.livemode,
        })
        .from(sessions)
        .where(eq(sessions.id, id));
      ancestors = s?.allowedOrigins ?? [];
      owner = s && { partnerId: s.partnerId, livemode: s.livemode };
    }
    const sources = await processorSources(deps, owner);
    const body = await file('flow/index.html');
    c.header('Content-Type', 'text/html; charset=utf-8');
    c.header('Cache-Control', 'no-store');
    c.header('Content-Security-Policy', flowCsp(ancestors, sources.frame, sources.connect));
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(new Uint8Array(body));
  });

  // The loader's prepared frame (packages/widget/src/loader/preload.ts): loading the flow's scripts
  // before open() puts the frame's process, connection and module graph in place, so the real
  // frame (`/flow/?session=…`, with the session's own frame-ancestors) starts warm. It is the same
  // for every session and page, so it may be cached.
  app.get('/flow/warm', async (c) => {
    const page = warmPage((await file('flow/index.html')).toString('utf8'));
    c.header('Content-Type', 'text/html; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Content-Security-Policy', WARM_CSP);
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(page);
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
