/**
 * Changing a partner's identity decision rules: a patch over the current rules (defaults filled
 * in), refused when the decline score would sit below the review score. Used by
 * `POST /v1/identity_rules` and the dashboard's settings; returns the rules before and after.
 */
import type { IdentityRules } from '@finlet/shared';
import type { Deps } from '../context.ts';
import type { DbOrTx } from '../db/client.ts';
import { identityRules } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import { rulesFor } from './resource.ts';

export async function updateRules(
  deps: Deps,
  partnerId: string,
  patch: Partial<IdentityRules>,
  tx: DbOrTx = deps.database.db,
): Promise<{ before: IdentityRules; after: IdentityRules }> {
  const before = await rulesFor(tx, partnerId);
  const after = { ...before, ...patch };
  if (after.sanctions_decline_score !== null && after.sanctions_decline_score < after.sanctions_review_score)
    throw new ApiError(
      'invalid_request',
      'sanctions_decline_score must be at least sanctions_review_score.',
      'sanctions_decline_score',
    );
  const values = { partnerId, rules: after, updatedAt: deps.clock.now() };
  await tx
    .insert(identityRules)
    .values(values)
    .onConflictDoUpdate({ target: identityRules.partnerId, set: values });
  return { before, after };
}
