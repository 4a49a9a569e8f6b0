/**
 * Sandbox Bank EU: a Berlin Group NextGenPSD2 1.3.9 AIS and PIS bank (OAuth SCA approach) with its own
 * OAuth 2.0 server. `createBankEu(options)` resolves to `{ app, close, ledger, payments, auth, faults }`;
 * `app.fetch` serves everything on the bank's one origin (`options.issuer`).
 */
import { randomUUID } from 'node:crypto';
import { createDialectBank } from '../bank-common/dialect-bank.ts';
import type { SandboxBank } from '../bank-common/shell.ts';
import type { BankOptions } from '../bank-common/types.ts';
import { euApi } from './api.ts';
import { BgConsents } from './consents.ts';
import { bgFaultBody } from './errors.ts';
import { euPaymentsApi } from './payments.ts';

export const BANK_EU_NAME = 'Sandbox Bank EU';

export function createBankEu(options: BankOptions): Promise<SandboxBank> {
  return createDialectBank(options, {
    name: BANK_EU_NAME,
    profile: { code: 'eu', homeCurrency: 'EUR', foreignCurrency: 'GBP', country: 'DE', bankCode: '50010517' },
    consents: (ledger, ttlSeconds) => new BgConsents(ledger, ttlSeconds),
    paymentIdPrefix: 'sbeu-pay-',
    api: ({ issuer, auth, ledger, consents, payments }) => {
      const api = euApi({ issuer, auth, ledger, consents });
      const debtorIban = (accountId: string) => ledger.account(accountId)?.iban;
      api.route('/', euPaymentsApi({ issuer, auth, store: payments, debtorIban }));
      return api;
    },
    // Berlin Group's OAuth SCA approach: authorising the payment submits it.
    onPaymentAuthorised: (payment, payments) => payments.submit(payment),
    errorBody: bgFaultBody,
    correlation: (request) => ({ 'X-Request-ID': request.headers.get('x-request-id') ?? randomUUID() }),
  });
}

export type { BankClient, BankOptions } from '../bank-common/types.ts';
