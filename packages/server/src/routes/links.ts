/**
 * Partner API: links (issue 4). List (newest first, cursor), retrieve, and delete — which ends the
 * consent at the bank, forgets the tokens and emits `link.revoked`. Another partner's link is 404.
 */
import { linkListQuerySchema, linkSchema, listSchema } from '@finlet/shared';
import { and, desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { BankTokens } from '../connectors/bank/oauth.ts';
import { BankAccessError } from '../connectors/bank/types.ts';
import type { AppEnv, Deps } from '../context.ts';
import { afterCursor } from '../db/list-cursor.ts';
import { type Owner, ownedBy, ownerOf } from '../db/ownership.ts';
import { links } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { connectorOf, type LinkRow, TOKENS_CONTEXT } from '../links/access.ts';
import { toLinkResource } from '../links/resources.ts';
import { pathId } from '../middleware/path-id.ts';
import { readQuery } from '../middleware/validate.ts';
import type { RouteDoc } from '../openapi/document.ts';
import { recordEvent } from '../webhooks/outbox.ts';

export const linkDocs: RouteDoc[] = [
  { method: 'get', path: '/v1/links', summary: 'List bank links', tag: 'Links', auth: 'secret_key', query: linkListQuerySchema, response: listSchema(linkSchema) },
  { method: 'get', path: '/v1/links/{id}', summary: 'Retrieve a bank link', tag: 'Links', auth: 'secret_key', response: linkSchema },
  { method: 'delete', path: '/v1/links/{id}', summary: 'Revoke a bank link (ends the consent at the bank)', tag: 'Links', auth: 'secret_key', response: linkSchema },
]; // biome-ignore format: one route a line

export async function loadLink(deps: Deps, owner: Owner, id: string): Promise<LinkRow> {
  const [row] = await deps.database.db
    .select()
    .from(links)
    .where(and(eq(links.id, id), ownedBy(links, owner)));
  if (!row) throw notFound('link');
  return row;
}

export function linkRoutes(deps: Deps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const mine = ownedBy(links, ownerOf(c.get('partner')));
    const q = readQuery(c, linkListQuerySchema);
    const cursor = await afterCursor(db, links, mine, q.starting_after, 'link');
    const rows = await db
      .select()
      .from(links)
      .where(and(mine, cursor))
      .orderBy(desc(links.createdAt), desc(links.id))
      .limit(q.limit + 1);
    return c.json({
      object: 'list',
      data: rows.slice(0, q.limit).map((l) => toLinkResource(deps, l)),
      has_more: rows.length > q.limit,
    });
  });

  app.get('/:id', pathId('link'), async (c) =>
    c.json(toLinkResource(deps, await loadLink(deps, ownerOf(c.get('partner')), c.req.valid('param').id))),
  );

  app.delete('/:id', pathId('link'), async (c) => {
    const link = await loadLink(deps, ownerOf(c.get('partner')), c.req.valid('param').id);
    if (link.status === 'revoked') return c.json(toLinkResource(deps, link));
    if (link.tokensEnc) {
      const tokens = JSON.parse(deps.cipher.decryptText(link.tokensEnc, TOKENS_CONTEXT)) as BankTokens;
      try {
        await connectorOf(deps, link).revoke({
          consentId: link.bankConsentId,
          accessToken: tokens.accessToken,
          refreshToken: tokens.refreshToken,
        });
      } catch (error) {
        // A consent the bank already ended is as good as revoked.
        if (!(error instanceof BankAccessError)) throw error;
      }
    }
    const now = deps.clock.now();
    const updated = await db.transaction(async (tx) => {
      const [row] = await tx
        .update(links)
        .set({ status: 'revoked', tokensEnc: null, updatedAt: now })
        .where(eq(links.id, link.id))
        .returning();
      await recordEvent(tx, {
        partnerId: link.partnerId,
        type: 'link.revoked',
        object: toLinkResource(deps, row!),
        now,
      });
      return row!;
    });
    deps.pokeDispatcher();
    return c.json(toLinkResource(deps, updated));
  });

  return app;
}
