/**
 * Provider account resource (docs/architecture.md §8, README "Going live"): which connector serves
 * one capability of a partner in live mode, with which settings (returned) and credentials (kept
 * encrypted, never returned: only hints such as their last 4 characters), and for pay by bank the
 * partner's own payee account. Which connectors exist and what their settings and credentials look
 * like is the server's connector registry; this contract only fixes the envelope.
 */
import { z } from 'zod';
import { timestampSchema } from './common.ts';

export const CAPABILITIES = ['cards', 'pay_by_bank', 'bank_data', 'kyc'] as const;
export const capabilitySchema = z.enum(CAPABILITIES);
export type Capability = z.infer<typeof capabilitySchema>;

/** "DE89 3704 0044 0532 0130 00" → "DE89370400440532013000"; the check digits are the server's to verify. */
const ibanSchema = z
  .string()
  .max(50)
  .transform((s) => s.replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/, 'must be an IBAN such as DE89370400440532013000'));

/** The account pay-by-bank payments are paid into: an IBAN, or a UK sort code and account number. */
export const payeeSchema = z.union([
  z.strictObject({ name: z.string().trim().min(1).max(70), iban: ibanSchema }),
  z.strictObject({
    name: z.string().trim().min(1).max(70),
    sort_code: z
      .string()
      .transform((s) => s.replace(/[\s-]/g, ''))
      .pipe(z.string().regex(/^\d{6}$/, 'must be 6 digits, e.g. 04-00-04')),
    account_number: z.string().regex(/^\d{8}$/, 'must be 8 digits'),
  }),
]);
export type Payee = z.infer<typeof payeeSchema>;

const secretsSchema = z.record(z.string().max(60), z.unknown());

export const createProviderAccountSchema = z
  .strictObject({
    capability: capabilitySchema,
    /** A connector of the registry that offers this capability (e.g. `adyen`, `ob_uk`). */
    connector: z.string().min(1).max(40),
    settings: z.record(z.string().max(60), z.unknown()).default({}),
    credentials: secretsSchema.default({}),
    /** Pay by bank only: where the customers' payments go. */
    payee: payeeSchema.optional(),
  })
  .meta({ id: 'CreateProviderAccountRequest' });
export type CreateProviderAccount = z.infer<typeof createProviderAccountSchema>;

/** An update replaces what it names; credentials are replaced as a whole (they cannot be read back). */
export const updateProviderAccountSchema = z
  .strictObject({
    settings: z.record(z.string().max(60), z.unknown()).optional(),
    credentials: secretsSchema.optional(),
    payee: payeeSchema.optional(),
  })
  .meta({ id: 'UpdateProviderAccountRequest' });
export type UpdateProviderAccount = z.infer<typeof updateProviderAccountSchema>;

export const providerAccountSchema = z
  .object({
    id: z.string(),
    object: z.literal('provider_account'),
    livemode: z.boolean(),
    capability: capabilitySchema,
    connector: z.string(),
    settings: z.record(z.string(), z.unknown()),
    /** Never the credentials: hints only, e.g. `{ "api_key_last4": "x9Qa" }`. */
    credentials: z.record(z.string(), z.string()),
    payee: payeeSchema.nullable(),
    status: z.enum(['active', 'deleted']),
    created_at: timestampSchema,
    updated_at: timestampSchema,
  })
  .meta({ id: 'ProviderAccount' });
export type ProviderAccount = z.infer<typeof providerAccountSchema>;
