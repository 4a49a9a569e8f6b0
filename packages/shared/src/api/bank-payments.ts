/**
 * Widget API of pay by bank (`/widget/v1/payments/bank…`): the banks that can take this order's
 * payment (a bank linked earlier in the session first), starting the bank authorisation (popup or
 * full-page redirect), and what the frame gets back — the payment and the bank's authorisation URL.
 */
import { z } from 'zod';
import { widgetPaymentSchema } from './payments.ts';

export const paymentInstitutionSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    country: z.string(),
    logo_url: z.string(),
    health: z.enum(['healthy', 'degraded']),
    /** The bank the customer linked earlier in this session. */
    linked: z.boolean(),
  })
  .meta({ id: 'PaymentInstitution' });
export type PaymentInstitution = z.infer<typeof paymentInstitutionSchema>;

export const paymentInstitutionsSchema = z
  .object({ data: z.array(paymentInstitutionSchema) })
  .meta({ id: 'PaymentInstitutionList' });

export const startBankPaymentSchema = z
  .strictObject({
    method: z.literal('bank'),
    institution: z.string().min(1).max(64),
    mode: z.enum(['popup', 'redirect']).default('popup'),
  })
  .meta({ id: 'StartBankPaymentRequest' });
export type StartBankPayment = z.infer<typeof startBankPaymentSchema>;

export const bankPaymentStartedSchema = z
  .object({
    payment: widgetPaymentSchema,
    /** The OAuth `state` the callback page reports back with. */
    attempt: z.string(),
    authorization_url: z.string(),
  })
  .meta({ id: 'BankPaymentStarted' });
export type BankPaymentStarted = z.infer<typeof bankPaymentStartedSchema>;
