/**
 * The connector to the Sandbox Processor (packages/sandbox/src/processor) over HTTP, exactly as to
 * a real card processor: bearer `psk_…` key, an Idempotency-Key on every POST (so every call may be
 * retried), the processor's own resilience policy (connectors/http: timeouts, backoff, Retry-After,
 * circuit breaker) and the processor's errors mapped to Finlet codes. A call the processor did not
 * answer is a `ProcessorFailure` of kind `unknown` as soon as one attempt may have reached it, else
 * `unavailable`; a refusal is `rejected`. Callback signatures are checked with the server's own
 * signed-callback module, never the sandbox's helper, so the server never depends on the sandbox
 * package (a real deployment ships without it). No card number or CVC ever passes here: the
 * browser posts them to the processor's tokenizer (`collection`: its URL and the publishable key)
 * and Finlet only reads and charges the token it made.
 */
import { z } from 'zod';
import { type Clock, systemClock } from '../../clock.ts';
import { ProviderUnanswered } from '../http/errors.ts';
import { type PolicyOptions, ProviderPolicy } from '../http/policy.ts';
import { JsonSender } from '../http/sender.ts';
import { verifySignedCallback } from '../signed-callback.ts';
import type {
  CardProcessor,
  CardSource,
  CardSummary,
  ChargeInput,
  ProcessorEvent,
  ProcessorPayment,
  ProcessorRefund,
} from './processor.ts';
import { ProcessorFailure } from './processor.ts';
import { callProcessor } from './processor-call.ts';

export interface SandboxProcessorOptions {
  baseUrl: string;
  apiKey: string;
  /** The browser's key for the processor's tokenizer (`ppk_test_…`): public, it can only make tokens. */
  publishableKey: string;
  callbackSecret: string;
  timeoutMs: number;
  /** Overrides of the processor's resilience defaults (below). */
  resilience?: Partial<Omit<PolicyOptions, 'provider' | 'timeoutMs'>>;
  /** The breaker's cool-down runs on it. */
  clock?: Clock;
  /** Seconds a callback's signed timestamp may differ from now. */
  callbackToleranceSec?: number;
}

/** Three attempts at most; a charge's whole window (`chargeWindowMs`) follows from these. */
const RESILIENCE = {
  retries: 2,
  baseDelayMs: 100,
  maxDelayMs: 2000,
  maxRetryAfterMs: 2000,
  breaker: { threshold: 5, cooldownMs: 10_000 },
};

const card = z.object({ brand: z.string(), last4: z.string(), exp_month: z.number(), exp_year: z.number() });
const tokenSchema = card.extend({ id: z.string().startsWith('tok_') });
/** A token as the browser hands it over: the processor's shape, so nothing else is ever sent on. */
const TOKEN_ID = /^tok_[A-Za-z0-9]{8,64}$/;
const paymentSchema = z.object({
  id: z.string(),
  status: z.enum(['succeeded', 'requires_action', 'failed', 'canceled']),
  amount: z.number().int(),
  currency: z.string(),
  reference: z.string(),
  card,
  decline_code: z.string().nullable(),
  next_action: z.object({ type: z.literal('three_d_secure'), url: z.url() }).nullable(),
  amount_refunded: z.number().int(),
});
const paymentListSchema = z.object({ data: z.array(paymentSchema).max(1) });
const refundSchema = z.object({
  id: z.string(),
  payment: z.string(),
  amount: z.number().int(),
  status: z.enum(['succeeded', 'failed']),
});
const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), param: z.string().optional() }),
});
const eventSchema = z.object({
  id: z.string(),
  type: z.string(),
  data: z.object({ object: z.record(z.string(), z.unknown()) }),
});

/** Card-field errors keep their field, so the form can show the message next to it. */
const CARD_FIELDS: Record<string, string> = {
  invalid_number: 'number',
  invalid_expiry_month: 'exp_month',
  invalid_expiry_year: 'exp_year',
  invalid_cvc: 'cvc',
};

export function createSandboxProcessor(opts: SandboxProcessorOptions): CardProcessor {
  const base = opts.baseUrl.replace(/\/$/, '');
  const policy = new ProviderPolicy(
    { provider: 'The card processor', timeoutMs: opts.timeoutMs, ...RESILIENCE, ...opts.resilience },
    opts.clock ?? systemClock,
  );
  const http = new JsonSender(policy);

  const call = <T>(
    method: 'GET' | 'POST',
    path: string,
    schema: z.ZodType<T>,
    body?: unknown,
    key?: string,
  ): Promise<T> =>
    callProcessor(
      http,
      {
        url: `${base}${path}`,
        method,
        headers: { authorization: `Bearer ${opts.apiKey}`, ...(key ? { 'idempotency-key': key } : {}) },
        json: body,
      },
      schema,
      rejection,
    );

  return {
    challengeOrigin: new URL(base).origin,
    chargeWindowMs: policy.windowMs,
    collection: { kind: 'sandbox_tokenizer', url: `${base}/v1/tokens`, publishable_key: opts.publishableKey },
    async describe(source: CardSource): Promise<CardSummary> {
      const id = tokenOf(source);
      try {
        const { brand, last4, exp_month, exp_year } = await call(
          'GET',
          `/v1/tokens/${encodeURIComponent(id)}`,
          tokenSchema,
        );
        return { brand, last4, exp_month, exp_year };
      } catch (error) {
        if (error instanceof ProcessorFailure && error.providerCode === 'not_found') throw unknownToken();
        throw error;
      }
    },
    charge: (input: ChargeInput, key: string): Promise<ProcessorPayment> =>
      call(
        'POST',
        '/v1/payments',
        paymentSchema,
        {
          token: tokenOf(input.source),
          amount: input.amount,
          currency: input.currency,
          capture: true,
          return_url: input.returnUrl,
          callback_url: input.callbackUrl,
          reference: input.reference,
          frame_ancestors: input.frameAncestors,
        },
        key,
      ),
    retrieve: (id: string) => call('GET', `/v1/payments/${encodeURIComponent(id)}`, paymentSchema),
    async findCharge(key: string) {
      const list = await call(
        'GET',
        `/v1/payments?idempotency_key=${encodeURIComponent(key)}`,
        paymentListSchema,
      );
      return list.data[0] ?? null;
    },
    async cancel(id: string): Promise<ProcessorPayment> {
      const path = `/v1/payments/${encodeURIComponent(id)}`;
      try {
        return await call('POST', `${path}/cancel`, paymentSchema, {}, `cancel_${id}`);
      } catch (error) {
        // It ended before the cancel landed (captured or declined): say how it ended.
        if (error instanceof ProcessorFailure && error.providerCode === 'payment_not_cancelable')
          return call('GET', path, paymentSchema);
        throw error;
      }
    },
    refund: (payment: string, amount: number, key: string): Promise<ProcessorRefund> =>
      call('POST', '/v1/refunds', refundSchema, { payment, amount }, key),
    async abandonChallenge(challengeUrl: string) {
      // Only the processor's own challenge pages; the URL came from the processor, never the browser.
      if (new URL(challengeUrl).origin !== new URL(base).origin) throw new Error('foreign challenge URL');
      const init: RequestInit = {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'action=cancel',
        redirect: 'manual',
      };
      // Canceling twice is harmless, so it is retried like a read.
      await policy
        .run(async (signal) => (await http.fetchOnce(challengeUrl, init, signal)).arrayBuffer(), {
          idempotent: true,
          operation: 'POST challenge cancel',
        })
        .catch((error: unknown) => {
          if (!(error instanceof ProviderUnanswered)) throw error;
          throw new ProcessorFailure('unknown', error.code, error.message);
        });
    },
    verifyCallback(signature, rawBody): ProcessorEvent | null {
      const signed = {
        secret: opts.callbackSecret,
        header: signature,
        body: rawBody,
        // Wall time: the processor signs with its own clock, not Finlet's (which tests move).
        nowSec: Math.floor(Date.now() / 1000),
        toleranceSec: opts.callbackToleranceSec,
      };
      if (!verifySignedCallback(signed)) return null;
      const parsed = eventSchema.safeParse(safeJson(rawBody));
      if (!parsed.success) return null;
      const { id, type, data } = parsed.data;
      if (type.startsWith('payment.')) {
        const payment = paymentSchema.safeParse(data.object);
        return payment.success ? { id, kind: 'payment', payment: payment.data } : null;
      }
      if (type.startsWith('refund.')) {
        const refund = refundSchema.safeParse(data.object);
        return refund.success ? { id, kind: 'refund', refund: refund.data } : null;
      }
      return { id, kind: 'other', type };
    },
  };
}

const unknownToken = () =>
  new ProcessorFailure(
    'rejected',
    'invalid_request',
    'No such card token.',
    'not_found',
    'payment_method.token',
  );

/** The sandbox processor only knows its own tokens (encrypted fields are another processor's). */
function tokenOf(source: CardSource): string {
  if (source.type !== 'token') {
    throw new ProcessorFailure(
      'rejected',
      'invalid_request',
      'This processor takes a card token from its tokenizer.',
      undefined,
      'payment_method.type',
    );
  }
  if (!TOKEN_ID.test(source.token)) throw unknownToken();
  return source.token;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function rejection(status: number, body: unknown): ProcessorFailure {
  const parsed = errorBody.safeParse(body);
  const code = parsed.success ? parsed.data.error.code : `http_${status}`;
  const field = CARD_FIELDS[code];
  if (field)
    return new ProcessorFailure('rejected', 'card_invalid', `The card's ${field} is not valid.`, code, field);
  if (code === 'amount_too_large') {
    return new ProcessorFailure(
      'rejected',
      'refund_exceeds_payment',
      'The processor refused the refund amount.',
      code,
    );
  }
  // The widget sent its attempt's Idempotency-Key again with other card details: its mistake, not ours.
  if (code === 'idempotency_key_reused') {
    return new ProcessorFailure(
      'rejected',
      'idempotency_key_reused',
      'This Idempotency-Key was used with other card details.',
      code,
    );
  }
  if (code === 'payment_not_refundable')
    return new ProcessorFailure('rejected', 'invalid_state', 'Not refundable.', code);
  return new ProcessorFailure(
    'rejected',
    'provider_error',
    `The processor refused the request (${code}).`,
    code,
  );
}
