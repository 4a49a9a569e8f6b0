/**
 * Personal data lifecycle: erasure of one customer's data on request (personal details, images and
 * the session's customer fields; the decision trail stays, without personal data) and the purge of
 * document images and selfies older than `FINLET_IMAGE_RETENTION_DAYS`.
 */
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import { identityImages, identityVerifications, sessions } from '../db/schema.ts';

export async function eraseCustomerData(deps: Deps, partnerId: string, reference: string) {
  return deps.database.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const rows = await tx
      .select({
        id: identityVerifications.id,
        hasDetails: sql<boolean>`${identityVerifications.detailsEnc} is not null`,
      })
      .from(identityVerifications)
      .where(
        and(
          eq(identityVerifications.partnerId, partnerId),
          eq(identityVerifications.customerReference, reference),
        ),
      );
    const ids = rows.map((r) => r.id);
    const images = ids.length
      ? await tx
          .delete(identityImages)
          .where(inArray(identityImages.verificationId, ids))
          .returning({ id: identityImages.verificationId })
      : [];
    if (ids.length)
      await tx
        .update(identityVerifications)
        .set({ detailsEnc: null, document: null, erasedAt: now, updatedAt: now })
        .where(inArray(identityVerifications.id, ids));
    const touched = await tx
      .update(sessions)
      .set({ customer: { reference } })
      .where(
        and(
          eq(sessions.partnerId, partnerId),
          sql`${sessions.customer}->>'reference' = ${reference}`,
          sql`${sessions.customer} <> ${JSON.stringify({ reference })}::jsonb`,
        ),
      )
      .returning({ id: sessions.id });
    return {
      object: 'erasure' as const,
      customer_reference: reference,
      erased: {
        identity_verifications: ids.length,
        personal_details: rows.filter((r) => r.hasDetails).length,
        images: images.length,
        session_customer_fields: touched.length,
      },
    };
  });
}

/** Deletes images older than the retention period; returns how many. Run from the housekeeping loop. */
export async function purgeExpiredImages(deps: Deps): Promise<number> {
  const cutoff = new Date(deps.clock.now().getTime() - deps.config.FINLET_IMAGE_RETENTION_DAYS * 86_400_000);
  const gone = await deps.database.db
    .delete(identityImages)
    .where(lt(identityImages.createdAt, cutoff))
    .returning({ id: identityImages.verificationId });
  return gone.length;
}
