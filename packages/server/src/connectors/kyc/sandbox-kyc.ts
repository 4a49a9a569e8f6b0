/**
 * Connector to the Sandbox KYC's REST API. Submitting is idempotent (the verification id is the
 * Idempotency-Key), so it goes through the KYC provider's resilience policy (connectors/http:
 * timeout, retries with backoff honouring Retry-After, circuit breaker) and its failures are
 * `provider_error`, `provider_unavailable` or `provider_timeout`. Callbacks are checked by the
 * signed-callback module (HMAC-SHA256 over `timestamp.body`, 5 minute tolerance).
 */
import { z } from 'zod';
import { type Clock, systemClock } from '../../clock.ts';
import { ApiError } from '../../errors.ts';
import { unreadableAnswer } from '../http/errors.ts';
import { type PolicyOptions, ProviderPolicy } from '../http/policy.ts';
import { JsonSender } from '../http/sender.ts';
import { parseCallbackBody, verifySignedCallback } from '../signed-callback.ts';
import type { KycConnector, KycResult } from './kyc.ts';

export interface SandboxKycOptions {
  baseUrl: string;
  apiKey: string;
  callbackSecret: string;
  timeoutMs: number;
  /** Overrides of the KYC provider's resilience defaults (below). */
  resilience?: Partial<Omit<PolicyOptions, 'provider' | 'timeoutMs'>>;
  /** The breaker's cool-down runs on it. */
  clock?: Clock;
}

const RESILIENCE = {
  retries: 2,
  baseDelayMs: 200,
  maxDelayMs: 2000,
  maxRetryAfterMs: 10_000,
  breaker: { threshold: 5, cooldownMs: 30_000 },
};
const outcome = z.object({
  outcome: z.enum(['approved', 'declined', 'review']),
  reasons: z.array(z.string()),
});
const callbackSchema = z.object({
  type: z.literal('check.completed'),
  data: z.object({
    check: z.object({
      id: z.string(),
      reference: z.string(),
      status: z.literal('completed'),
      result: z.object({ document: outcome, selfie: outcome }),
    }),
  }),
});
const accepted = z.object({ id: z.string() });

export function createSandboxKyc(options: SandboxKycOptions): KycConnector {
  const http = new JsonSender(
    new ProviderPolicy(
      { provider: 'The KYC provider', timeoutMs: options.timeoutMs, ...RESILIENCE, ...options.resilience },
      options.clock ?? systemClock,
    ),
  );
  const b64 = (b: Buffer) => b.toString('base64');

  return {
    submit: (input) =>
      http.json(
        {
          url: `${options.baseUrl.replace(/\/$/, '')}/v1/checks`,
          method: 'POST',
          headers: { authorization: `Bearer ${options.apiKey}`, 'idempotency-key': input.reference },
          json: {
            reference: input.reference,
            callback_url: input.callbackUrl,
            applicant: input.applicant,
            document: {
              ...input.document,
              front: b64(input.images.front),
              ...(input.images.back ? { back: b64(input.images.back) } : {}),
            },
            selfie: b64(input.images.selfie),
          },
        },
        (answer) => {
          // 4xx other than 429: our request was refused; retrying cannot help.
          if (answer.status !== 200 && answer.status !== 202)
            throw new ApiError('provider_error', `The KYC provider refused the check (${answer.status}).`);
          const body = accepted.safeParse(answer.body);
          if (!body.success) throw unreadableAnswer();
          return { checkId: body.data.id };
        },
      ),
    parseCallback(signature, body, nowSec) {
      if (!verifySignedCallback({ secret: options.callbackSecret, header: signature, body, nowSec }))
        return null;
      const parsed = parseCallbackBody(body, callbackSchema);
      if (!parsed) return null;
      const { check } = parsed.data;
      return { checkId: check.id, reference: check.reference, ...check.result } satisfies KycResult;
    },
  };
}
