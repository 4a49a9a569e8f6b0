/**
 * The normalised bank data model (issue 4): one shape for links, accounts, balances, transactions
 * and owners whatever dialect the bank speaks (UK Open Banking or Berlin Group). Amounts are signed
 * integers in the currency's minor unit (negative = money out). Account identifiers are masked.
 */
import { z } from 'zod';
import { listQuerySchema, orNull, timestampSchema } from './common.ts';

export const LINK_STATUSES = ['pending', 'active', 'expired', 'revoked', 'error'] as const;
export const INSTITUTION_HEALTH = ['healthy', 'degraded'] as const;
export const LINK_PRODUCTS = ['accounts', 'balances', 'transactions', 'owners'] as const;

export const institutionSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    country: z.string().length(2),
    logo_url: z.string(),
    /** What the bank offers: the link scopes, and `payment_initiation` (pay by bank). */
    products: z.array(z.enum([...LINK_PRODUCTS, 'payment_initiation'])),
    health: z.enum(INSTITUTION_HEALTH),
  })
  .meta({ id: 'Institution' });
export type Institution = z.infer<typeof institutionSchema>;

export const institutionQuerySchema = z.strictObject({
  query: z.string().max(100).optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .optional(),
});

export const linkSchema = z
  .object({
    id: z.string(),
    object: z.literal('link'),
    livemode: z.boolean(),
    institution: z.object({ id: z.string(), name: z.string() }),
    status: z.enum(LINK_STATUSES),
    scopes: z.array(z.enum(LINK_PRODUCTS)),
    consent_expires_at: timestampSchema.nullable(),
    session_id: z.string().nullable(),
    customer_reference: z.string().nullable(),
    created_at: timestampSchema,
    updated_at: timestampSchema,
  })
  .meta({ id: 'Link' });
export type Link = z.infer<typeof linkSchema>;

export const ACCOUNT_TYPES = ['depository', 'credit', 'other'] as const;
export const ACCOUNT_SUBTYPES = ['checking', 'savings', 'credit_card', 'other'] as const;

export const maskedIdentifiersSchema = z.object({
  iban: z.string().nullable(),
  sort_code: z.string().nullable(),
  account_number: z.string().nullable(),
});

export const balanceSchema = z
  .object({
    object: z.literal('balance'),
    account: z.string(),
    currency: z.string(),
    available: z.number().int().nullable(),
    current: z.number().int().nullable(),
    limit: z.number().int().nullable(),
    as_of: timestampSchema,
  })
  .meta({ id: 'Balance' });
export type Balance = z.infer<typeof balanceSchema>;

export const accountSchema = z
  .object({
    id: z.string(),
    object: z.literal('account'),
    livemode: z.boolean(),
    link: z.string(),
    name: z.string(),
    type: z.enum(ACCOUNT_TYPES),
    subtype: z.enum(ACCOUNT_SUBTYPES),
    currency: z.string(),
    identifiers: maskedIdentifiersSchema,
    balance: orNull(balanceSchema),
    created_at: timestampSchema,
  })
  .meta({ id: 'Account' });
export type Account = z.infer<typeof accountSchema>;

export const transactionSchema = z
  .object({
    id: z.string(),
    object: z.literal('transaction'),
    livemode: z.boolean(),
    account: z.string(),
    amount: z.number().int(),
    currency: z.string(),
    status: z.enum(['pending', 'booked']),
    booking_date: z.string().nullable(),
    value_date: z.string().nullable(),
    description: z.string(),
    counterparty: z.string().nullable(),
    bank_reference: z.string(),
  })
  .meta({ id: 'Transaction' });
export type Transaction = z.infer<typeof transactionSchema>;

export const ownerSchema = z.object({
  names: z.array(z.string()),
  addresses: z.array(z.string()),
  emails: z.array(z.string()),
});

export const ownersSchema = z
  .object({
    object: z.literal('owners'),
    account: z.string(),
    owners: z.array(ownerSchema),
    /** Present when `?name=` was given: how well the best owner name matches it (0–1). */
    ownership: z
      .object({ name: z.string(), score: z.number().min(0).max(1), matched_owner: z.string().nullable() })
      .nullable(),
  })
  .meta({ id: 'Owners' });
export type Owners = z.infer<typeof ownersSchema>;

export const ownersQuerySchema = z.strictObject({ name: z.string().min(1).max(200).optional() });

export const linkListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(10),
  starting_after: z.string().max(100).optional(),
});

export const accountListQuerySchema = listQuerySchema.extend({ link: z.string().max(100).optional() });

export const transactionsSyncQuerySchema = z.strictObject({
  link: z.string().min(1).max(100),
  cursor: z.string().max(200).optional(),
  count: z.coerce.number().int().min(1).max(500).default(500),
});

export const transactionsSyncSchema = z
  .object({
    object: z.literal('transactions_sync'),
    added: z.array(transactionSchema),
    modified: z.array(transactionSchema),
    removed: z.array(z.object({ id: z.string() })),
    next_cursor: z.string(),
    has_more: z.boolean(),
  })
  .meta({ id: 'TransactionsSync' });
export type TransactionsSync = z.infer<typeof transactionsSyncSchema>;

/** What the widget sees while linking: where it is, and the accounts to choose from. */
export const widgetLinkSchema = z.object({
  attempt: z.string().nullable(),
  status: z.enum(['none', 'awaiting_consent', 'choose_accounts', 'linked', 'failed']),
  error: z.string().nullable(),
  update_mode: z.boolean(),
  institution: z.object({ id: z.string(), name: z.string() }).nullable(),
  accounts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      subtype: z.enum(ACCOUNT_SUBTYPES),
      currency: z.string(),
      mask: z.string(),
      balance: z.number().int().nullable(),
    }),
  ),
});
export type WidgetLink = z.infer<typeof widgetLinkSchema>;

export const widgetLinkStartSchema = z.strictObject({
  institution: z.string().min(1).max(50),
  mode: z.enum(['popup', 'redirect']).default('popup'),
});
export const widgetLinkStartedSchema = z.object({ attempt: z.string(), authorization_url: z.string() });
export const widgetLinkAccountsSchema = z.strictObject({
  account_ids: z.array(z.string().max(100)).min(1).max(50),
});
