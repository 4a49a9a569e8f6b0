/**
 * Partner API: the partner's identity decision rules (sanctions score thresholds, what a PEP match
 * or a provider "review" does). `GET` shows them with defaults filled in; `POST` changes some.
 */
import { identityRulesResourceSchema, identityRulesSchema } from '@finlet/shared';
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../context.ts';
import { rulesFor } from '../identity/resource.ts';
import { updateRules } from '../identity/rules.ts';
import { readJson } from '../middleware/validate.ts';
import type { RouteDoc } from '../openapi/document.ts';

const patchSchema = identityRulesSchema.partial();

export const identityRuleDocs: RouteDoc[] = [
  { method: 'get', path: '/v1/identity_rules', summary: 'The identity decision rules', tag: 'Identity', auth: 'secret_key', response: identityRulesResourceSchema },
  { method: 'post', path: '/v1/identity_rules', summary: 'Change identity decision rules', tag: 'Identity', auth: 'secret_key', body: patchSchema, response: identityRulesResourceSchema, idempotent: true },
]; // biome-ignore format: one route a line

export function identityRuleRoutes(deps: Deps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();
  app.get('/', async (c) =>
    c.json({ object: 'identity_rules', ...(await rulesFor(db, c.get('partner').id)) }),
  );
  app.post('/', async (c) => {
    const patch = await readJson(c, patchSchema);
    const { after } = await updateRules(deps, c.get('partner').id, patch);
    return c.json({ object: 'identity_rules', ...after });
  });
  return app;
}
