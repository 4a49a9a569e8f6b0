/**
 * Sandbox Bank EU: a Berlin Group NextGenPSD2 1.3.9 AIS and PIS bank (OAuth SCA approach) with its own
 * OAuth 2.0 server. `createBankEu(options)` resolves to `{ app, close, ledger, auth, faults }`;
 * `app.fetch` serves everything on the bank's one origin (`options.issuer`).
 */
import { randomUUID } from 'node:crypto';
import { Ledger } from '../bank-common/ledger.ts';
import { createAuthServer } from '../bank-common/oauth.ts';
import { combineGates, PaymentGate, PaymentStore } from '../bank-common/payments.ts';
import { assembleBank, type SandboxBank } from '../bank-common/shell.ts';
import type { BankOptions } from '../bank-common/types.ts';
import { euApi } from './api.ts';
import { BgConsents } from './consents.ts';
import { bgFaultBody } from './errors.ts';
import { euPaymentsApi } from './payments.ts';

export const BANK_EU_NAME = 'Sandbox Bank EU';
const NINETY_DAYS = 90 * 86_400;

export async function createBankEu(options: BankOptions): Promise<SandboxBank> {
  const issuer = options.issuer.replace(/\/$/, '');
  const ledger = new Ledger(
    { code: 'eu', homeCurrency: 'EUR', foreignCurrency: 'GBP', country: 'DE', bankCode: '50010517' },
    options.anchor,
  );
  const auth = await createAuthServer({
    issuer,
    clients: options.clients,
    cookieKeys: options.cookieKeys,
    accessTokenTtlSeconds: options.accessTokenTtlSeconds,
  });
  const consents = new BgConsents(ledger, options.consentTtlSeconds ?? NINETY_DAYS);
  const payments = new PaymentStore(ledger, 'sbeu-pay-');
  const api = euApi({ issuer, auth, ledger, consents });
  const debtorIban = (accountId: string) => ledger.account(accountId)?.iban;
  api.route('/', euPaymentsApi({ issuer, auth, store: payments, debtorIban }));
  // Berlin Group's OAuth SCA approach: authorising the payment submits it.
  const gate = new PaymentGate(payments, (p) => payments.submit(p));
  return assembleBank({
    bank: BANK_EU_NAME,
    auth,
    ledger,
    gate: combineGates(consents, gate, payments),
    faults: options.faults,
    errorBody: bgFaultBody,
    correlation: (request) => ({ 'X-Request-ID': request.headers.get('x-request-id') ?? randomUUID() }),
    api,
  });
}

export type { BankClient, BankOptions } from '../bank-common/types.ts';
