/**
 * Payment initiation at a bank (pay by bank), the dialect-free interface both PIS connectors
 * implement (payments-ob-uk.ts, payments-berlin-group.ts). The OAuth round trip is the link flow's
 * own (BankOAuth: PAR, PKCE, private_key_jwt); what differs is who submits the payment. UK creates
 * a payment consent, the user authorises it, Finlet submits the payment with the user's token:
 * nothing moves before that. Berlin Group creates the payment, and the user's approval at the bank
 * submits it: from then on only the bank's status says what happened, whatever reaches Finlet's
 * callback. Statuses come back as `awaiting_approval | pending | settled | rejected`.
 */
import { createHash } from 'node:crypto';
import type { Payee } from '@finlet/shared';
import { ApiError } from '../../errors.ts';
import type { BankTokens } from './oauth.ts';
import type { BankAuthorization, BankDialect } from './types.ts';

export interface BankPaymentOrder {
  /** Finlet's payment id: the reference the user sees, and the root of every idempotency key. */
  paymentId: string;
  amount: number;
  currency: string;
  reference: string;
  /** Who is paid: the partner's payee account (connectors/providers.ts chooses it). */
  payee: Payee;
}

/** `awaiting_approval`: the bank holds the payment but not the user's approval (it pays nothing yet). */
export type BankPaymentStatus = 'awaiting_approval' | 'pending' | 'settled' | 'rejected';

interface PaymentInitiation extends BankAuthorization {
  /** The currencies the bank pays in (domestic schemes: one). */
  readonly currencies: readonly string[];
  createPayment(order: BankPaymentOrder, o: { redirectUri: string }): Promise<{ consentId: string }>;
  /** Checks the bank's redirect (state, issuer) without redeeming its code; throws `AuthorizationDenied` on a refusal. */
  checkRedirect(callback: URLSearchParams, o: { state: string }): Promise<void>;
  /** Reads where the payment is (an idempotent GET, retried). */
  status(bankPaymentId: string): Promise<BankPaymentStatus>;
}

/** UK: the consent pays nothing until Finlet submits the payment with the user's token. */
export interface PaymentSubmittedByFinlet extends PaymentInitiation {
  readonly submittedOnApproval: false;
  /** Submits the authorised payment (idempotent: repeated calls answer the same bank payment). */
  submit(
    order: BankPaymentOrder,
    consentId: string,
    tokens: BankTokens,
  ): Promise<{ bankPaymentId: string; status: BankPaymentStatus }>;
}

/** Berlin Group: the payment exists from initiation (its id is the consent id) and the user's approval submits it. */
export interface PaymentSubmittedOnApproval extends PaymentInitiation {
  readonly submittedOnApproval: true;
  /**
   * Withdraws a payment the user has not approved, so that they no longer can: `withdrawn`, or
   * `approved` when the bank already has the approval (it can no longer be withdrawn). Throws when
   * the bank does not answer — then nobody knows.
   */
  withdraw(bankPaymentId: string): Promise<'withdrawn' | 'approved'>;
}

export type BankPaymentInitiation = PaymentSubmittedByFinlet | PaymentSubmittedOnApproval;

/**
 * An ISO 20022 payment status code (OB `Status`, BG `transactionStatus`) → Finlet's: ACSC and ACCC
 * are settled, the dialect's own refusal codes rejected, everything else still pending.
 */
export function isoPaymentStatus(code: string, rejected: readonly string[]): BankPaymentStatus {
  if (code === 'ACSC' || code === 'ACCC') return 'settled';
  return rejected.includes(code) ? 'rejected' : 'pending';
}

/**
 * Who a test-mode bank payment pays when the partner set no test payee: Finlet's collection account
 * at each sandbox scheme (sandbox constants, not secrets). Live payments always pay the partner's own.
 */
export const SANDBOX_PAYEES: Readonly<Record<BankDialect, Payee>> = {
  ob_uk: { name: 'Finlet Payments Ltd', sort_code: '040004', account_number: '12345678' },
  berlin_group: { name: 'Finlet Payments Ltd', iban: 'DE89370400440532013000' },
};

/** A stable UUID derived from a Finlet id: Berlin Group's X-Request-ID is both a UUID and Finlet's idempotency key. */
export function uuidFrom(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((Number.parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** "12.34" for 1234 minor units of a two-decimal currency (both sandbox schemes pay GBP or EUR). */
export function toDecimal(minor: number): string {
  return `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
}

export function unsupportedCurrency(currency: string): ApiError {
  return new ApiError('invalid_request', `This bank cannot pay in ${currency}.`, 'institution');
}
