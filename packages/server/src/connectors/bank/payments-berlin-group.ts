/**
 * Berlin Group NextGenPSD2 1.3.9 payment initiation (`sepa-credit-transfers`, OAuth SCA approach):
 * the payment is initiated first — its `X-Request-ID` is a UUID derived from the Finlet payment id,
 * which the sandbox (like Finlet's idempotency) uses to answer a repeated initiation with the same
 * payment — then the user authorises it at the bank's OAuth server, which submits it. Finlet then
 * reads `/status`: ACSC/ACCC settled, RJCT/CANC rejected, RCVD/ACTC/ACSP/… pending.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ApiError } from '../../errors.ts';
import { OAuthBankConnector } from './bank-connector.ts';
import {
  type BankPaymentInitiation,
  type BankPaymentOrder,
  type BankPaymentStatus,
  isoPaymentStatus,
  toDecimal,
  unsupportedCurrency,
  uuidFrom,
} from './payments-types.ts';

const PRODUCT_PATH = '/v1/payments/sepa-credit-transfers';
const initiated = z.object({ paymentId: z.string(), transactionStatus: z.string() });
const statusBody = z.object({ transactionStatus: z.string() });

export const bgStatus = (code: string): BankPaymentStatus => isoPaymentStatus(code, ['RJCT', 'CANC']);

export class BerlinGroupPayments extends OAuthBankConnector implements BankPaymentInitiation {
  readonly currencies = ['EUR'] as const;

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

  /** The user's authorisation already submitted it: the payment id is the one initiated; status reads follow. */
  async submit(_order: BankPaymentOrder, consentId: string) {
    return { bankPaymentId: consentId, status: 'pending' as const };
  }

  async status(bankPaymentId: string) {
    const body = await this.call(statusBody, `${PRODUCT_PATH}/${encodeURIComponent(bankPaymentId)}/status`);
    return bgStatus(body.transactionStatus);
  }
}
