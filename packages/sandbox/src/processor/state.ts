/**
 * The processor's memory: tokens (the only place a raw card number lives), payments, refunds and
 * idempotency records. Everything is in-process; a restart forgets it, as a sandbox may.
 */
import type { CardBrand, FinalOutcome } from './cards.ts';
import { ProcessorError } from './errors.ts';

export interface CardSummary {
  brand: CardBrand;
  last4: string;
  exp_month: number;
  exp_year: number;
}

export interface CardToken extends CardSummary {
  id: string;
  number: string;
  cvc: string;
  used: boolean;
  /** Sandbox trigger (cardholder name `Frame Refused`): its challenge page refuses to be framed. */
  refusesFraming?: boolean;
}

/** `canceled`: the merchant canceled it while it awaited 3-D Secure; it can never be captured. */
export type PaymentStatus = 'requires_action' | 'succeeded' | 'failed' | 'canceled';

/** The payment as the API shows it. */
export interface Payment {
  id: string;
  object: 'payment';
  amount: number;
  currency: string;
  status: PaymentStatus;
  reference: string;
  capture: true;
  card: CardSummary;
  amount_captured: number;
  amount_refunded: number;
  decline_code: string | null;
  next_action: { type: 'three_d_secure'; url: string } | null;
  three_d_secure: { result: 'challenge_passed' | 'frictionless' | 'failed' | 'canceled' } | null;
  return_url: string;
  created: number;
}

/** What the API does not show: where to call back, what happens after the challenge. */
export interface PaymentRecord {
  payment: Payment;
  callbackUrl: string;
  frameAncestors: string[];
  /** The challenge page answers `X-Frame-Options: DENY`, as some issuers' pages do. */
  refusesFraming?: boolean;
  afterChallenge?: FinalOutcome;
  challengeAttemptsLeft: number;
}

export interface Refund {
  id: string;
  object: 'refund';
  payment: string;
  amount: number;
  currency: string;
  status: 'succeeded';
  created: number;
}

export interface StoredResponse {
  status: 200 | 201 | 400 | 401 | 403 | 404 | 409 | 500;
  body: unknown;
}

/**
 * Same key and same request → the first answer replayed (a request still running is awaited, so
 * concurrent retries share one charge); same key, other request → 409 idempotency_key_reused.
 * Refusals (ProcessorError) are answers too and are replayed; crashes are not kept.
 */
export class IdempotencyRecords {
  private readonly records = new Map<string, { fingerprint: string; response: Promise<StoredResponse> }>();

  run(key: string, fingerprint: string, work: () => StoredResponse): Promise<StoredResponse> {
    const existing = this.records.get(key);
    if (existing) {
      if (existing.fingerprint !== fingerprint) {
        throw new ProcessorError(
          'idempotency_key_reused',
          'This Idempotency-Key was used with another request.',
        );
      }
      return existing.response;
    }
    const response = Promise.resolve().then(() => {
      try {
        return work();
      } catch (err) {
        if (err instanceof ProcessorError) return { status: err.status, body: err.toBody() };
        this.records.delete(key);
        throw err;
      }
    });
    this.records.set(key, { fingerprint, response });
    return response;
  }
}

export class ProcessorState {
  readonly tokens = new Map<string, CardToken>();
  readonly payments = new Map<string, PaymentRecord>();
  readonly refunds = new Map<string, Refund>();
  readonly idempotency = new IdempotencyRecords();
  /**
   * The Idempotency-Key of each charge → the payment it made, for `GET /v1/payments?idempotency_key=`:
   * a merchant that never got the charge's answer learns from it whether the charge happened.
   */
  readonly paymentsByKey = new Map<string, string>();
}

/** A stable fingerprint of a request: method, path and the body with its keys sorted. */
export function fingerprintOf(method: string, path: string, body: unknown): string {
  return `${method} ${path} ${canonical(body)}`;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
