/**
 * The one place a provider's failure to answer becomes a Finlet error. An attempt that got no
 * usable answer is a `ProviderFault` (the policy may try again); a call that ends without one is a
 * `ProviderUnanswered` (an `ApiError`, so a route answers it in the envelope, never a 500). Both say
 * whether the provider may have acted on the request, which is what money-moving callers decide
 * on: `unknown` (the request went out — a timeout, a 5xx other than 503, an unreadable answer, a
 * dropped connection) or `not_processed` (refused before processing — 429, 503 — or never sent
 * because the circuit is open). An answer the provider gave on purpose (2xx, 4xx) is not a fault:
 * each connector reads it in its own dialect.
 *
 * | what happened | code | outcome |
 * |---|---|---|
 * | no answer within the attempt's timeout | `provider_timeout` | unknown |
 * | connection failed or dropped | `provider_unavailable` | unknown |
 * | 429, 503 (Retry-After honoured) | `provider_unavailable` | not_processed |
 * | any other 5xx | `provider_error` | unknown |
 * | a body that cannot be read | `provider_error` | unknown |
 * | circuit open | `provider_unavailable` | not_processed |
 */
import { ApiError } from '../../errors.ts';

export type ProviderCode = 'provider_error' | 'provider_unavailable' | 'provider_timeout';

/** `unknown`: the provider may have acted on the request; `not_processed`: it certainly did not. */
export type ProviderOutcome = 'unknown' | 'not_processed';

/** One attempt got no usable answer; another attempt may. */
export class ProviderFault extends Error {
  constructor(
    readonly code: ProviderCode,
    readonly outcome: ProviderOutcome,
    message: string,
    /** How long the provider asked Finlet to wait (`Retry-After`), if it said. */
    readonly retryAfterMs?: number,
    /** False for a rate limit: the provider is up, it only asks Finlet to slow down. */
    readonly providerDown = true,
  ) {
    super(message);
  }
}

/**
 * The provider gave no usable answer to a call: every attempt failed, or the circuit is open.
 * `outcome` is `unknown` as soon as one attempt may have reached it — a refusal on a later retry
 * does not undo what an earlier attempt may have done.
 */
export class ProviderUnanswered extends ApiError {
  constructor(
    code: ProviderCode,
    message: string,
    readonly outcome: ProviderOutcome,
  ) {
    super(code, message);
  }
}

/** `Retry-After` in milliseconds: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The fault a status stands for (429 and 5xx), or undefined for an answer given on purpose. */
export function faultOfStatus(status: number, headers: Headers): ProviderFault | undefined {
  if (status !== 429 && status < 500) return undefined;
  const wait = retryAfterMs(headers.get('retry-after'));
  const message = `answered HTTP ${status}`;
  if (status === 429) return new ProviderFault('provider_unavailable', 'not_processed', message, wait, false);
  if (status === 503) return new ProviderFault('provider_unavailable', 'not_processed', message, wait);
  return new ProviderFault('provider_error', 'unknown', message, wait);
}

/** A fetch that threw: the attempt's timeout fired, or the connection failed. */
export function faultOfFetchError(error: unknown, signal?: AbortSignal): ProviderFault {
  if (error instanceof ProviderFault) return error;
  const name = error instanceof Error ? error.name : '';
  if (signal?.aborted || name === 'TimeoutError' || name === 'AbortError') return timedOut();
  return new ProviderFault('provider_unavailable', 'unknown', 'could not be reached');
}

export function timedOut(): ProviderFault {
  return new ProviderFault('provider_timeout', 'unknown', 'did not answer in time');
}

/** A 2xx whose body is not what the provider documents (not JSON, or not its shape). */
export function unreadableAnswer(what = 'answer'): ProviderFault {
  return new ProviderFault('provider_error', 'unknown', `answered an unreadable ${what}`);
}

/** The error a call ends with after its last fault. */
export function unanswered(provider: string, last: ProviderFault, mayHaveActed: boolean): ProviderUnanswered {
  return new ProviderUnanswered(
    last.code,
    `${provider} ${last.message}.`,
    mayHaveActed ? 'unknown' : last.outcome,
  );
}

/** The error a call ends with when the circuit refused it. */
export function circuitOpen(provider: string, mayHaveActed: boolean): ProviderUnanswered {
  return new ProviderUnanswered(
    'provider_unavailable',
    `${provider} is unavailable right now; try again later.`,
    mayHaveActed ? 'unknown' : 'not_processed',
  );
}
