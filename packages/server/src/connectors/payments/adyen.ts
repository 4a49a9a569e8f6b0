/**
 * The Adyen card connector: Checkout API v71 (data/providers/adyen/CheckoutService-v71.json) as a
 * `CardProcessor`, on the one resilience layer (connectors/http) with the account's `X-API-Key`.
 *
 * - The card is never seen: the browser encrypts each field with the account's client-side
 *   encryption key (Adyen CSE, as Adyen's Web SDK does) and the `encrypted` `CardSource` is
 *   forwarded untouched as `paymentMethod` {type `scheme`, `encryptedCardNumber` …}.
 * - `charge` → `POST /payments` (amount in minor units, `reference` = Finlet's payment id,
 *   `channel` Web, the charge's `Idempotency-Key`, so the policy may resend it after a timeout while
 *   the ciphertext is still in memory). 3-D Secure runs as Adyen's REDIRECT flow
 *   (`authenticationData.threeDSRequestData.nativeThreeDS: disabled`): Finlet does not embed
 *   Adyen's SDK to render native 3DS2 challenges, so a redirect URL is what the widget can open. The
 *   return to `returnUrl` carries `redirectResult`, which `completeReturn` sends to
 *   `POST /payments/details`.
 * - `resultCode` → status: Authorised → `succeeded` (the merchant account must capture
 *   immediately — Finlet treats an authorisation as the money taken); Refused, Error, Cancelled →
 *   `failed` (decline code from the refusal reason); RedirectShopper / IdentifyShopper /
 *   ChallengeShopper with a GET redirect action → `requires_action`. Pending, Received (and
 *   anything else) → a `ProcessorFailure` of kind `unknown`: the payment stays `processing` and the
 *   AUTHORISATION notification decides.
 * - Adyen has NO API to read a payment, by its pspReference or by an idempotency key, and the
 *   charge cannot be re-sent to find out (the encrypted card is single-use and never stored). So
 *   `retrieve` and `findCharge` answer `unavailable` ("not asked"): reconciliation keeps the
 *   payment `processing` and tries later, never declaring it failed, and Adyen's signed
 *   notification webhook (adyen-notifications.ts) is what settles it. A webhook endpoint is
 *   therefore REQUIRED for an Adyen account (README "Going live").
 * - `refund` → `POST /payments/{pspReference}/refunds`; `cancel` → `…/reversals`, not `…/cancels`:
 *   a payment awaiting 3-D Secure may have been authorised — and, with immediate capture,
 *   captured — before the cancel lands, and a reversal cancels it if it is not captured yet and
 *   refunds it if it is, so no money stays taken either way (a plain cancel of a captured payment
 *   fails). Adyen answers `received` and confirms with a REFUND / CANCEL_OR_REFUND notification;
 *   Finlet records them as done on receipt, and a later `success: false` one undoes that
 *   (adyen-notifications.ts: the refund fails and gives its amount back; the payment is no longer
 *   known to be canceled).
 * - `abandonChallenge`: Adyen offers no way to end an issuer's challenge; the redirect simply
 *   expires unused, and `cancel` voids whatever it might still authorise.
 *
 * Errors: 4xx `ServiceError` → `rejected` (card field errors keep their field), 401/403 → a
 * `rejected` `provider_error` (the account's key is wrong), 429/503/circuit open → `unavailable`,
 * timeouts, other 5xx and unreadable answers → `unknown`. Nothing here logs a body.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { type Clock, systemClock } from '../../clock.ts';
import { type PolicyOptions, ProviderPolicy } from '../http/policy.ts';
import { JsonSender } from '../http/sender.ts';
import { verifyAdyenNotifications } from './adyen-notifications.ts';
import { cardOf, declineOf } from './adyen-results.ts';
import type {
  CardCollection,
  CardProcessor,
  CardSource,
  ChargeInput,
  ProcessorPayment,
  ProcessorRefund,
} from './processor.ts';
import { ProcessorFailure } from './processor.ts';
import { callProcessor } from './processor-call.ts';

export interface AdyenOptions {
  /** The Checkout API base, version included: `https://checkout-test.adyen.com/v71` in test. */
  baseUrl: string;
  merchantAccount: string;
  /** The client key (`test_…`/`live_…`) the browser's encryption is allowed to use. */
  clientKey: string;
  /** The client-side encryption public key, `10001|<hex modulus>`. */
  publicKey: string;
  apiKey: string;
  /** The notification HMAC key, hex, as Customer Area shows it. */
  hmacKey: string;
  timeoutMs: number;
  resilience?: Partial<Omit<PolicyOptions, 'provider' | 'timeoutMs'>>;
  clock?: Clock;
}

const RESILIENCE = {
  retries: 2,
  baseDelayMs: 100,
  maxDelayMs: 2000,
  maxRetryAfterMs: 2000,
  breaker: { threshold: 5, cooldownMs: 10_000 },
};

const stringMap = z.record(z.string(), z.string());
const amount = z.object({ currency: z.string(), value: z.number().int() });
/** `PaymentResponse` / `PaymentDetailsResponse`: only what Finlet reads (the rest is ignored). */
const paymentResponse = z.object({
  resultCode: z.string().optional(),
  pspReference: z.string().optional(),
  merchantReference: z.string().optional(),
  refusalReason: z.string().optional(),
  refusalReasonCode: z.string().optional(),
  amount: amount.optional(),
  additionalData: stringMap.optional(),
  paymentMethod: z.object({ brand: z.string().optional(), type: z.string().optional() }).optional(),
  action: z
    .object({ type: z.string(), url: z.string().optional(), method: z.string().optional() })
    .optional(),
});
type PaymentResponse = z.infer<typeof paymentResponse>;
/** `PaymentRefundResponse` / `PaymentReversalResponse`. */
const modificationResponse = z.object({
  pspReference: z.string(),
  paymentPspReference: z.string(),
  status: z.literal('received'),
  amount: amount.optional(),
});
const serviceError = z.object({
  status: z.number().optional(),
  errorCode: z.string().optional(),
  errorType: z.string().optional(),
  message: z.string().optional(),
});

/** Adyen validation codes about a card field (docs.adyen.com "API error codes") → the field. */
const CARD_FIELD_ERRORS: Readonly<Record<string, string>> = {
  '101': 'number',
  '102': 'number',
  '103': 'cvc',
  '129': 'exp_month',
  '130': 'exp_year',
  '131': 'cvc',
  '134': 'number',
};

const ACTION_RESULTS = new Set(['RedirectShopper', 'IdentifyShopper', 'ChallengeShopper']);
const FAILED_RESULTS = new Set(['Refused', 'Error', 'Cancelled']);

/** The `paymentMethod` of `/payments` for a card the browser encrypted (Adyen CSE). */
export function adyenPaymentMethod(source: CardSource | undefined) {
  if (source?.type !== 'encrypted') {
    throw new ProcessorFailure(
      'rejected',
      'card_invalid',
      'Adyen takes the card fields encrypted in the browser (Adyen CSE), not a token.',
      undefined,
      'payment_method',
    );
  }
  return {
    type: 'scheme',
    encryptedCardNumber: source.encrypted_card_number,
    encryptedExpiryMonth: source.encrypted_expiry_month,
    encryptedExpiryYear: source.encrypted_expiry_year,
    encryptedSecurityCode: source.encrypted_security_code,
    ...(source.holder_name ? { holderName: source.holder_name } : {}),
  };
}

export function createAdyenProcessor(opts: AdyenOptions): CardProcessor {
  const base = opts.baseUrl.replace(/\/$/, '');
  const policy = new ProviderPolicy(
    { provider: 'Adyen', timeoutMs: opts.timeoutMs, ...RESILIENCE, ...opts.resilience },
    opts.clock ?? systemClock,
  );
  const http = new JsonSender(policy);

  const post = <T>(path: string, schema: z.ZodType<T>, body: unknown, key: string): Promise<T> =>
    callProcessor(
      http,
      {
        url: `${base}${path}`,
        method: 'POST',
        headers: { 'x-api-key': opts.apiKey, 'idempotency-key': adyenIdempotencyKey(key) },
        json: body,
      },
      schema,
      rejection,
    );

  /** A `/payments` or `/payments/details` answer as Finlet's payment (`fallback`: what was sent). */
  function paymentOf(
    r: PaymentResponse,
    fallback: { id?: string; amount?: number; currency?: string; reference?: string },
  ): ProcessorPayment {
    const result = r.resultCode ?? '';
    let status: ProcessorPayment['status'];
    let nextAction: ProcessorPayment['next_action'] = null;
    if (result === 'Authorised') status = 'succeeded';
    else if (FAILED_RESULTS.has(result)) status = 'failed';
    else if (ACTION_RESULTS.has(result) && r.action?.type === 'redirect' && r.action.url) {
      // A POST redirect would need a form the widget cannot post; with the redirect flow Adyen
      // sends 3-D Secure 2 as a GET redirect, so anything else is an answer Finlet cannot act on.
      if ((r.action.method ?? 'GET').toUpperCase() !== 'GET')
        throw new ProcessorFailure('unknown', 'provider_error', 'Adyen asked for a POST redirect.');
      status = 'requires_action';
      nextAction = { type: 'three_d_secure', url: r.action.url };
    } else {
      // Pending, Received, or an action Finlet cannot show: the notification will say.
      throw new ProcessorFailure(
        'unknown',
        'provider_error',
        `Adyen answered ${result || 'no result'}; waiting for its notification.`,
        result || undefined,
      );
    }
    const id = r.pspReference ?? fallback.id;
    if (!id)
      throw new ProcessorFailure('unknown', 'provider_error', 'Adyen answered without a pspReference.');
    return {
      id,
      status,
      amount: r.amount?.value ?? fallback.amount ?? 0,
      currency: (r.amount?.currency ?? fallback.currency ?? '').toLowerCase(),
      reference: r.merchantReference ?? fallback.reference ?? '',
      card: cardOf(r.additionalData, r.paymentMethod?.brand),
      decline_code: status === 'failed' ? declineOf(r.refusalReasonCode, r.refusalReason) : null,
      next_action: nextAction,
      amount_refunded: 0,
    };
  }

  const notAskable = (what: string) =>
    new ProcessorFailure(
      'unavailable',
      'provider_unavailable',
      `Adyen has no API to read ${what}; its notification webhook settles the payment.`,
    );

  const collection: CardCollection = {
    kind: 'adyen_cse',
    client_key: opts.clientKey,
    public_key: opts.publicKey,
  };

  return {
    challengeOrigin: challengeOriginOf(base),
    chargeWindowMs: policy.windowMs,
    collection,
    describe: async () => null,
    async charge(input: ChargeInput, key: string) {
      const answer = await post(
        '/payments',
        paymentResponse,
        {
          amount: { currency: input.currency.toUpperCase(), value: input.amount },
          merchantAccount: opts.merchantAccount,
          reference: input.reference,
          paymentMethod: adyenPaymentMethod(input.source),
          returnUrl: input.returnUrl,
          channel: 'Web',
          shopperInteraction: 'Ecommerce',
          authenticationData: { threeDSRequestData: { nativeThreeDS: 'disabled' } },
          origin: new URL(input.returnUrl).origin,
        },
        key,
      );
      return paymentOf(answer, input);
    },
    async completeReturn(id: string, params: Record<string, string>) {
      const redirectResult = params.redirectResult;
      if (!redirectResult)
        throw new ProcessorFailure('rejected', 'invalid_request', 'The return carries no redirectResult.');
      // The same redirectResult always gets the same answer: it is the natural idempotency key.
      const answer = await post(
        '/payments/details',
        paymentResponse,
        { details: { redirectResult } },
        `details_${id}_${redirectResult}`,
      );
      return paymentOf(answer, { id });
    },
    retrieve: () => Promise.reject(notAskable('a payment')),
    findCharge: () => Promise.reject(notAskable('a payment by its idempotency key')),
    async refund(payment: string, value: number, key: string, currency?: string): Promise<ProcessorRefund> {
      // Adyen wants the payment's own currency in the refund.
      if (!currency)
        throw new ProcessorFailure('rejected', 'invalid_request', 'A refund needs its currency.');
      const answer = await post(
        `/payments/${encodeURIComponent(payment)}/refunds`,
        modificationResponse,
        {
          amount: { currency: currency.toUpperCase(), value },
          merchantAccount: opts.merchantAccount,
          reference: key,
        },
        key,
      );
      return {
        id: answer.pspReference,
        payment: answer.paymentPspReference,
        amount: value,
        status: 'succeeded',
      };
    },
    async cancel(id: string) {
      await post(
        `/payments/${encodeURIComponent(id)}/reversals`,
        modificationResponse,
        { merchantAccount: opts.merchantAccount, reference: `cancel_${id}` },
        `cancel_${id}`,
      );
      return {
        id,
        status: 'canceled',
        amount: 0,
        currency: '',
        reference: '',
        card: cardOf(undefined),
        decline_code: null,
        next_action: null,
        amount_refunded: 0,
      };
    },
    abandonChallenge: async () => {},
    // Adyen signs each notification item in its body, not a header: see verifyNotifications.
    verifyCallback: () => null,
    verifyNotifications: (rawBody: string) =>
      verifyAdyenNotifications({ hmacKey: opts.hmacKey, merchantAccount: opts.merchantAccount, rawBody }),
    notificationAnswer: '[accepted]',
  };
}

/**
 * Adyen takes an Idempotency-Key of at most 64 characters; a longer one is replaced by its SHA-256
 * (base64url, 43 characters) — the same key always maps to the same, so retries still match.
 */
export function adyenIdempotencyKey(key: string): string {
  return key.length <= 64 ? key : createHash('sha256').update(key).digest('base64url');
}

/** Where Adyen's 3-D Secure redirect pages live: its test or live shopper host, or a local fake itself. */
export function challengeOriginOf(baseUrl: string): string {
  const url = new URL(baseUrl);
  if (url.hostname === ADYEN_TEST_HOST) return 'https://checkoutshopper-test.adyen.com';
  if (url.protocol === 'http:') return url.origin;
  return 'https://checkoutshopper-live.adyen.com';
}

/** Adyen's Checkout test environment: an account on it never moves real money. */
export const ADYEN_TEST_HOST = 'checkout-test.adyen.com';

function rejection(status: number, body: unknown): ProcessorFailure {
  const parsed = serviceError.safeParse(body);
  const code = parsed.success && parsed.data.errorCode ? parsed.data.errorCode : `http_${status}`;
  if (status === 401 || status === 403)
    return new ProcessorFailure('rejected', 'provider_error', 'Adyen refused the account’s API key.', code);
  const field = CARD_FIELD_ERRORS[code];
  if (field)
    return new ProcessorFailure('rejected', 'card_invalid', `The card's ${field} is not valid.`, code, field);
  // 704: a request with this Idempotency-Key is still being processed — it may yet move money.
  if (code === '704')
    return new ProcessorFailure('unknown', 'provider_error', 'Adyen is still processing this request.', code);
  return new ProcessorFailure('rejected', 'provider_error', `Adyen refused the request (${code}).`, code);
}
