/**
 * Sandbox Bank UK: a UK Open Banking Read/Write 4.0 AIS and PIS bank with its own OAuth 2.0 server.
 * `createBankUk(options)` resolves to `{ app, close, ledger, payments, auth, faults }`; `app.fetch` serves
 * everything on the bank's one origin (`options.issuer`).
 */
import { randomUUID } from 'node:crypto';
import { createDialectBank } from '../bank-common/dialect-bank.ts';
import type { SandboxBank } from '../bank-common/shell.ts';
import type { BankOptions } from '../bank-common/types.ts';
import { ukApi } from './api.ts';
import { UkConsents } from './consents.ts';
import { obErrorBody } from './errors.ts';
import { ukPaymentsApi } from './payments.ts';

export const BANK_UK_NAME = 'Sandbox Bank UK';

export function createBankUk(options: BankOptions): Promise<SandboxBank> {
  return createDialectBank(options, {
    name: BANK_UK_NAME,
    profile: { code: 'uk', homeCurrency: 'GBP', foreignCurrency: 'USD', country: 'GB', bankCode: 'SBUK' },
    consents: (ledger, ttlSeconds) => new UkConsents(ledger, ttlSeconds),
    paymentIdPrefix: 'urn-sandbox-uk-pisp-',
    api: async ({ issuer, auth, ledger, consents, payments }) => {
      const api = ukApi({ issuer, auth, ledger, consents });
      api.route('/', await ukPaymentsApi({ issuer, auth, store: payments }));
      return api;
    },
    errorBody: (status) => obErrorBody(status, `Sandbox fault injected: HTTP ${status}`),
    correlation: (request) => ({
      'x-fapi-interaction-id': request.headers.get('x-fapi-interaction-id') ?? randomUUID(),
    }),
  });
}

export type { BankClient, BankOptions } from '../bank-common/types.ts';
