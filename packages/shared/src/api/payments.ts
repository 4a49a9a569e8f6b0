/**
 * Payment and refund resources (docs/architecture.md §2, §5): what the partner lists, reads, refunds and exports,
 * and what the widget frame sends when the user confirms a card. Amounts are integer minor units;
 * the amount of a payment always comes from the session, never from the browser.
 */
import { z } from 'zod';
import { timestampSchema } from './common.ts';

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

/** `POST /widget/v1/payments` body: the card as typed, passed through to the processor, never stored. */
export const confirmCardSchema = z
  .strictObject({
    card: z.strictObject({
      number: z.string().regex(/^[\d ]{12,23}$/),
      exp_month: z.number().int().min(1).max(12),
      exp_year: z.number().int().min(2000).max(2100),
      cvc: z.string().regex(/^\d{3,4}$/),
      name: z.string().min(1).max(200).optional(),
      postal_code: z.string().min(1).max(20).optional(),
    }),
  })
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

/** `GET /widget/v1/payment`: the order and the payment methods the user may choose. */
export const widgetPaymentStateSchema = z
  .object({
    amount: z.number().int(),
    currency: z.string(),
    description: z.string(),
    methods: z.array(z.enum(['card', 'bank'])),
    payment: widgetPaymentSchema.nullable(),
  })
  .meta({ id: 'WidgetPaymentState' });
export type WidgetPaymentState = z.infer<typeof widgetPaymentStateSchema>;
