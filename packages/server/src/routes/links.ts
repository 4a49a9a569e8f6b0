/**
 * Partner API: links (issue 4). List (newest first, cursor), retrieve, and delete — which ends the
 * consent at the bank, forgets the tokens and emits `link.revoked` (links/revoke.ts). Another
 * partner's link is 404.
 */
import { linkListQuerySchema, linkSchema, listSchema } from '@finlet/shared';
import { createRoute } from '@hono/zod-openapi';
import type { Deps } from '../context.ts';
import { type Owner, ownerOf } from '../db/ownership.ts';
import type { LinkRow } from '../links/access.ts';
import { findLink, listLinks } from '../links/listing.ts';
import { toLinkResource } from '../links/resources.ts';
import { revokeLink } from '../links/revoke.ts';
import {
  byId,
  contractRoutes,
  idMiddleware,
  listBody,
  noQuery,
  responses,
  secretKey,
} from '../openapi/contract.ts';

const tags = ['Links'];
const security = secretKey;
const list = createRoute({
  method: 'get',
  path: '/',
  operationId: 'listLinks',
  tags,
  security,
  summary: 'List bank links',
  request: { query: linkListQuerySchema },
  responses: responses(200, listSchema(linkSchema), { method: 'get' }),
});
const retrieve = createRoute({
  method: 'get',
  path: '/{id}',
  operationId: 'getLink',
  tags,
  security,
  summary: 'Retrieve a bank link',
  middleware: idMiddleware('link'),
  request: { ...byId('link'), query: noQuery },
  responses: responses(200, linkSchema, { method: 'get', path: true }),
});
const revoke = createRoute({
  method: 'delete',
  path: '/{id}',
  operationId: 'revokeLink',
  tags,
  security,
  summary: 'Revoke a bank link (ends the consent at the bank)',
  middleware: idMiddleware('link'),
  request: { ...byId('link'), query: noQuery },
  responses: responses(200, linkSchema, { method: 'delete', path: true }),
});

export const loadLink = (deps: Deps, owner: Owner, id: string): Promise<LinkRow> => findLink(deps, owner, id);

export function linkRoutes(deps: Deps) {
  const app = contractRoutes();

  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const { rows, hasMore } = await listLinks(deps, ownerOf(c.get('partner')), q);
    return c.json(
      listBody(
        rows.map((l) => toLinkResource(deps, l)),
        hasMore,
      ),
      200,
    );
  });

  app.openapi(retrieve, async (c) =>
    c.json(
      toLinkResource(deps, await loadLink(deps, ownerOf(c.get('partner')), c.req.valid('param').id)),
      200,
    ),
  );

  app.openapi(revoke, async (c) => {
    const link = await loadLink(deps, ownerOf(c.get('partner')), c.req.valid('param').id);
    return c.json(toLinkResource(deps, await revokeLink(deps, link)), 200);
  });

  return app;
}
