/**
 * Personal data lifecycle: erasure of one customer's data on request, and the purge of document
 * images and selfies older than `FINLET_IMAGE_RETENTION_DAYS`.
 *
 * Erasure reaches every copy Finlet keeps, in one transaction: the identity verifications
 * (details, document, images, screening explanations, review notes), the sessions' customer
 * fields, the event log — which is also what webhooks deliver, so a redelivery sends the redacted
 * payload — and the stored idempotent responses. Copies are redacted in place by the rules of
 * identity/redaction.ts: ids, types, statuses and amounts stay, so the decision trail and the
 * accounting do. Webhook delivery rows and attempts hold no payload, bank owners are read live
 * from the bank and never stored, and card data never reaches the database, so there is nothing
 * more to erase. What the partner wrote itself (session `metadata`, payment `description`) is
 * the partner's to keep out of personal data.
 */
import type { IdentityCheck } from '@finlet/shared';
import { and, eq, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import type { Tx } from '../db/client.ts';
import { idempotencyScope, type Owner, ownedBy } from '../db/ownership.ts';
import { events, idempotencyKeys, identityImages, identityVerifications, sessions } from '../db/schema.ts';
import { BODY_CONTEXT } from '../middleware/idempotency.ts';
import { redactChecks, redactCustomer, redactReviews } from './redaction.ts';

/** Erases what `owner` (a partner in one mode) holds about the customer; the other mode is its own. */
export async function eraseCustomerData(deps: Deps, owner: Owner, reference: string) {
  return deps.database.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const verifications = await eraseVerifications(tx, owner, reference, now);
    const touched = await tx
      .update(sessions)
      .set({ customer: { reference } })
      .where(
        and(
          ownedBy(sessions, owner),
          sql`${sessions.customer}->>'reference' = ${reference}`,
          sql`${sessions.customer} <> ${JSON.stringify({ reference })}::jsonb`,
        ),
      )
      .returning({ id: sessions.id });
    return {
      object: 'erasure' as const,
      customer_reference: reference,
      erased: {
        ...verifications,
        session_customer_fields: touched.length,
        events: await redactEvents(tx, owner, reference),
        idempotency_records: await redactIdempotentResponses(deps, tx, idempotencyScope(owner), reference),
      },
    };
  });
}

async function eraseVerifications(tx: Tx, owner: Owner, reference: string, now: Date) {
  const rows = await tx
    .select({
      id: identityVerifications.id,
      hasDetails: sql<boolean>`${identityVerifications.detailsEnc} is not null`,
      checks: identityVerifications.checks,
      reviews: identityVerifications.reviews,
    })
    .from(identityVerifications)
    .where(
      and(ownedBy(identityVerifications, owner), eq(identityVerifications.customerReference, reference)),
    );
  const ids = rows.map((r) => r.id);
  const images = ids.length
    ? await tx
        .delete(identityImages)
        .where(inArray(identityImages.verificationId, ids))
        .returning({ id: identityImages.verificationId })
    : [];
  for (const row of rows) {
    await tx
      .update(identityVerifications)
      .set({
        detailsEnc: null,
        document: null,
        checks: redactChecks(row.checks as IdentityCheck[]),
        reviews: redactReviews(row.reviews),
        erasedAt: now,
        updatedAt: now,
      })
      .where(eq(identityVerifications.id, row.id));
  }
  return {
    identity_verifications: ids.length,
    personal_details: rows.filter((r) => r.hasDetails).length,
    images: images.length,
  };
}

/** Redacts in place the events about the customer's sessions and verifications; returns how many changed. */
async function redactEvents(tx: Tx, owner: Owner, reference: string): Promise<number> {
  const about = sql`${events.data}->'object'`;
  const rows = await tx
    .select({ id: events.id, data: events.data })
    .from(events)
    .where(
      and(
        ownedBy(events, owner),
        or(
          sql`${about}->>'object' = 'session' and ${about}->'customer'->>'reference' = ${reference}`,
          sql`${about}->>'object' = 'identity_verification' and ${about}->>'customer_reference' = ${reference}`,
        ),
      ),
    );
  let changed = 0;
  for (const row of rows) {
    const redacted = redactCustomer(row.data, reference) as Record<string, unknown>;
    if (JSON.stringify(redacted) === JSON.stringify(row.data)) continue;
    await tx.update(events).set({ data: redacted }).where(eq(events.id, row.id));
    changed++;
  }
  return changed;
}

/**
 * Stored responses are ciphertext, so they are read back, redacted and sealed again. Only the
 * retention window (≥ 24 h) of one partner's records in one mode (`scope`) is read. A replay then answers the redacted
 * response, and the request is still not run twice.
 */
async function redactIdempotentResponses(
  deps: Deps,
  tx: Tx,
  scope: string,
  reference: string,
): Promise<number> {
  const rows = await tx
    .select({ key: idempotencyKeys.key, body: idempotencyKeys.responseBody })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.partnerId, scope), isNotNull(idempotencyKeys.responseBody)));
  let changed = 0;
  for (const row of rows) {
    const text = deps.cipher.decryptText(row.body!, BODY_CONTEXT);
    // Cheap filter first: a response about the customer names their reference.
    if (!text.includes(JSON.stringify(reference))) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue; // not JSON: no resource in it
    }
    const redacted = JSON.stringify(redactCustomer(parsed, reference));
    if (redacted === JSON.stringify(parsed)) continue;
    await tx
      .update(idempotencyKeys)
      .set({ responseBody: deps.cipher.encrypt(redacted, BODY_CONTEXT) })
      .where(and(eq(idempotencyKeys.partnerId, scope), eq(idempotencyKeys.key, row.key)));
    changed++;
  }
  return changed;
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
