/**
 * Tables of the payment flow (re-exported by db/schema.ts). A payment row is one confirm attempt
 * of a session (its `idempotency_key` is the widget's key for that attempt); card data never
 * reaches these tables — only the processor's ids and the card's brand, last 4 and expiry.
 */

import type { Payee } from '@finlet/shared';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const payments = pgTable(
  'payments',
  {
    id: text('id').primaryKey(),
    partnerId: text('partner_id').notNull(),
    livemode: boolean('livemode').notNull(),
    sessionId: text('session_id').notNull(),
    /** The widget's Idempotency-Key for this confirm attempt. */
    idempotencyKey: text('idempotency_key').notNull(),
    status: text('status').notNull(),
    method: text('method').$type<'card' | 'bank'>().notNull(),
    amount: integer('amount').notNull(),
    currency: text('currency').notNull(),
    description: text('description').notNull(),
    amountRefunded: integer('amount_refunded').notNull().default(0),
    processorPaymentId: text('processor_payment_id'),
    /**
     * The partner's provider account that took a live card payment: refunds, cancels and status reads
     * go to the processor that holds the money, even after the partner replaced or deleted the account.
     * Null for test mode (the sandbox processor) and for bank payments (the bank is the directory's).
     */
    providerAccountId: text('provider_account_id'),
    card: jsonb('card').$type<{ brand: string; last4: string; exp_month: number; exp_year: number } | null>(),
    failureCode: text('failure_code'),
    nextActionUrl: text('next_action_url'),
    /**
     * When the housekeeping sweep next asks the provider about this payment; null when nothing is
     * owed. Set for a bank payment left `processing` (its status is polled until it settles), for
     * a card payment `processing` until its charge's outcome is known (the processor is asked;
     * payments/card-reconcile.ts) and for a card payment canceled with its session while the
     * processor has not yet confirmed the cancel (the processor cancel is retried).
     * `check_attempts` drives the backoff.
     */
    nextCheckAt: ts('next_check_at'),
    checkAttempts: integer('check_attempts').notNull().default(0),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('payments_next_check_idx').on(t.nextCheckAt).where(sql`next_check_at is not null`),
    uniqueIndex('payments_session_key_idx').on(t.sessionId, t.idempotencyKey),
    uniqueIndex('payments_processor_idx').on(t.processorPaymentId),
    index('payments_partner_created_idx').on(t.partnerId, t.livemode, t.createdAt, t.id),
    index('payments_session_active_idx')
      .on(t.sessionId)
      .where(sql`status in ('processing', 'requires_action', 'succeeded')`),
  ],
);

export const refunds = pgTable(
  'refunds',
  {
    id: text('id').primaryKey(),
    partnerId: text('partner_id').notNull(),
    livemode: boolean('livemode').notNull(),
    paymentId: text('payment_id')
      .notNull()
      .references(() => payments.id),
    amount: integer('amount').notNull(),
    currency: text('currency').notNull(),
    status: text('status').$type<'pending' | 'succeeded' | 'failed'>().notNull(),
    processorRefundId: text('processor_refund_id'),
    failureCode: text('failure_code'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('refunds_payment_idx').on(t.paymentId),
    uniqueIndex('refunds_processor_idx').on(t.processorRefundId),
  ],
);

/**
 * One pay-by-bank authorisation round trip (its id is the OAuth `state`): the bank-side consent or
 * payment the user authorises, the PKCE verifier (AES-GCM, context `bank_payment_attempts.verifier`)
 * and the popup/redirect mode. The bank's own payment id lands on `payments.processor_payment_id`
 * (at initiation for a bank whose approval submits the payment, Berlin Group; on submission for UK).
 */
export const bankPaymentAttempts = pgTable(
  'bank_payment_attempts',
  {
    id: text('id').primaryKey(),
    paymentId: text('payment_id')
      .notNull()
      .references(() => payments.id),
    sessionId: text('session_id').notNull(),
    institution: text('institution').notNull(),
    bankConsentId: text('bank_consent_id').notNull(),
    verifierEnc: text('verifier_enc').notNull(),
    /**
     * The user's access token (AES-GCM, context `bank_payment_attempts.submit_token`), kept only
     * while a submission's outcome is unknown (timed out): the next read repeats the submission with
     * the same idempotency key to learn the bank's payment id; cleared once it is known.
     */
    submitTokenEnc: text('submit_token_enc'),
    /**
     * When the one callback that handles this attempt claimed it (set atomically where null): a
     * second callback, concurrent or late, redeems nothing and shows the first one's result.
     */
    callbackAt: ts('callback_at'),
    /**
     * The bank's redirect parameters (AES-GCM, context `bank_payment_attempts.callback`), kept only
     * while redeeming its code has an unknown outcome (the token endpoint down after the user
     * approved): reconciliation redeems it later, once; cleared when redeemed or refused.
     */
    callbackEnc: text('callback_enc'),
    mode: text('mode').$type<'popup' | 'redirect'>().notNull(),
    /**
     * Who the payment pays, fixed when the bank-side payment is created: the submission must repeat
     * it exactly (UK consents bind it), even if the partner changes its payee meanwhile. Null on
     * attempts made before payees existed: Finlet's sandbox collection account.
     */
    payee: jsonb('payee').$type<Payee | null>(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [uniqueIndex('bank_payment_attempts_payment_idx').on(t.paymentId)],
);
