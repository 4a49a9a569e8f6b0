/**
 * Partner API: the partner's identity decision rules (sanctions score thresholds, what a PEP match
 * or a provider "review" does). `GET` shows them with defaults filled in; `POST` changes some.
 */
import { identityRulesResourceSchema, identityRulesSchema } from '@finlet/shared';
import { createRoute } from '@hono/zod-openapi';
import type { Deps } from '../context.ts';
import { rulesFor } from '../identity/resource.ts';
import { updateRules } from '../identity/rules.ts';
import {
  contractRoutes,
  idempotencyHeaders,
  jsonBody,
  noQuery,
  responses,
  secretKey,
} from '../openapi/contract.ts';

const patchSchema = identityRulesSchema.partial();

const tags = ['Identity'];
const security = secretKey;
const read = createRoute({
  method: 'get',
  path: '/',
  operationId: 'getIdentityRules',
  tags,
  security,
  summary: 'The identity decision rules',
  request: { query: noQuery },
  responses: responses(200, identityRulesResourceSchema, { method: 'get' }),
});
const update = createRoute({
  method: 'post',
  path: '/',
  operationId: 'updateIdentityRules',
  tags,
  security,
  summary: 'Change identity decision rules',
  request: {
    query: noQuery,
    headers: idempotencyHeaders,
    body: jsonBody(patchSchema, { sanctions_review_score: 0.9, pep_action: 'review' }),
  },
  responses: responses(200, identityRulesResourceSchema, { method: 'post' }),
});

export function identityRuleRoutes(deps: Deps) {
  const { db } = deps.database;
  const app = contractRoutes();
  app.openapi(read, async (c) =>
    c.json({ object: 'identity_rules' as const, ...(await rulesFor(db, c.get('partner').id)) }, 200),
  );
  app.openapi(update, async (c) => {
    const patch = c.req.valid('json');
    const { after } = await updateRules(deps, c.get('partner').id, patch);
    return c.json({ object: 'identity_rules' as const, ...after }, 200);
  });
  return app;
}
