/**
 * The connector to the Sandbox Processor (packages/sandbox/src/processor) over HTTP, exactly as to
 * a real card processor: bearer `psk_…` key, an Idempotency-Key on every POST (so every call may be
 * retried), timeouts, backoff, a circuit breaker, and the processor's errors mapped to Finlet codes.
 * Callback signatures are checked here with node:crypto rather than by importing the sandbox's
 * helper, so the server never depends on the sandbox package (a real deployment ships without it).
 * Card numbers and CVCs pass through in the tokenise body only; nothing here logs a body.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type {
  CardInput,
  CardProcessor,
  CardToken,
  ChargeInput,
  ProcessorEvent,
  ProcessorPayment,
  ProcessorRefund,
} from './processor.ts';
import { ProcessorFailure } from './processor.ts';
import { CircuitBreaker, DEFAULT_RETRY, type RetryPolicy, retryDelay, sleep } from './resilience.ts';

export interface SandboxProcessorOptions {
  baseUrl: string;
  apiKey: string;
  callbackSecret: string;
  timeoutMs: number;
  retry?: RetryPolicy;
  breaker?: CircuitBreaker;
  /** Seconds a callback's signed timestamp may differ from now. */
  callbackToleranceSec?: number;
}

const card = z.object({ brand: z.string(), last4: z.string(), exp_month: z.number(), exp_year: z.number() });
const tokenSchema = card.extend({ id: z.string().startsWith('tok_') });
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

export function verifySignature(
  secret: string,
  header: string | undefined,
  body: string,
  toleranceSec: number,
) {
  if (!header) return false;
  let timestamp: number | undefined;
  const macs: string[] = [];
  for (const part of header.split(',')) {
    const [k, v] = part.trim().split('=', 2);
    if (k === 't' && v && /^\d{1,12}$/.test(v)) timestamp = Number(v);
    if (k === 'v1' && v && /^[0-9a-f]{64}$/.test(v)) macs.push(v);
  }
  if (timestamp === undefined || macs.length === 0) return false;
  if (Math.abs(Date.now() / 1000 - timestamp) > toleranceSec) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex'));
  return macs.some((mac) => timingSafeEqual(expected, Buffer.from(mac)));
}

export function createSandboxProcessor(opts: SandboxProcessorOptions): CardProcessor {
  const base = opts.baseUrl.replace(/\/$/, '');
  const retry = opts.retry ?? DEFAULT_RETRY;
  const breaker = opts.breaker ?? new CircuitBreaker();

  async function call<T>(
    method: 'GET' | 'POST',
    path: string,
    schema: z.ZodType<T>,
    body?: unknown,
    key?: string,
  ) {
    let last: ProcessorFailure | undefined;
    // Once one attempt may have moved money, the call's outcome stays unknown whatever later
    // attempts say (a 503 or an open circuit on a retry does not undo a charge the first one made).
    const failure = (next: ProcessorFailure) =>
      last?.kind === 'unknown' && next.kind !== 'unknown'
        ? new ProcessorFailure('unknown', next.code, next.message, next.providerCode, next.param)
        : next;
    for (let attempt = 1; attempt <= retry.attempts; attempt++) {
      if (!breaker.allow()) {
        throw failure(
          new ProcessorFailure('unavailable', 'provider_unavailable', 'The processor circuit is open.'),
        );
      }
      let retryAfter: string | null = null;
      try {
        const res = await fetch(`${base}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${opts.apiKey}`,
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(key ? { 'idempotency-key': key } : {}),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(opts.timeoutMs),
        });
        retryAfter = res.headers.get('retry-after');
        const text = await res.text();
        if (res.ok) {
          const parsed = schema.safeParse(safeJson(text));
          if (parsed.success) {
            breaker.success();
            return parsed.data;
          }
          breaker.failure();
          last = failure(
            new ProcessorFailure('unknown', 'provider_error', 'The processor answered something unreadable.'),
          );
        } else if (res.status === 429 || res.status >= 500) {
          if (res.status >= 500) breaker.failure();
          // A 429/503 refused the call before processing it; another 5xx may have charged.
          const kind = res.status === 429 || res.status === 503 ? 'unavailable' : 'unknown';
          last = failure(
            new ProcessorFailure(kind, 'provider_error', `The processor answered ${res.status}.`),
          );
        } else {
          breaker.success();
          throw rejection(res.status, text);
        }
      } catch (error) {
        if (error instanceof ProcessorFailure && error.kind === 'rejected') throw error;
        if (!(error instanceof ProcessorFailure)) {
          breaker.failure();
          const timeout = error instanceof Error && error.name === 'TimeoutError';
          last = timeout
            ? new ProcessorFailure('unknown', 'provider_timeout', 'The processor did not answer in time.')
            : new ProcessorFailure('unknown', 'provider_error', 'The processor could not be reached.');
        }
      }
      if (method === 'POST' && !key) break;
      if (attempt < retry.attempts) await sleep(retryDelay(retry, attempt, retryAfter));
    }
    throw last ?? new ProcessorFailure('unknown', 'provider_error', 'The processor failed.');
  }

  return {
    challengeOrigin: new URL(base).origin,
    chargeWindowMs: retry.attempts * (opts.timeoutMs + retry.maxDelayMs),
    tokenise: (c: CardInput, key: string): Promise<CardToken> =>
      call(
        'POST',
        '/v1/tokens',
        tokenSchema,
        {
          number: c.number.replace(/\s/g, ''),
          exp_month: c.exp_month,
          exp_year: c.exp_year,
          cvc: c.cvc,
          ...(c.name ? { name: c.name } : {}),
          ...(c.postal_code ? { postal_code: c.postal_code } : {}),
        },
        key,
      ),
    charge: (input: ChargeInput, key: string): Promise<ProcessorPayment> =>
      call(
        'POST',
        '/v1/payments',
        paymentSchema,
        {
          token: input.token,
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
      const res = await fetch(challengeUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'action=cancel',
        redirect: 'manual',
        signal: AbortSignal.timeout(opts.timeoutMs),
      }).catch(() => {
        throw new ProcessorFailure('unknown', 'provider_error', 'The processor could not be reached.');
      });
      await res.arrayBuffer();
    },
    verifyCallback(signature, rawBody): ProcessorEvent | null {
      if (!verifySignature(opts.callbackSecret, signature, rawBody, opts.callbackToleranceSec ?? 300))
        return null;
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

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function rejection(status: number, text: string): ProcessorFailure {
  const parsed = errorBody.safeParse(safeJson(text));
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
