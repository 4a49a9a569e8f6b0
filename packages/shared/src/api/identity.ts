/**
 * The identity flow's contract (docs/architecture.md §2, §8), shared by the server and the widget: personal
 * details with country-aware address and identity-number rules, document and image uploads, the
 * `identity_verification` resource with its recorded checks, manual review, decision rules, and
 * `POST /v1/screenings`. Validation messages are stable keys (`required`, `postcode`, …) the widget
 * turns into localized text.
 */
import { z } from 'zod';
import { timestampSchema } from './common.ts';
import {
  DOCUMENT_TYPES,
  detailsRuleIssues,
  documentRuleIssues,
  IDENTITY_COUNTRIES,
  isPhoneNumber,
  MAX_IDENTITY_IMAGE_BYTES,
} from './identity-rules.ts';

export * from './identity-rules.ts';

const text = (max: number) => z.string().trim().min(1, 'required').max(max, 'too_long');
const country = z.enum(IDENTITY_COUNTRIES, { message: 'country' });

export const personalDetailsSchema = z
  .strictObject({
    first_name: text(100),
    last_name: text(100),
    date_of_birth: z.iso.date('date'),
    nationality: country,
    email: z.email('email').max(254, 'too_long'),
    phone: z.string().max(20, 'phone').refine(isPhoneNumber, 'phone'),
    address: z.strictObject({
      line1: text(200),
      line2: z.string().trim().max(200, 'too_long').optional(),
      city: text(100),
      region: z.string().trim().max(100, 'too_long').optional(),
      postal_code: z.string().trim().max(20, 'too_long').optional(),
      country,
    }),
    id_number: z.string().trim().max(40, 'too_long').optional(),
  })
  .superRefine((d, ctx) => {
    for (const issue of detailsRuleIssues(d)) ctx.addIssue({ code: 'custom', ...issue });
  });
export type PersonalDetails = z.infer<typeof personalDetailsSchema>;

export const identityDocumentSchema = z
  .strictObject({
    type: z.enum(DOCUMENT_TYPES),
    issuing_country: country,
    expiry_date: z.iso.date('date'),
  })
  .superRefine((d, ctx) => {
    for (const issue of documentRuleIssues(d)) ctx.addIssue({ code: 'custom', ...issue });
  });
export type IdentityDocument = z.infer<typeof identityDocumentSchema>;

export const identityImageSchema = z.strictObject({
  side: z.enum(['front', 'back', 'selfie']),
  content_type: z.enum(['image/jpeg', 'image/png']),
  /** base64 of the image bytes */
  data: z
    .string()
    .max(Math.ceil((MAX_IDENTITY_IMAGE_BYTES * 4) / 3) + 4, 'too_large')
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64'),
});

export const IDENTITY_STATUSES = ['pending', 'processing', 'approved', 'declined', 'review'] as const;
export type IdentityStatus = (typeof IDENTITY_STATUSES)[number];
export const CHECK_TYPES = ['data_validation', 'document', 'selfie', 'sanctions', 'pep'] as const;

/** One list's entry for the subject of a screening hit. */
export const screeningHitEntrySchema = z.object({
  list: z.string(),
  entry_id: z.string(),
  name: z.string(),
  program: z.string(),
});
/**
 * One subject that matched. `list`, `entry_id`, `name`, `program` are its best-matching entry's (as
 * before several lists were shown together); `entries` holds every list's entry for the same subject
 * (identical normalised name and a matching date of birth or shared identifier), that one first, and
 * `lists` names every list they come from, including the source lists a consolidated list names.
 */
export const screeningHitSchema = z.object({
  list: z.string(),
  entry_id: z.string(),
  name: z.string(),
  matched_name: z.string(),
  program: z.string(),
  score: z.number(),
  explanation: z.string(),
  lists: z.array(z.string()),
  entries: z.array(screeningHitEntrySchema),
});
/** A hit as recorded on a check: those recorded before `lists` and `entries` existed lack them. */
const recordedHitSchema = screeningHitSchema.partial({ lists: true, entries: true });
export const CHECK_OUTCOMES = ['pass', 'fail', 'review', 'not_performed'] as const;
export const identityCheckSchema = z.object({
  type: z.enum(CHECK_TYPES),
  /** `not_performed`: the check could not run (a PEP check with no PEP list configured); decides nothing. */
  outcome: z.enum(CHECK_OUTCOMES),
  reasons: z.array(z.string()),
  hits: z.array(recordedHitSchema).optional(),
  checked_at: timestampSchema,
});
export type IdentityCheck = z.infer<typeof identityCheckSchema>;

export const identityReviewSchema = z.object({
  decision: z.enum(['approved', 'declined']),
  note: z.string().nullable(),
  /** The API key that decided (`system` for automatic re-screening). */
  decided_by: z.string(),
  decided_at: timestampSchema,
  previous_status: z.enum(IDENTITY_STATUSES),
});

export const identityVerificationSchema = z
  .object({
    id: z.string(),
    object: z.literal('identity_verification'),
    livemode: z.boolean(),
    session_id: z.string(),
    customer_reference: z.string(),
    status: z.enum(IDENTITY_STATUSES),
    document: z.object({ type: z.enum(DOCUMENT_TYPES), issuing_country: z.string() }).nullable(),
    checks: z.array(identityCheckSchema),
    reviews: z.array(identityReviewSchema),
    created_at: timestampSchema,
    decided_at: timestampSchema.nullable(),
    erased_at: timestampSchema.nullable(),
  })
  .meta({ id: 'IdentityVerification' });
export type IdentityVerification = z.infer<typeof identityVerificationSchema>;

export const identityListQuerySchema = z.strictObject({
  status: z.enum(IDENTITY_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(10),
  starting_after: z.string().max(100).optional(),
});

export const reviewDecisionSchema = z.strictObject({
  decision: z.enum(['approved', 'declined']),
  note: z.string().trim().max(1000).optional(),
});

/** Per-partner decision rules; every field has a default. */
export const identityRulesSchema = z.strictObject({
  /** A sanctions hit at or above this score sends the verification to review. */
  sanctions_review_score: z.number().min(0.5).max(1).default(0.88),
  /** A hit at or above this score declines outright; null = never decline automatically. */
  sanctions_decline_score: z.number().min(0.5).max(1).nullable().default(null),
  /** What a PEP match does. */
  pep_action: z.enum(['review', 'approve']).default('review'),
  /** What a document or selfie the provider sent to review does. */
  provider_review_action: z.enum(['review', 'decline']).default('review'),
});
export type IdentityRules = z.infer<typeof identityRulesSchema>;
export const identityRulesResourceSchema = identityRulesSchema
  .extend({ object: z.literal('identity_rules') })
  .meta({ id: 'IdentityRules' });

/** What the widget's waiting screen reads. */
export const widgetIdentityStatusSchema = z.object({
  id: z.string().nullable(),
  status: z.enum(IDENTITY_STATUSES).nullable(),
  details_submitted: z.boolean(),
  document: z.object({ type: z.enum(DOCUMENT_TYPES), issuing_country: z.string() }).nullable(),
  images: z.array(z.enum(['front', 'back', 'selfie'])),
});
export type WidgetIdentityStatus = z.infer<typeof widgetIdentityStatusSchema>;

export const screeningRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(300),
  birth_date: z
    .string()
    .regex(/^\d{4}(-\d{2}-\d{2})?$/, 'YYYY or YYYY-MM-DD')
    .optional(),
  country: z.string().trim().min(2).max(60).optional(),
  type: z.enum(['individual', 'entity']).optional(),
});
export const screeningSchema = z
  .object({
    id: z.string(),
    object: z.literal('screening'),
    livemode: z.boolean(),
    lists: z.array(z.object({ name: z.string(), version: z.string(), loaded_at: timestampSchema })),
    hits: z.array(screeningHitSchema),
    created_at: timestampSchema,
  })
  .meta({ id: 'Screening' });

/** What `DELETE /v1/customers/:reference/data` erased, counted per kind of record. */
export const erasureSchema = z
  .object({
    object: z.literal('erasure'),
    customer_reference: z.string(),
    erased: z.object({
      /** Verifications of the customer (details, document, screening explanations, review notes). */
      identity_verifications: z.number(),
      /** Of those, the ones that still held personal details (name, date of birth, address, …). */
      personal_details: z.number(),
      images: z.number(),
      /** Sessions whose customer fields (name, e-mail, phone) were cleared. */
      session_customer_fields: z.number(),
      /** Events (the webhook payloads) redacted in place; ids, types and amounts stay. */
      events: z.number(),
      /** Stored idempotent responses redacted the same way. */
      idempotency_records: z.number(),
    }),
  })
  .meta({ id: 'Erasure' });
