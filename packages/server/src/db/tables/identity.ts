/**
 * Tables of the identity flow. Personal details (which hold the date of birth and identity number)
 * and images are AES-256-GCM ciphertext (`_enc`), so a dump shows none of them; erasure clears them
 * and leaves the decision trail. Re-exported by db/schema.ts.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { KycProgress } from '../../connectors/kyc/kyc.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const identityVerifications = pgTable(
  'identity_verifications',
  {
    id: text('id').primaryKey(),
    partnerId: text('partner_id').notNull(),
    livemode: boolean('livemode').notNull(),
    sessionId: text('session_id').notNull(),
    customerReference: text('customer_reference').notNull(),
    status: text('status').$type<'pending' | 'processing' | 'approved' | 'declined' | 'review'>().notNull(),
    detailsEnc: text('details_enc'),
    document: jsonb('document').$type<{
      type: string;
      issuing_country: string;
      expiry_date: string;
    } | null>(),
    providerCheckId: text('provider_check_id'),
    /**
     * What the KYC provider already created for this verification (kyc.ts `KycProgress`), saved as
     * each is created: a submit retried after a restart reuses them instead of creating twice.
     */
    providerProgress: jsonb('provider_progress').$type<KycProgress>(),
    checks: jsonb('checks').$type<Record<string, unknown>[]>().notNull(),
    reviews: jsonb('reviews').$type<Record<string, unknown>[]>().notNull(),
    /** The list versions this customer was last screened against (re-screening compares them). */
    screenedVersions: jsonb('screened_versions').$type<Record<string, string>>().notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    decidedAt: ts('decided_at'),
    erasedAt: ts('erased_at'),
    /**
     * Set only on the extra verifications some sessions got before one per session was enforced
     * (concurrent first submissions each created one): the id of the one the session kept. They
     * stay for their decision trail; the widget and the unique index ignore them.
     */
    supersededBy: text('superseded_by'),
  },
  (t) => [
    // At most one verification per session: concurrent first submissions race on this index.
    uniqueIndex('identity_verifications_session_idx').on(t.sessionId).where(sql`superseded_by is null`),
    index('identity_verifications_partner_status_idx').on(t.partnerId, t.status, t.createdAt),
    index('identity_verifications_customer_idx').on(t.partnerId, t.customerReference),
    index('identity_verifications_check_idx').on(t.providerCheckId),
  ],
);

export const identityImages = pgTable(
  'identity_images',
  {
    verificationId: text('verification_id').notNull(),
    side: text('side').$type<'front' | 'back' | 'selfie'>().notNull(),
    contentType: text('content_type').notNull(),
    imageEnc: text('image_enc').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.verificationId, t.side] }),
    index('identity_images_created_idx').on(t.createdAt),
  ],
);

/** Per-partner decision rules (missing row = defaults). */
export const identityRules = pgTable('identity_rules', {
  partnerId: text('partner_id').primaryKey(),
  rules: jsonb('rules').$type<Record<string, unknown>>().notNull(),
  updatedAt: ts('updated_at').notNull(),
});
