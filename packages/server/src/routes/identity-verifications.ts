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
import { createRoute } from '@hono/zod-openapi';
import type { Deps } from '../context.ts';
import { ownerOf } from '../db/ownership.ts';
import { listVerifications, loadVerification } from '../identity/listing.ts';
import { reviewVerification } from '../identity/outcome.ts';
import { toVerificationResource } from '../identity/resource.ts';
import {
  byId,
  contractRoutes,
  idempotencyHeaders,
  idMiddleware,
  jsonBody,
  listBody,
  noQuery,
  responses,
  secretKey,
} from '../openapi/contract.ts';

const tags = ['Identity'];
const security = secretKey;
const list = createRoute({
  method: 'get',
  path: '/',
  operationId: 'listIdentityVerifications',
  tags,
  security,
  summary: 'List identity verifications (status=review: the review queue)',
  request: { query: identityListQuerySchema },
  responses: responses(200, listSchema(identityVerificationSchema), { method: 'get' }),
});
const retrieve = createRoute({
  method: 'get',
  path: '/{id}',
  operationId: 'getIdentityVerification',
  tags,
  security,
  summary: 'Retrieve an identity verification with its checks',
  middleware: idMiddleware('identity_verification'),
  request: { ...byId('identity_verification'), query: noQuery },
  responses: responses(200, identityVerificationSchema, { method: 'get', path: true }),
});
const review = createRoute({
  method: 'post',
  path: '/{id}/review',
  operationId: 'reviewIdentityVerification',
  tags,
  security,
  summary: 'Decide a verification in review',
  middleware: idMiddleware('identity_verification'),
  request: {
    ...byId('identity_verification'),
    query: noQuery,
    headers: idempotencyHeaders,
    body: jsonBody(reviewDecisionSchema, { decision: 'approved', note: 'Passport checked by hand.' }),
  },
  responses: responses(200, identityVerificationSchema, { method: 'post', path: true }),
});

export function identityVerificationRoutes(deps: Deps) {
  const app = contractRoutes();

  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const { rows, hasMore } = await listVerifications(deps, ownerOf(c.get('partner')), q);
    return c.json(listBody(rows.map(toVerificationResource), hasMore), 200);
  });

  app.openapi(retrieve, async (c) =>
    c.json(
      toVerificationResource(
        await loadVerification(deps, ownerOf(c.get('partner')), c.req.valid('param').id),
      ),
      200,
    ),
  );

  app.openapi(review, async (c) => {
    const input = c.req.valid('json');
    const partner = c.get('partner');
    const row = await reviewVerification(
      deps,
      ownerOf(partner),
      partner.keyId,
      c.req.valid('param').id,
      input,
    );
    return c.json(toVerificationResource(row), 200);
  });

  return app;
}
