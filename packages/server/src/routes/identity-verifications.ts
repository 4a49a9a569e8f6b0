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
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../context.ts';
import { ownerOf } from '../db/ownership.ts';
import { listVerifications, loadVerification } from '../identity/listing.ts';
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
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const q = readQuery(c, identityListQuerySchema);
    const { rows, hasMore } = await listVerifications(deps, ownerOf(c.get('partner')), q);
    return c.json({ object: 'list', data: rows.map(toVerificationResource), has_more: hasMore });
  });

  app.get('/:id', pathId('identity_verification'), async (c) =>
    c.json(
      toVerificationResource(
        await loadVerification(deps, ownerOf(c.get('partner')), c.req.valid('param').id),
      ),
    ),
  );

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
