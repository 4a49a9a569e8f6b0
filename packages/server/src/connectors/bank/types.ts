/**
 * The one interface every bank connector implements (UK Open Banking in ob-uk.ts, Berlin Group in
 * berlin-group.ts), and the dialect-free shapes they return. The link service only ever sees
 * these: amounts are signed minor units, account types are Finlet's, and a consent or token the
 * bank no longer accepts is a `BankAccessError` the service can act on (refresh, or mark expired).
 */
import { CURRENCY_EXPONENTS } from '@finlet/shared';
import { ApiError } from '../../errors.ts';
import type { BankTokens } from './oauth.ts';

/** A bank's API dialect, named as the registry's connector for it (connectors/registry.ts). */
export type BankDialect = 'ob_uk' | 'berlin_group';

export interface InstitutionInfo {
  id: string;
  name: string;
  country: string;
  products: ('accounts' | 'balances' | 'transactions' | 'owners' | 'payment_initiation')[];
}

export interface BankAccess {
  consentId: string;
  accessToken: string;
}

export interface BankAccountData {
  bankAccountId: string;
  name: string;
  type: 'depository' | 'credit' | 'other';
  subtype: 'checking' | 'savings' | 'credit_card' | 'other';
  currency: string;
  iban: string | null;
  sortCode: string | null;
  accountNumber: string | null;
}

export interface BankBalanceData {
  currency: string;
  available: number | null;
  current: number | null;
  limit: number | null;
  asOf: string;
}

export interface BankTransactionData {
  bankTransactionId: string;
  amount: number;
  currency: string;
  status: 'pending' | 'booked';
  bookingDate: string | null;
  valueDate: string | null;
  description: string;
  counterparty: string | null;
}

export interface BankOwnerData {
  names: string[];
  addresses: string[];
  emails: string[];
}

export interface BankConsent {
  status: 'awaiting' | 'active' | 'rejected' | 'expired' | 'revoked';
  expiresAt: Date | null;
}

/**
 * What every bank connector offers, account information and payment initiation alike: the
 * institution, its health, and the user's authorisation of a consent at the bank's OAuth server.
 */
export interface BankAuthorization {
  readonly institution: InstitutionInfo;
  health(): 'healthy' | 'degraded';
  authorizationUrl(o: {
    consentId: string;
    state: string;
    codeVerifier: string;
    redirectUri: string;
  }): Promise<string>;
  exchange(
    callback: URLSearchParams,
    o: { state: string; codeVerifier: string; redirectUri: string },
  ): Promise<BankTokens>;
}

export interface BankConnector extends BankAuthorization {
  /** Creates the bank-side consent the user will authorise. */
  createConsent(o: { redirectUri: string }): Promise<{ consentId: string; expiresAt: Date | null }>;
  refresh(refreshToken: string): Promise<BankTokens>;
  consent(consentId: string): Promise<BankConsent>;
  accounts(access: BankAccess): Promise<BankAccountData[]>;
  balance(access: BankAccess, bankAccountId: string): Promise<BankBalanceData>;
  /** Every transaction the consent allows, all pages, pending included. */
  transactions(access: BankAccess, bankAccountId: string): Promise<BankTransactionData[]>;
  owners(access: BankAccess, bankAccountId: string): Promise<BankOwnerData[]>;
  /** Ends the consent at the bank (and revokes the refresh token). */
  revoke(access: BankAccess & { refreshToken: string | null }): Promise<void>;
}

/** The bank refused the token (refresh and retry) or the consent (expired/revoked at the bank). */
export class BankAccessError extends Error {
  constructor(
    readonly kind: 'token' | 'consent',
    message: string,
  ) {
    super(message);
  }
}

/** A body that parsed but does not have the dialect's shape. */
export function unreadable(institution: string, what: string): ApiError {
  return new ApiError('provider_error', `${institution} answered an unreadable ${what}.`);
}

/** "12.34" in a currency → 1234 minor units (exact: no floating point). */
export function toMinor(decimal: string, currency: string): number {
  const exponent = (CURRENCY_EXPONENTS as Record<string, number>)[currency] ?? 2;
  const match = /^(-?)(\d{1,14})(?:\.(\d{1,5}))?$/.exec(decimal.trim());
  if (!match)
    throw new ApiError('provider_error', `The bank sent an unreadable amount "${decimal.slice(0, 20)}".`);
  const [, sign, whole, fraction = ''] = match;
  const minor =
    Number(whole) * 10 ** exponent + Number(fraction.padEnd(exponent, '0').slice(0, exponent) || '0');
  return sign === '-' ? -minor : minor;
}

export function maskTail(value: string | null, keep = 4): string | null {
  if (!value) return null;
  const compact = value.replace(/\s+/g, '');
  return `${'•'.repeat(Math.max(0, compact.length - keep))}${compact.slice(-keep)}`;
}
