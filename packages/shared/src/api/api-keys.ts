/**
 * Secret API key resource (docs/architecture.md §3, §5): a partner creates, lists, rolls and
 * revokes its `sk_test_…` / `sk_live_…` keys. The secret is in the answer to create and roll only;
 * lists and reads show its last 4 characters.
 */
import { z } from 'zod';
import { timestampSchema } from './common.ts';

export const API_KEY_MODES = ['test', 'live'] as const;
/** How long a rolled key keeps working beside its successor: 24 h unless asked, at most 7 days. */
export const DEFAULT_ROLL_OVERLAP_SECONDS = 86_400;
export const MAX_ROLL_OVERLAP_SECONDS = 7 * 86_400;

export const createApiKeySchema = z
  .strictObject({
    /** Defaults to the mode of the key making the request; a test key cannot create live keys. */
    mode: z.enum(API_KEY_MODES).optional(),
    description: z.string().trim().min(1).max(100).optional(),
  })
  .meta({ id: 'CreateApiKeyRequest' });

export const rollApiKeySchema = z
  .strictObject({
    /** Seconds the rolled key keeps working beside the new one (0: it stops at once). */
    overlap_seconds: z
      .number()
      .int()
      .min(0)
      .max(MAX_ROLL_OVERLAP_SECONDS)
      .default(DEFAULT_ROLL_OVERLAP_SECONDS),
  })
  .meta({ id: 'RollApiKeyRequest' });

export const apiKeySchema = z
  .object({
    id: z.string(),
    object: z.literal('api_key'),
    mode: z.enum(API_KEY_MODES),
    description: z.string().nullable(),
    last4: z.string(),
    /** `expiring`: rolled, working until `expires_at`; `expired` and `revoked` keys answer 401. */
    status: z.enum(['active', 'expiring', 'expired', 'revoked']),
    created_at: timestampSchema,
    last_used_at: timestampSchema.nullable(),
    expires_at: timestampSchema.nullable(),
    revoked_at: timestampSchema.nullable(),
  })
  .meta({ id: 'ApiKey' });
export type ApiKey = z.infer<typeof apiKeySchema>;

/** Create answers the new key with its secret, shown this one time. */
export const createdApiKeySchema = apiKeySchema.extend({ secret: z.string() }).meta({ id: 'CreatedApiKey' });

/** Roll answers the new key with its secret, and the rolled key with the end of its overlap. */
export const rolledApiKeySchema = createdApiKeySchema
  .extend({ previous_key: apiKeySchema })
  .meta({ id: 'RolledApiKey' });
