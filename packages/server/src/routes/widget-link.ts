/**
 * Widget API of the link flow (`/widget/v1/…`, client token): the institution directory with each
 * bank's health (from its circuit breaker) and logo, starting the bank consent (popup or
 * full-page redirect), the link's progress as the frame sees it, and the user's account choice.
 */
import {
  institutionQuerySchema,
  institutionSchema,
  widgetLinkAccountsSchema,
  widgetLinkSchema,
  widgetLinkStartedSchema,
  widgetLinkStartSchema,
} from '@finlet/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv, Deps } from '../context.ts';
import { ApiError } from '../errors.ts';
import { chooseAccounts, startLink, widgetLinkView } from '../links/service.ts';
import { readJson, readQuery } from '../middleware/validate.ts';
import { widgetAuth } from '../middleware/widget-auth.ts';
import type { RouteDoc } from '../openapi/document.ts';

export const widgetLinkDocs: RouteDoc[] = [
  { method: 'get', path: '/widget/v1/institutions/{id}/logo.svg', summary: 'A bank’s logo (public: an <img> sends no token)', tag: 'Widget', auth: 'none', produces: 'image/svg+xml' },
  { method: 'get', path: '/widget/v1/institutions', summary: 'Search the banks a customer can link', tag: 'Widget', auth: 'client_token', query: institutionQuerySchema, response: z.object({ data: z.array(institutionSchema) }) },
  { method: 'get', path: '/widget/v1/link', summary: 'The link flow as the widget sees it', tag: 'Widget', auth: 'client_token', response: widgetLinkSchema },
  { method: 'post', path: '/widget/v1/link/start', summary: 'Start the bank consent (returns the bank authorization URL)', tag: 'Widget', auth: 'client_token', body: widgetLinkStartSchema, response: widgetLinkStartedSchema },
  { method: 'post', path: '/widget/v1/link/accounts', summary: 'Choose the accounts to share and finish the link', tag: 'Widget', auth: 'client_token', body: widgetLinkAccountsSchema, response: widgetLinkSchema },
]; // biome-ignore format: one route a line

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export function widgetLinkRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();

  // Logos are public (an <img> sends no token) and identical for everyone.
  app.get('/institutions/:id/logo.svg', (c) => {
    const svg = deps.banks.logo(c.req.param('id'));
    if (!svg) throw new ApiError('not_found', 'No such institution.');
    c.header('Content-Type', 'image/svg+xml');
    c.header('Cache-Control', 'public, max-age=86400');
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(svg);
  });

  app.get('/institutions', widgetAuth(deps), async (c) => {
    const q = readQuery(c, institutionQuerySchema);
    const query = fold(q.query?.trim() ?? '');
    const data = (await deps.providers.for(c.get('session'))).banks
      .linkable()
      .filter((b) => !q.country || b.institution.country === q.country.toUpperCase())
      .filter((b) => !query || fold(b.institution.name).includes(query) || b.institution.id.includes(query))
      .map((b) => ({
        ...b.institution,
        logo_url: `/widget/v1/institutions/${b.institution.id}/logo.svg`,
        health: b.health(),
      }));
    return c.json({ data });
  });

  app.get('/link', widgetAuth(deps), async (c) => c.json(await widgetLinkView(deps, c.get('session'))));

  app.post('/link/start', widgetAuth(deps), async (c) => {
    const input = await readJson(c, widgetLinkStartSchema);
    return c.json(await startLink(deps, c.get('session'), input));
  });

  app.post('/link/accounts', widgetAuth(deps), async (c) => {
    const input = await readJson(c, widgetLinkAccountsSchema);
    return c.json(await chooseAccounts(deps, c.get('session'), input.account_ids));
  });

  return app;
}
