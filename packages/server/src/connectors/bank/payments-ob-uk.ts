/**
 * UK Open Banking 4.0 payment initiation (PISP): a domestic payment consent created with a
 * client-credentials token (`x-idempotency-key` derived from the Finlet payment id, so a retried
 * POST answers the same consent), the user's authorisation through the bank's OAuth server, then
 * the domestic payment submitted with the user's token and its own idempotency key, and its status
 * read with a client token. ISO status codes map to Finlet: ACSC (AcceptedSettlementCompleted) and
 * ACCC settled, RJCT/BLCK rejected, everything else pending.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ApiError } from '../../errors.ts';
import { OAuthBankConnector } from './bank-connector.ts';
import type { BankTokens } from './oauth.ts';
import {
  type BankPaymentOrder,
  type BankPaymentStatus,
  isoPaymentStatus,
  type PaymentSubmittedByFinlet,
  toDecimal,
  unsupportedCurrency,
} from './payments-types.ts';

const BASE = '/open-banking/v4.0/pisp';
const consentBody = z.object({ Data: z.object({ ConsentId: z.string(), Status: z.string() }) });
const paymentBody = z.object({
  Data: z.object({ DomesticPaymentId: z.string(), ConsentId: z.string(), Status: z.string() }),
});

export const ukStatus = (code: string): BankPaymentStatus => isoPaymentStatus(code, ['RJCT', 'BLCK']);

export class ObUkPayments extends OAuthBankConnector implements PaymentSubmittedByFinlet {
  readonly currencies = ['GBP'] as const;
  readonly submittedOnApproval = false;

  private initiation(order: BankPaymentOrder) {
    return {
      InstructionIdentification: order.paymentId.slice(0, 35),
      EndToEndIdentification: order.paymentId.slice(0, 35),
      InstructedAmount: { Amount: toDecimal(order.amount), Currency: order.currency },
      CreditorAccount:
        'iban' in order.payee
          ? { SchemeName: 'UK.OBIE.IBAN', Identification: order.payee.iban, Name: order.payee.name }
          : {
              SchemeName: 'UK.OBIE.SortCodeAccountNumber',
              Identification: `${order.payee.sort_code}${order.payee.account_number}`,
              Name: order.payee.name,
            },
      RemittanceInformation: { Reference: order.reference.slice(0, 35) },
    };
  }

  private async call<S extends z.ZodType>(
    schema: S,
    path: string,
    token: string,
    init: { method?: string; body?: unknown; idempotencyKey?: string } = {},
  ): Promise<z.output<S>> {
    const answer = await this.send(path, init, {
      authorization: `Bearer ${token}`,
      'x-fapi-interaction-id': randomUUID(),
      ...(init.idempotencyKey ? { 'x-idempotency-key': init.idempotencyKey } : {}),
    });
    if (answer.status === 401 || answer.status === 403)
      throw new ApiError(
        'provider_error',
        `${this.institution.name} refused the payment (HTTP ${answer.status}).`,
      );
    return this.readAnswer(schema, answer, { what: 'payment answer' });
  }

  async createPayment(order: BankPaymentOrder) {
    if (order.currency !== 'GBP') throw unsupportedCurrency(order.currency);
    const token = await this.oauth.clientCredentials('accounts');
    const body = await this.call(consentBody, `${BASE}/domestic-payment-consents`, token, {
      method: 'POST',
      body: { Data: { Initiation: this.initiation(order) }, Risk: {} },
      idempotencyKey: `consent-${order.paymentId}`.slice(0, 40),
    });
    return { consentId: body.Data.ConsentId };
  }

  async submit(order: BankPaymentOrder, consentId: string, tokens: BankTokens) {
    const body = await this.call(paymentBody, `${BASE}/domestic-payments`, tokens.accessToken, {
      method: 'POST',
      body: { Data: { ConsentId: consentId, Initiation: this.initiation(order) }, Risk: {} },
      idempotencyKey: `submit-${order.paymentId}`.slice(0, 40),
    });
    return { bankPaymentId: body.Data.DomesticPaymentId, status: ukStatus(body.Data.Status) };
  }

  async status(bankPaymentId: string) {
    const token = await this.oauth.clientCredentials('accounts');
    const body = await this.call(
      paymentBody,
      `${BASE}/domestic-payments/${encodeURIComponent(bankPaymentId)}`,
      token,
    );
    return ukStatus(body.Data.Status);
  }
}
