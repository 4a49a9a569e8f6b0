import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Context, Hono } from 'hono';
import { compress } from 'hono/compress';
import type { Deps } from '../../context.ts';
import { assertSameOrigin, changes } from '../../dashboard/csrf.ts';
import { ApiError } from '../../errors.ts';
import { setResponseHeader } from '../../middleware/response-header.ts';
import { builtFiles } from '../built-files.ts';
import { meRoutes, publicAuthRoutes } from './auth.ts';
import { developerRoutes } from './developers.ts';
import { type DashboardEnv, signedIn } from './env.ts';
import { partnerRoutes } from './partners.ts';
import { providerAccountRoutes } from './provider-accounts.ts';
import { recordRoutes } from './records.ts';
import { settingsRoutes } from './settings.ts';
import { teamRoutes } from './team.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export const defaultDashboardDist = () =>
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../dashboard/dist');

/** Nothing inline, nothing from elsewhere, never in a frame (no clickjacking of refunds or reviews). */
export const DASHBOARD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "connect-src 'self'",
  "font-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

function apiRoutes(deps: Deps) {
  const api = new Hono<DashboardEnv>();
  api.use('*', async (c, next) => {
    if (changes(c)) assertSameOrigin(deps, c);
    await next();
    setResponseHeader(c, 'Cache-Control', 'no-store');
  });
  api.route('/', publicAuthRoutes(deps));
  api.route('/', meRoutes(deps));
  api.route('/', teamRoutes(deps));
  api.route('/partners', partnerRoutes(deps));
  for (const mode of ['test', 'live'] as const) {
    const scoped = new Hono<DashboardEnv>();
    scoped.use('*', signedIn(deps));
    scoped.route('/', recordRoutes(deps, mode));
    scoped.route('/', developerRoutes(deps, mode));
    scoped.route('/', providerAccountRoutes(deps, mode));
    api.route(`/${mode}`, scoped);
  }
  const settings = new Hono<DashboardEnv>();
  settings.use('*', signedIn(deps));
  settings.route('/', settingsRoutes(deps));
  api.route('/settings', settings);
  return api;
}

export function dashboardRoutes(deps: Deps) {
  const dist = deps.config.FINLET_DASHBOARD_DIST ?? defaultDashboardDist();
  const file = builtFiles(dist, 'dashboard', deps.config);

  const app = new Hono<DashboardEnv>();
  app.route('/dashboard/api', apiRoutes(deps));
  app.use('/dashboard/assets/*', compress());

  app.get('/dashboard/assets/:name', async (c) => {
    const name = c.req.param('name');
    if (!/^[\w.-]+$/.test(name) || name.startsWith('.')) throw new ApiError('route_not_found');
    const body = await file(`assets/${name}`);
    c.header('Content-Type', TYPES[path.extname(name)] ?? 'application/octet-stream');
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(new Uint8Array(body));
  });

  // Every other path under /dashboard is a page of the app: the same document, routed in the browser.
  const page = async (c: Context<DashboardEnv>) => {
    const body = await file('index.html');
    c.header('Content-Type', 'text/html; charset=utf-8');
    c.header('Cache-Control', 'no-store');
    c.header('Content-Security-Policy', DASHBOARD_CSP);
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(new Uint8Array(body));
  };
  app.get('/dashboard', page);
  app.get('/dashboard/*', page);
  return app;
}
