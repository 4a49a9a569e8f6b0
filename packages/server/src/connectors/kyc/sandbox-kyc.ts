/**
 * Connector to the Sandbox KYC's REST API. Submitting is idempotent (the verification id is the
 * Idempotency-Key), so it retries with backoff on timeouts, 5xx and 429 (honouring Retry-After);
 * a circuit breaker stops calling for a while after repeated failures. Provider failures become
 * `provider_error`, `provider_unavailable` or `provider_timeout`. Callbacks are verified with the
 * shared secret (HMAC-SHA256 over `timestamp.body`, 5 minute tolerance).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ApiError } from '../../errors.ts';
import type { KycCheckInput, KycConnector, KycResult } from './kyc.ts';

export interface SandboxKycOptions {
  baseUrl: string;
  apiKey: string;
  callbackSecret: string;
  timeoutMs: number;
  retries?: number;
  /** Consecutive failures that open the circuit, and how long it stays open. */
  breaker?: { failures: number; openMs: number };
  sleep?: (ms: number) => Promise<void>;
}

const TOLERANCE_SEC = 300;
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

export function verifySignature(secret: string, header: string | undefined, body: string, nowSec: number) {
  if (!header) return false;
  let t: number | undefined;
  const macs: string[] = [];
  for (const part of header.split(',')) {
    const [k, v] = part.trim().split('=', 2);
    if (k === 't' && v && /^\d{1,12}$/.test(v)) t = Number(v);
    if (k === 'v1' && v && /^[0-9a-f]{64}$/.test(v)) macs.push(v);
  }
  if (t === undefined || macs.length === 0 || Math.abs(nowSec - t) > TOLERANCE_SEC) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
  return macs.some((m) => timingSafeEqual(expected, Buffer.from(m)));
}

export function createSandboxKyc(options: SandboxKycOptions): KycConnector {
  const retries = options.retries ?? 2;
  const breaker = options.breaker ?? { failures: 5, openMs: 30_000 };
  const sleep = options.sleep ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms)));
  let failures = 0;
  let openUntil = 0;

  async function attempt(
    input: KycCheckInput,
  ): Promise<{ checkId: string } | { retryAfterMs: number; error: ApiError }> {
    const b64 = (b: Buffer) => b.toString('base64');
    let res: Response;
    try {
      res = await fetch(`${options.baseUrl.replace(/\/$/, '')}/v1/checks`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${options.apiKey}`,
          'content-type': 'application/json',
          'idempotency-key': input.reference,
        },
        body: JSON.stringify({
          reference: input.reference,
          callback_url: input.callbackUrl,
          applicant: input.applicant,
          document: {
            ...input.document,
            front: b64(input.images.front),
            ...(input.images.back ? { back: b64(input.images.back) } : {}),
          },
          selfie: b64(input.images.selfie),
        }),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (err) {
      const timeout = err instanceof Error && err.name === 'TimeoutError';
      return {
        retryAfterMs: 200,
        error: new ApiError(
          timeout ? 'provider_timeout' : 'provider_unavailable',
          'The KYC provider did not answer.',
        ),
      };
    }
    const body: unknown = await res.json().catch(() => undefined);
    if (res.status === 202 || res.status === 200) {
      const id = (body as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string') return { checkId: id };
      return {
        retryAfterMs: 200,
        error: new ApiError('provider_error', 'The KYC provider answered an unreadable body.'),
      };
    }
    if (res.status === 429 || res.status >= 500) {
      const after = Number(res.headers.get('retry-after'));
      return {
        retryAfterMs: Number.isFinite(after) && after > 0 ? Math.min(after, 10) * 1000 : 200,
        error: new ApiError('provider_error', `The KYC provider answered ${res.status}.`),
      };
    }
    // 4xx other than 429: our request was refused; retrying cannot help.
    throw new ApiError('provider_error', `The KYC provider refused the check (${res.status}).`);
  }

  return {
    async submit(input) {
      if (Date.now() < openUntil)
        throw new ApiError('provider_unavailable', 'The KYC provider is unavailable; try again later.');
      let last: ApiError | undefined;
      for (let i = 0; i <= retries; i++) {
        const r = await attempt(input).catch((e: unknown) => {
          failures = 0;
          throw e;
        });
        if ('checkId' in r) {
          failures = 0;
          return r;
        }
        last = r.error;
        if (++failures >= breaker.failures) {
          openUntil = Date.now() + breaker.openMs;
          break;
        }
        if (i < retries) await sleep(r.retryAfterMs * 2 ** i);
      }
      throw last ?? new ApiError('provider_error');
    },
    parseCallback(signature, body, nowSec) {
      if (!verifySignature(options.callbackSecret, signature, body, nowSec)) return null;
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        return null;
      }
      const parsed = callbackSchema.safeParse(json);
      if (!parsed.success) return null;
      const { check } = parsed.data.data;
      return { checkId: check.id, reference: check.reference, ...check.result } satisfies KycResult;
    },
  };
}
