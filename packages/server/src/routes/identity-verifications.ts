/**
 * Partner API: identity verifications — list (filter `status=review` for the manual review queue),
 * retrieve, and `POST /:id/review` to decide one in review (recorded with the deciding API key).
 */
import {
  identityListQuerySchema,
  identityVerificationSchema,
  listSchema,
  reviewDecisionSchema,
} from '@finlet/shared';
import { and, desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../context.ts';
import { afterCursor } from '../db/list-cursor.ts';
import { ownedBy, ownerOf } from '../db/ownership.ts';
import { identityVerifications } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { reviewVerification } from '../identity/outcome.ts';
import { toVerificationResource } from '../identity/resource.ts';
import { pathId } from '../middleware/path-id.ts';
import { readJson, readQuery } from '../middleware/validate.ts';
import type { RouteDoc } from '../openapi/document.ts';

export const identityVerificationDocs: RouteDoc[] = [
  { method: 'get', path: '/v1/identity_verifications', summary: 'List identity verifications (status=review: the review queue)', tag: 'Identity', auth: 'secret_key', query: identityListQuerySchema, response: listSchema(identityVerificationSchema) },
  { method: 'get', path: '/v1/identity_verifications/{id}', summary: 'Retrieve an identity verification with its checks', tag: 'Identity', auth: 'secret_key', response: identityVerificationSchema },
  { method: 'post', path: '/v1/identity_verifications/{id}/review', summary: 'Decide a verification in review', tag: 'Identity', auth: 'secret_key', body: reviewDecisionSchema, response: identityVerificationSchema, idempotent: true },
]; // biome-ignore format: one route a line

export function identityVerificationRoutes(deps: Deps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();
  const t = identityVerifications;

  app.get('/', async (c) => {
    const mine = ownedBy(t, ownerOf(c.get('partner')));
    const q = readQuery(c, identityListQuerySchema);
    const cursor = await afterCursor(db, t, mine, q.starting_after, 'verification');
    const rows = await db
      .select()
      .from(t)
      .where(and(mine, q.status ? eq(t.status, q.status) : undefined, cursor))
      .orderBy(desc(t.createdAt), desc(t.id))
      .limit(q.limit + 1);
    return c.json({
      object: 'list',
      data: rows.slice(0, q.limit).map(toVerificationResource),
      has_more: rows.length > q.limit,
    });
  });

  app.get('/:id', pathId('identity_verification'), async (c) => {
    const [row] = await db
      .select()
      .from(t)
      .where(and(eq(t.id, c.req.valid('param').id), ownedBy(t, ownerOf(c.get('partner')))));
    if (!row) throw notFound('identity verification');
    return c.json(toVerificationResource(row));
  });

  app.post('/:id/review', pathId('identity_verification'), async (c) => {
    const input = await readJson(c, reviewDecisionSchema);
    const partner = c.get('partner');
    const row = await reviewVerification(
      deps,
      ownerOf(partner),
      partner.keyId,
      c.req.valid('param').id,
      input,
    );
    return c.json(toVerificationResource(row));
  });

  return app;
}
