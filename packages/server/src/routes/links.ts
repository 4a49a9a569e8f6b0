/**
 * Partner API: links (issue 4). List (newest first, cursor), retrieve, and delete — which ends the
 * consent at the bank, forgets the tokens and emits `link.revoked` (links/revoke.ts). Another
 * partner's link is 404.
 */
import { linkListQuerySchema, linkSchema, listSchema } from '@finlet/shared';
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../context.ts';
import { type Owner, ownerOf } from '../db/ownership.ts';
import type { LinkRow } from '../links/access.ts';
import { findLink, listLinks } from '../links/listing.ts';
import { toLinkResource } from '../links/resources.ts';
import { revokeLink } from '../links/revoke.ts';
import { pathId } from '../middleware/path-id.ts';
import { readQuery } from '../middleware/validate.ts';
import type { RouteDoc } from '../openapi/document.ts';

export const linkDocs: RouteDoc[] = [
  { method: 'get', path: '/v1/links', summary: 'List bank links', tag: 'Links', auth: 'secret_key', query: linkListQuerySchema, response: listSchema(linkSchema) },
  { method: 'get', path: '/v1/links/{id}', summary: 'Retrieve a bank link', tag: 'Links', auth: 'secret_key', response: linkSchema },
  { method: 'delete', path: '/v1/links/{id}', summary: 'Revoke a bank link (ends the consent at the bank)', tag: 'Links', auth: 'secret_key', response: linkSchema },
]; // biome-ignore format: one route a line

export const loadLink = (deps: Deps, owner: Owner, id: string): Promise<LinkRow> => findLink(deps, owner, id);

export function linkRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const q = readQuery(c, linkListQuerySchema);
    const { rows, hasMore } = await listLinks(deps, ownerOf(c.get('partner')), q);
    return c.json({ object: 'list', data: rows.map((l) => toLinkResource(deps, l)), has_more: hasMore });
  });

  app.get('/:id', pathId('link'), async (c) =>
    c.json(toLinkResource(deps, await loadLink(deps, ownerOf(c.get('partner')), c.req.valid('param').id))),
  );

  app.delete('/:id', pathId('link'), async (c) => {
    const link = await loadLink(deps, ownerOf(c.get('partner')), c.req.valid('param').id);
    return c.json(toLinkResource(deps, await revokeLink(deps, link)));
  });

  return app;
}
