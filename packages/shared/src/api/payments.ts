/**
 * Payment and refund resources (docs/architecture.md §2, §5): what the partner lists, reads, refunds and exports,
 * and what the widget frame sends when the user confirms a card. Amounts are integer minor units;
 * the amount of a payment always comes from the session, never from the browser.
 */
import { z } from 'zod';
import { orNull, timestampSchema } from './common.ts';

export const PAYMENT_STATUSES = [
  'requires_payment_method',
  'processing',
  'requires_action',
  'succeeded',
  'failed',
  'canceled',
] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** Statuses after which a payment never changes again (refunds aside). */
export const TERMINAL_PAYMENT_STATUSES: ReadonlySet<PaymentStatus> = new Set([
  'succeeded',
  'failed',
  'canceled',
]);

/** Decline codes the processor reports, shown to the user as localized messages. */
export const DECLINE_CODES = [
  'card_declined',
  'insufficient_funds',
  'expired_card',
  'incorrect_cvc',
  'processing_error',
  'lost_card',
  'stolen_card',
  'authentication_failed',
  'authentication_canceled',
] as const;
export type DeclineCode = (typeof DECLINE_CODES)[number];

export const cardSummarySchema = z.object({
  brand: z.string(),
  last4: z.string(),
  exp_month: z.number().int(),
  exp_year: z.number().int(),
});

export const paymentSchema = z
  .object({
    id: z.string(),
    object: z.literal('payment'),
    livemode: z.boolean(),
    session: z.string(),
    status: z.enum(PAYMENT_STATUSES),
    amount: z.number().int(),
    currency: z.string(),
    description: z.string(),
    method: z.enum(['card', 'bank']),
    card: cardSummarySchema.nullable(),
    amount_refunded: z.number().int(),
    failure_code: z.string().nullable(),
    next_action: z.object({ type: z.literal('three_d_secure'), url: z.string() }).nullable(),
    created_at: timestampSchema,
    updated_at: timestampSchema,
  })
  .meta({ id: 'Payment' });
export type Payment = z.infer<typeof paymentSchema>;

export const REFUND_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export const refundSchema = z
  .object({
    id: z.string(),
    object: z.literal('refund'),
    livemode: z.boolean(),
    payment: z.string(),
    amount: z.number().int(),
    currency: z.string(),
    status: z.enum(REFUND_STATUSES),
    failure_code: z.string().nullable(),
    created_at: timestampSchema,
  })
  .meta({ id: 'Refund' });
export type Refund = z.infer<typeof refundSchema>;

export const createRefundSchema = z
  .strictObject({ amount: z.number().int().positive().max(1e15).optional() })
  .meta({ id: 'CreateRefundRequest' });

const isoTime = z.iso.datetime({ offset: true });

export const listPaymentsQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(10),
  starting_after: z.string().max(100).optional(),
  status: z.enum(PAYMENT_STATUSES).optional(),
  session: z.string().max(100).optional(),
  'created[gte]': isoTime.optional(),
  'created[lt]': isoTime.optional(),
});

export const exportPaymentsQuerySchema = z.strictObject({
  format: z.enum(['csv', 'camt053']),
  currency: z.string().length(3).optional(),
  'created[gte]': isoTime.optional(),
  'created[lt]': isoTime.optional(),
});

/**
 * What the browser made of the card (server type `CardSource`): a token from the processor's
 * tokenizer, or the processor's client-side encryption of each field. Never the card itself.
 */
export const cardSourceSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('token'), token: z.string().min(1).max(200) }),
  z.strictObject({
    type: z.literal('encrypted'),
    encrypted_card_number: z.string().min(1).max(10_000),
    encrypted_expiry_month: z.string().min(1).max(10_000),
    encrypted_expiry_year: z.string().min(1).max(10_000),
    encrypted_security_code: z.string().min(1).max(10_000),
    holder_name: z.string().min(1).max(200).optional(),
  }),
]);

export type CardSourceBody = z.infer<typeof cardSourceSchema>;

/**
 * `POST /widget/v1/payments` body. Raw card fields are refused (400 `card_data_not_accepted`):
 * the card number and CVC go from the browser to the processor, never to Finlet.
 */
export const confirmCardSchema = z
  .strictObject({ payment_method: cardSourceSchema })
  .meta({ id: 'ConfirmCardRequest' });
export type ConfirmCard = z.infer<typeof confirmCardSchema>;

/** What the frame sees of a payment (no session internals, no partner data). */
export const widgetPaymentSchema = paymentSchema
  .pick({
    id: true,
    status: true,
    amount: true,
    currency: true,
    card: true,
    failure_code: true,
    next_action: true,
  })
  .meta({ id: 'WidgetPayment' });
export type WidgetPayment = z.infer<typeof widgetPaymentSchema>;

/** How the widget collects the card in the browser (server type `CardCollection`); never secret. */
export const cardCollectionSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('sandbox_tokenizer'), url: z.string(), publishable_key: z.string() }),
    z.object({ kind: z.literal('adyen_cse'), client_key: z.string(), public_key: z.string() }),
  ])
  .meta({ id: 'CardCollection' });
export type CardCollectionInfo = z.infer<typeof cardCollectionSchema>;

/** `GET /widget/v1/payment`: the order and the payment methods the user may choose. */
export const widgetPaymentStateSchema = z
  .object({
    amount: z.number().int(),
    currency: z.string(),
    description: z.string(),
    methods: z.array(z.enum(['card', 'bank'])),
    /** Where and how the frame hands the card to the processor; null when the session takes no card. */
    card_collection: orNull(cardCollectionSchema),
    payment: orNull(widgetPaymentSchema),
  })
  .meta({ id: 'WidgetPaymentState' });
export type WidgetPaymentState = z.infer<typeof widgetPaymentStateSchema>;
