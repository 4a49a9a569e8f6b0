/**
 * The partner-facing `identity_verification` resource (no personal details: those stay encrypted
 * in the database) and the decision rules of a partner, defaults filled in.
 */
import { type IdentityRules, type IdentityVerification, identityRulesSchema } from '@finlet/shared';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { identityRules, type identityVerifications } from '../db/schema.ts';

export type VerificationRow = typeof identityVerifications.$inferSelect;

export function toVerificationResource(row: VerificationRow): IdentityVerification {
  return {
    id: row.id,
    object: 'identity_verification',
    livemode: row.livemode,
    session_id: row.sessionId,
    customer_reference: row.customerReference,
    status: row.status,
    document: row.document
      ? { type: row.document.type as 'passport', issuing_country: row.document.issuing_country }
      : null,
    checks: row.checks as IdentityVerification['checks'],
    reviews: row.reviews as IdentityVerification['reviews'],
    created_at: row.createdAt.toISOString(),
    decided_at: row.decidedAt?.toISOString() ?? null,
    erased_at: row.erasedAt?.toISOString() ?? null,
  };
}

export async function rulesFor(db: DbOrTx, partnerId: string): Promise<IdentityRules> {
  const [row] = await db.select().from(identityRules).where(eq(identityRules.partnerId, partnerId));
  return identityRulesSchema.parse(row?.rules ?? {});
}
