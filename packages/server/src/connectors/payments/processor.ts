/**
 * The card-processing capability as Finlet sees it: how the browser collects a card (the card
 * never reaches Finlet), describe and charge what the browser made of it, read a
 * payment (by its id, or the charge an idempotency key made), cancel one awaiting 3-D Secure,
 * refund, and check a signed callback. One interface, so a test or another processor can stand in
 * for the sandbox one; every failure is a `ProcessorFailure` whose `kind` says whether the money
 * may have moved (`unknown`) or certainly did not (`rejected`, `unavailable`).
 */
import type { ErrorCode } from '@finlet/shared';

/**
 * What the card form in the browser hands Finlet instead of the card: the card number and CVC
 * never reach Finlet's server (PCI DSS scope stays with the processor).
 * - `token`: a token the processor's own browser tokenizer made (sandbox processor: `tok_…`).
 * - `encrypted`: the processor's client-side encryption of each field (Adyen CSE, as its Web SDK
 *   sends them: `encryptedCardNumber` …), forwarded untouched.
 */
export type CardSource =
  | { type: 'token'; token: string }
  | {
      type: 'encrypted';
      encrypted_card_number: string;
      encrypted_expiry_month: string;
      encrypted_expiry_year: string;
      encrypted_security_code: string;
      holder_name?: string | undefined;
    };

/** How the widget collects the card in the browser, per processor (sent to the frame, never secret). */
export type CardCollection =
  | { kind: 'sandbox_tokenizer'; url: string; publishable_key: string }
  | { kind: 'adyen_cse'; client_key: string; public_key: string };

export interface CardSummary {
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
}

/** `canceled`: Finlet canceled it while it awaited 3-D Secure; the processor will never capture it. */
export type ProcessorPaymentStatus = 'succeeded' | 'requires_action' | 'failed' | 'canceled';

export interface ProcessorPayment {
  id: string;
  status: ProcessorPaymentStatus;
  amount: number;
  currency: string;
  reference: string;
  card: { brand: string; last4: string; exp_month: number; exp_year: number };
  decline_code: string | null;
  next_action: { type: 'three_d_secure'; url: string } | null;
  amount_refunded: number;
}

export interface ProcessorRefund {
  id: string;
  payment: string;
  amount: number;
  status: 'succeeded' | 'failed';
}

export interface ChargeInput {
  source: CardSource;
  amount: number;
  currency: string;
  reference: string;
  returnUrl: string;
  callbackUrl: string;
  frameAncestors: string[];
}

/**
 * A verified callback, by what it is about; `other` for types Finlet does not act on;
 * `cancel_failed`: a cancel the processor had accepted (`cancel` answered) did not happen after all —
 * the payment (`payment`: the processor's id) may still be authorised or captured.
 */
export type ProcessorEvent =
  | { id: string; kind: 'payment'; payment: ProcessorPayment }
  | { id: string; kind: 'refund'; refund: ProcessorRefund }
  | { id: string; kind: 'cancel_failed'; payment: string }
  | { id: string; kind: 'other'; type: string };

export interface CardProcessor {
  /** The origin of the processor's 3-D Secure pages (for the flow's `frame-src`). */
  readonly challengeOrigin: string;
  /**
   * The longest one `charge` call may take with all its retries: after it, no request of that call
   * is still on its way to the processor (reconciliation waits this long, twice over, before it
   * believes a charge the processor does not know never happened).
   */
  readonly chargeWindowMs: number;
  /** What the widget needs to collect the card in the browser. */
  readonly collection: CardCollection;
  /** Brand, last 4 and expiry for the payment row before the charge; null when only the charge says. */
  describe(source: CardSource): Promise<CardSummary | null>;
  charge(input: ChargeInput, idempotencyKey: string): Promise<ProcessorPayment>;
  retrieve(processorPaymentId: string): Promise<ProcessorPayment>;
  /**
   * The 3-D Secure return page's query (Adyen: `redirectResult` → `POST /payments/details`); a
   * processor without it is read with `retrieve`.
   */
  completeReturn?(processorPaymentId: string, params: Record<string, string>): Promise<ProcessorPayment>;
  /** The payment the charge sent with `idempotencyKey` made; null when the processor made none (yet). */
  findCharge(idempotencyKey: string): Promise<ProcessorPayment | null>;
  /** `currency`: the payment's (lowercase ISO 4217); a processor that needs it in the request reads it. */
  refund(
    processorPaymentId: string,
    amount: number,
    idempotencyKey: string,
    currency?: string,
  ): Promise<ProcessorRefund>;
  /**
   * Cancels a payment awaiting 3-D Secure so a late challenge can never capture it (idempotent).
   * Answers the payment as it now is: `canceled`, or — when it ended before the cancel landed —
   * `succeeded` (captured) or `failed`.
   */
  cancel(processorPaymentId: string): Promise<ProcessorPayment>;
  /** Ends a pending 3-D Secure challenge as the cardholder's Cancel would (so it can never succeed later). */
  abandonChallenge(challengeUrl: string): Promise<void>;
  /** Parses a callback whose `Processor-Signature` is valid and fresh; null when it is not. */
  verifyCallback(signature: string | undefined, rawBody: string): ProcessorEvent | null;
  /**
   * For a processor that batches its notifications and checks each one's own signature in the
   * body (Adyen): every event of a verified batch, null when any item's signature is wrong; and
   * the exact answer the processor expects on receipt (Adyen: `[accepted]`).
   */
  verifyNotifications?(rawBody: string): ProcessorEvent[] | null;
  readonly notificationAnswer?: string;
}

/**
 * - `rejected`: the processor answered and refused (bad card field, not refundable): nothing moved.
 * - `unavailable`: not sent (circuit open) or refused before processing (429/503): nothing moved.
 * - `unknown`: timeout, 5xx or an unreadable answer after the request went out: it may have moved.
 */
export type FailureKind = 'rejected' | 'unavailable' | 'unknown';

export class ProcessorFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly code: ErrorCode,
    message: string,
    /** The processor's own code (e.g. `invalid_cvc`), when it sent one. */
    readonly providerCode?: string,
    readonly param?: string,
  ) {
    super(message);
  }
}
