/**
 * How both sandbox banks are put together from their dialect's parts: the deterministic ledger,
 * the bank's own OAuth server, the account-access consents (90 days unless the options say
 * otherwise), the payment store, and the consent pages choosing between account and payment
 * consents — then the shell (shell.ts) around the dialect's API. Each bank's index.ts says only
 * what its dialect differs in: ledger profile, consent model, API, payment ids, error body and
 * correlation header.
 */
import type { Hono } from 'hono';
import type { ConsentGate } from './interaction.ts';
import { type BankProfile, Ledger } from './ledger.ts';
import { type AuthServer, createAuthServer } from './oauth.ts';
import { combineGates, type InitiatedPayment, PaymentGate, PaymentStore } from './payments.ts';
import { assembleBank, type SandboxBank } from './shell.ts';
import type { BankOptions } from './types.ts';

const NINETY_DAYS = 90 * 86_400;

/** What a dialect's API is built on. */
export interface BankParts<Consents> {
  issuer: string;
  auth: AuthServer;
  ledger: Ledger;
  consents: Consents;
  payments: PaymentStore;
}

export async function createDialectBank<Consents extends ConsentGate>(
  options: BankOptions,
  dialect: {
    name: string;
    profile: BankProfile;
    consents: (ledger: Ledger, ttlSeconds: number) => Consents;
    paymentIdPrefix: string;
    /** The AIS and PIS endpoints on the bank's origin. */
    api: (parts: BankParts<Consents>) => Hono | Promise<Hono>;
    /** What the user approving a payment does at once (Berlin Group: submits it); nothing by default. */
    onPaymentAuthorised?: (payment: InitiatedPayment, payments: PaymentStore) => void;
    errorBody: (status: number) => unknown;
    /** Headers every API answer must carry, injected faults included. */
    correlation: (request: Request) => Record<string, string>;
  },
): Promise<SandboxBank> {
  const issuer = options.issuer.replace(/\/$/, '');
  const ledger = new Ledger(dialect.profile, options.anchor);
  const auth = await createAuthServer({
    issuer,
    clients: options.clients,
    cookieKeys: options.cookieKeys,
    accessTokenTtlSeconds: options.accessTokenTtlSeconds,
  });
  const consents = dialect.consents(ledger, options.consentTtlSeconds ?? NINETY_DAYS);
  const payments = new PaymentStore(ledger, dialect.paymentIdPrefix);
  const api = await dialect.api({ issuer, auth, ledger, consents, payments });
  const onAuthorised = dialect.onPaymentAuthorised;
  const paymentGate = new PaymentGate(payments, onAuthorised && ((p) => onAuthorised(p, payments)));
  return assembleBank({
    bank: dialect.name,
    auth,
    ledger,
    gate: combineGates(consents, paymentGate, payments),
    payments,
    faults: options.faults,
    errorBody: dialect.errorBody,
    correlation: dialect.correlation,
    api,
  });
}
