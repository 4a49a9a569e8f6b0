/**
 * HTTP to a bank, with the resilience docs/architecture.md §8 asks of every connector: a timeout per attempt,
 * retries with exponential backoff and jitter (only for calls safe to repeat), `Retry-After`
 * honoured on 429/503 (capped), the institution's circuit breaker consulted before and fed after
 * every attempt, and every failure mapped to a Finlet code — an unreadable body included, which
 * becomes `provider_error` and never escapes as a 500.
 */
import { ApiError } from '../../errors.ts';
import type { CircuitBreaker } from './breaker.ts';

export interface ResilienceOptions {
  timeoutMs: number;
  /** Extra attempts after the first, for idempotent calls. */
  retries: number;
  baseDelayMs: number;
  /** Longest Retry-After we wait for; longer answers fail with `provider_unavailable`. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RESILIENCE: ResilienceOptions = {
  timeoutMs: 10_000,
  retries: 4,
  baseDelayMs: 200,
  maxRetryAfterMs: 10_000,
};

/**
 * The bank gave no usable answer to a call — every attempt failed (5xx, timeout, unreachable,
 * unreadable) or the breaker is open: unlike a refusal (a 4xx Finlet understood), the call may
 * have taken effect at the bank. A payment write ending so has an unknown outcome.
 */
export class BankUnanswered extends ApiError {}

/** One attempt failed in a way another attempt may not. */
export class RetryableBankError extends Error {
  constructor(
    readonly code: 'provider_error' | 'provider_unavailable' | 'provider_timeout',
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export interface BankAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export class BankHttp {
  constructor(
    readonly institution: string,
    readonly breaker: CircuitBreaker,
    readonly options: ResilienceOptions = DEFAULT_RESILIENCE,
  ) {}

  /** Runs `attempt` until it succeeds, fails for good, or runs out of retries. */
  async run<T>(attempt: () => Promise<T>, idempotent = true): Promise<T> {
    const tries = idempotent ? this.options.retries + 1 : 1;
    let last: RetryableBankError | undefined;
    for (let n = 0; n < tries; n++) {
      if (this.breaker.rejects())
        throw new BankUnanswered(
          'provider_unavailable',
          `${this.institution} is unavailable right now; try again later.`,
        );
      try {
        const result = await attempt();
        this.breaker.success();
        return result;
      } catch (error) {
        if (!(error instanceof RetryableBankError)) {
          // The bank answered (a 4xx we understood): it is up.
          this.breaker.success();
          throw error;
        }
        this.breaker.failure();
        last = error;
        if (n + 1 >= tries) break;
        if (error.retryAfterMs !== undefined && error.retryAfterMs > this.options.maxRetryAfterMs) break;
        const backoff = this.options.baseDelayMs * 2 ** n * (0.5 + Math.random() / 2);
        await sleep(Math.max(backoff, error.retryAfterMs ?? 0));
      }
    }
    throw new BankUnanswered(
      last?.code ?? 'provider_error',
      `${this.institution}: ${last?.message ?? 'failed'}`,
    );
  }

  /** One attempt of a fetch with the timeout; 429 and 5xx become retryable errors. */
  async fetchOnce(url: string, init: RequestInit): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(url, { ...init, signal: AbortSignal.timeout(this.options.timeoutMs) });
    } catch (error) {
      const timeout =
        error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw timeout
        ? new RetryableBankError('provider_timeout', 'the bank did not answer in time')
        : new RetryableBankError('provider_unavailable', 'the bank could not be reached');
    }
    if (response.status === 429 || response.status >= 500) {
      await response.arrayBuffer().catch(() => undefined);
      const wait = retryAfterMs(response.headers.get('retry-after'));
      throw new RetryableBankError(
        response.status === 503 || response.status === 429 ? 'provider_unavailable' : 'provider_error',
        `the bank answered HTTP ${response.status}`,
        wait,
      );
    }
    return response;
  }

  /** A JSON API call; an unreadable body is retried (idempotent calls) and ends as `provider_error`. */
  json(
    url: string,
    init: RequestInit,
    idempotent = init.method === undefined || init.method === 'GET',
  ): Promise<BankAnswer> {
    return this.run(async () => {
      const response = await this.fetchOnce(url, init);
      const text = await response.text().catch(() => {
        throw new RetryableBankError('provider_error', 'the bank body could not be read');
      });
      let body: unknown;
      if (text.trim() !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          throw new RetryableBankError('provider_error', 'the bank answered a malformed body');
        }
      }
      return { status: response.status, headers: response.headers, body };
    }, idempotent);
  }
}
