/**
 * Berlin Group NextGenPSD2 1.3.9 payment initiation (`sepa-credit-transfers`, OAuth SCA approach):
 * the payment is initiated first — its `X-Request-ID` is a UUID derived from the Finlet payment id,
 * which the sandbox (like Finlet's idempotency) uses to answer a repeated initiation with the same
 * payment — then the user authorises it at the bank's OAuth server, which submits it. Finlet never
 * needs the user's token: it reads `/status` as the TPP (the 1.3.9 document allows these calls
 * without a bearer token, `security: [{}]`): RCVD awaiting the approval, ACSC/ACCC settled,
 * RJCT/CANC rejected, ACTC/ACSP/PDNG/… pending. A payment the user has not approved is withdrawn
 * with the payment cancellation request (`DELETE`): 204 withdrawn; 405 (CANCELLATION_INVALID) or
 * 202 (the cancellation itself needs the user's authorisation) mean the bank already has it.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ApiError } from '../../errors.ts';
import { OAuthBankConnector } from './bank-connector.ts';
import {
  type BankPaymentOrder,
  type BankPaymentStatus,
  isoPaymentStatus,
  type PaymentSubmittedOnApproval,
  toDecimal,
  unsupportedCurrency,
  uuidFrom,
} from './payments-types.ts';

const PRODUCT_PATH = '/v1/payments/sepa-credit-transfers';
const initiated = z.object({ paymentId: z.string(), transactionStatus: z.string() });
const statusBody = z.object({ transactionStatus: z.string() });

export const bgStatus = (code: string): BankPaymentStatus =>
  code === 'RCVD' ? 'awaiting_approval' : isoPaymentStatus(code, ['RJCT', 'CANC']);

export class BerlinGroupPayments extends OAuthBankConnector implements PaymentSubmittedOnApproval {
  readonly currencies = ['EUR'] as const;
  readonly submittedOnApproval = true;

  private async call<S extends z.ZodType>(
    schema: S,
    path: string,
    init: { method?: string; body?: unknown; requestId?: string; headers?: Record<string, string> } = {},
  ): Promise<z.output<S>> {
    const answer = await this.send(path, init, {
      'x-request-id': init.requestId ?? randomUUID(),
      ...init.headers,
    });
    return this.readAnswer(schema, answer, { what: 'payment answer' });
  }

  async createPayment(order: BankPaymentOrder, o: { redirectUri: string }) {
    if (order.currency !== 'EUR') throw unsupportedCurrency(order.currency);
    // SEPA credit transfers pay an IBAN; the registry only lets IBAN payees onto Berlin Group banks.
    if (!('iban' in order.payee)) throw new ApiError('invalid_state', 'A SEPA payment needs an IBAN payee.');
    const body = await this.call(initiated, PRODUCT_PATH, {
      method: 'POST',
      requestId: uuidFrom(`initiate:${order.paymentId}`),
      headers: { 'tpp-redirect-uri': o.redirectUri },
      body: {
        endToEndIdentification: order.paymentId.slice(0, 35),
        instructedAmount: { currency: order.currency, amount: toDecimal(order.amount) },
        creditorAccount: { iban: order.payee.iban },
        creditorName: order.payee.name,
        remittanceInformationUnstructured: order.reference.slice(0, 140),
      },
    });
    return { consentId: body.paymentId };
  }

  async status(bankPaymentId: string) {
    const body = await this.call(statusBody, `${PRODUCT_PATH}/${encodeURIComponent(bankPaymentId)}/status`);
    return bgStatus(body.transactionStatus);
  }

  async withdraw(bankPaymentId: string) {
    const answer = await this.send(
      `${PRODUCT_PATH}/${encodeURIComponent(bankPaymentId)}`,
      { method: 'DELETE' },
      { 'x-request-id': randomUUID() },
    );
    if (answer.status === 204) return 'withdrawn' as const;
    if (answer.status === 202 || answer.status === 405) return 'approved' as const;
    throw new ApiError(
      'provider_error',
      `${this.institution.name} answered HTTP ${answer.status} to a cancellation.`,
    );
  }
}
