/**
 * Tables of the link flow (bank account linking, issue 4). Re-exported by db/schema.ts.
 * `links` holds the bank consent and its tokens (encrypted, `tokens_enc`); `link_attempts` is one
 * OAuth round trip (its id is the OAuth `state`); accounts and transactions are the normalised
 * copies. `seq`/`changed_seq` give the incremental transaction sync its cursor.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const links = pgTable(
  'links',
  {
    id: text('id').primaryKey(),
    partnerId: text('partner_id').notNull(),
    livemode: boolean('livemode').notNull(),
    sessionId: text('session_id'),
    customerReference: text('customer_reference'),
    institution: text('institution').notNull(),
    status: text('status').$type<'pending' | 'active' | 'expired' | 'revoked' | 'error'>().notNull(),
    scopes: jsonb('scopes').$type<string[]>().notNull(),
    bankConsentId: text('bank_consent_id').notNull(),
    consentExpiresAt: ts('consent_expires_at'),
    /** `{ access_token, refresh_token, expires_at }` as AES-GCM ciphertext (context `links.tokens`). */
    tokensEnc: text('tokens_enc'),
    seq: integer('seq').notNull().default(0),
    refreshedAt: ts('refreshed_at'),
    expiringNotifiedAt: ts('expiring_notified_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('links_partner_created_idx').on(t.partnerId, t.livemode, t.createdAt, t.id),
    index('links_active_expiry_idx').on(t.consentExpiresAt).where(sql`status = 'active'`),
  ],
);

export const linkAttempts = pgTable(
  'link_attempts',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id').notNull(),
    partnerId: text('partner_id').notNull(),
    livemode: boolean('livemode').notNull(),
    institution: text('institution').notNull(),
    /** Update mode: the link being re-authorised. */
    linkId: text('link_id'),
    bankConsentId: text('bank_consent_id').notNull(),
    verifierEnc: text('verifier_enc').notNull(),
    mode: text('mode').$type<'popup' | 'redirect'>().notNull(),
    status: text('status').$type<'awaiting_consent' | 'choose_accounts' | 'linked' | 'failed'>().notNull(),
    error: text('error'),
    resultLinkId: text('result_link_id'),
    /**
     * When the one callback that redeems this attempt's code claimed it (set atomically where null):
     * a bank revokes the grant when a code is redeemed twice, so a second callback only waits for
     * the first one's result.
     */
    callbackAt: ts('callback_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('link_attempts_session_idx').on(t.sessionId, t.createdAt)],
);

export const linkAccounts = pgTable(
  'link_accounts',
  {
    id: text('id').primaryKey(),
    linkId: text('link_id').notNull(),
    partnerId: text('partner_id').notNull(),
    livemode: boolean('livemode').notNull(),
    bankAccountId: text('bank_account_id').notNull(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    subtype: text('subtype').notNull(),
    currency: text('currency').notNull(),
    /** Masked identifiers only; the full ones are in `identifiers_enc`. */
    identifiers: jsonb('identifiers').$type<Record<string, string | null>>().notNull(),
    identifiersEnc: text('identifiers_enc').notNull(),
    selected: boolean('selected').notNull().default(false),
    balance: jsonb('balance').$type<Record<string, unknown> | null>(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('link_accounts_bank_idx').on(t.linkId, t.bankAccountId),
    index('link_accounts_partner_idx').on(t.partnerId, t.createdAt),
  ],
);

export const linkTransactions = pgTable(
  'link_transactions',
  {
    id: text('id').primaryKey(),
    linkId: text('link_id').notNull(),
    accountId: text('account_id').notNull(),
    bankTransactionId: text('bank_transaction_id').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    status: text('status').$type<'pending' | 'booked'>().notNull(),
    bookingDate: text('booking_date'),
    valueDate: text('value_date'),
    description: text('description').notNull(),
    counterparty: text('counterparty'),
    /** The link's `seq` when the row appeared, and when it last changed (added, modified or removed). */
    addedSeq: integer('added_seq').notNull(),
    changedSeq: integer('changed_seq').notNull(),
    removed: boolean('removed').notNull().default(false),
  },
  (t) => [
    uniqueIndex('link_transactions_bank_idx').on(t.accountId, t.bankTransactionId),
    index('link_transactions_changes_idx').on(t.linkId, t.changedSeq, t.id),
  ],
);
