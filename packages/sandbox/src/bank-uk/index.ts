/**
 * Sandbox Bank UK: a UK Open Banking Read/Write 4.0 AIS and PIS bank with its own OAuth 2.0 server.
 * `createBankUk(options)` resolves to `{ app, close, ledger, auth, faults }`; `app.fetch` serves
 * everything on the bank's one origin (`options.issuer`).
 */
import { randomUUID } from 'node:crypto';
import { Ledger } from '../bank-common/ledger.ts';
import { createAuthServer } from '../bank-common/oauth.ts';
import { combineGates, PaymentGate, PaymentStore } from '../bank-common/payments.ts';
import { assembleBank, type SandboxBank } from '../bank-common/shell.ts';
import type { BankOptions } from '../bank-common/types.ts';
import { ukApi } from './api.ts';
import { UkConsents } from './consents.ts';
import { obErrorBody } from './errors.ts';
import { ukPaymentsApi } from './payments.ts';

export const BANK_UK_NAME = 'Sandbox Bank UK';
const NINETY_DAYS = 90 * 86_400;

export async function createBankUk(options: BankOptions): Promise<SandboxBank> {
  const issuer = options.issuer.replace(/\/$/, '');
  const ledger = new Ledger(
    { code: 'uk', homeCurrency: 'GBP', foreignCurrency: 'USD', country: 'GB', bankCode: 'SBUK' },
    options.anchor,
  );
  const auth = await createAuthServer({
    issuer,
    clients: options.clients,
    cookieKeys: options.cookieKeys,
    accessTokenTtlSeconds: options.accessTokenTtlSeconds,
  });
  const consents = new UkConsents(ledger, options.consentTtlSeconds ?? NINETY_DAYS);
  const payments = new PaymentStore(ledger, 'urn-sandbox-uk-pisp-');
  const api = ukApi({ issuer, auth, ledger, consents });
  api.route('/', await ukPaymentsApi({ issuer, auth, store: payments }));
  return assembleBank({
    bank: BANK_UK_NAME,
    auth,
    ledger,
    gate: combineGates(consents, new PaymentGate(payments), payments),
    faults: options.faults,
    errorBody: (status) => obErrorBody(status, `Sandbox fault injected: HTTP ${status}`),
    correlation: (request) => ({
      'x-fapi-interaction-id': request.headers.get('x-fapi-interaction-id') ?? randomUUID(),
    }),
    api,
  });
}

export type { BankClient, BankOptions } from '../bank-common/types.ts';
