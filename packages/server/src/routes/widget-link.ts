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
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Deps } from '../context.ts';
import { ApiError } from '../errors.ts';
import { chooseAccounts, startLink, widgetLinkView } from '../links/service.ts';
import { inputGuards } from '../middleware/validate.ts';
import { widgetAuth } from '../middleware/widget-auth.ts';
import {
  clientToken,
  contractRoutes,
  jsonBody,
  noQuery,
  responses,
  widgetResponses,
  withMiddleware,
} from '../openapi/contract.ts';

const tags = ['Widget'];
const security = clientToken;
const { 401: _noToken, ...logoErrors } = responses(200, z.string(), { method: 'get', path: true });
const logo = createRoute({
  method: 'get',
  path: '/institutions/{id}/logo.svg',
  operationId: 'getInstitutionLogo',
  tags,
  security: [],
  summary: 'A bank’s logo (public: an <img> sends no token)',
  request: {
    params: z.object({
      id: z.string().meta({ description: 'The institution’s id.', example: 'sandbox_uk' }),
    }),
    query: noQuery,
  },
  responses: {
    ...logoErrors,
    200: {
      description: 'The logo, cached for a day.',
      headers: { 'Cache-Control': { description: 'public, max-age=86400', schema: { type: 'string' } } },
      content: { 'image/svg+xml': { schema: z.string().meta({ description: 'An SVG document.' }) } },
    },
  },
});
const institutions = createRoute({
  method: 'get',
  path: '/institutions',
  operationId: 'listInstitutions',
  tags,
  security,
  summary: 'Search the banks a customer can link',
  request: { query: institutionQuerySchema },
  responses: widgetResponses(z.object({ data: z.array(institutionSchema) }), { method: 'get' }),
});
const link = createRoute({
  method: 'get',
  path: '/link',
  operationId: 'getWidgetLink',
  tags,
  security,
  summary: 'The link flow as the widget sees it',
  request: { query: noQuery },
  responses: widgetResponses(widgetLinkSchema, { method: 'get' }),
});
const start = createRoute({
  method: 'post',
  path: '/link/start',
  operationId: 'startWidgetLink',
  tags,
  security,
  summary: 'Start the bank consent (returns the bank authorization URL)',
  request: {
    query: noQuery,
    body: jsonBody(widgetLinkStartSchema, { institution: 'sandbox-bank-uk', mode: 'popup' }),
  },
  responses: widgetResponses(widgetLinkStartedSchema, { method: 'post', extra: [502, 504] }),
});
const accounts = createRoute({
  method: 'post',
  path: '/link/accounts',
  operationId: 'chooseWidgetLinkAccounts',
  tags,
  security,
  summary: 'Choose the accounts to share and finish the link',
  request: {
    query: noQuery,
    body: jsonBody(widgetLinkAccountsSchema, { account_ids: ['acc_3kP9sW2xQ7vN1bL8mR4tY6zH'] }),
  },
  responses: widgetResponses(widgetLinkSchema, { method: 'post', extra: [502, 504] }),
});

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export function widgetLinkRoutes(deps: Deps) {
  const app = contractRoutes();
  const auth = widgetAuth(deps);

  // Logos are public (an <img> sends no token) and identical for everyone.
  app.openapi(withMiddleware(logo, inputGuards), (c) => {
    const svg = deps.banks.logo(c.req.valid('param').id);
    if (!svg) throw new ApiError('not_found', 'No such institution.');
    c.header('Content-Type', 'image/svg+xml');
    c.header('Cache-Control', 'public, max-age=86400');
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(svg, 200) as never;
  });

  app.openapi(withMiddleware(institutions, auth, inputGuards), async (c) => {
    const q = c.req.valid('query');
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
    return c.json({ data }, 200);
  });

  app.openapi(withMiddleware(link, auth, inputGuards), async (c) =>
    c.json(await widgetLinkView(deps, c.get('session')), 200),
  );

  app.openapi(withMiddleware(start, auth, inputGuards), async (c) =>
    c.json(await startLink(deps, c.get('session'), c.req.valid('json')), 200),
  );

  app.openapi(withMiddleware(accounts, auth, inputGuards), async (c) =>
    c.json(await chooseAccounts(deps, c.get('session'), c.req.valid('json').account_ids), 200),
  );

  return app;
}
