/**
 * What keeps a slow or failing processor from taking Finlet down with it: a per-call timeout, a
 * retry loop with exponential backoff and jitter (only for calls that are safe to repeat — reads
 * and POSTs carrying an Idempotency-Key), `Retry-After` honoured up to a cap, and a circuit breaker
 * that stops calling after consecutive failures and lets one trial call through after a pause.
 */

export class CircuitBreaker {
  #failures = 0;
  #openUntil = 0;
  #trialInFlight = false;

  constructor(
    private readonly threshold = 5,
    private readonly coolDownMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** False while open; in half-open state one caller gets true (the trial). */
  allow(): boolean {
    if (this.#failures < this.threshold) return true;
    if (this.now() < this.#openUntil || this.#trialInFlight) return false;
    this.#trialInFlight = true;
    return true;
  }

  success(): void {
    this.#failures = 0;
    this.#trialInFlight = false;
  }

  failure(): void {
    this.#failures++;
    this.#trialInFlight = false;
    if (this.#failures >= this.threshold) this.#openUntil = this.now() + this.coolDownMs;
  }

  get state(): 'closed' | 'open' {
    return this.#failures >= this.threshold ? 'open' : 'closed';
  }
}

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 100, maxDelayMs: 2000 };

/** Delay before attempt `n` (1-based retry count): `Retry-After` when given, else backoff with jitter. */
export function retryDelay(policy: RetryPolicy, retry: number, retryAfter?: string | null): number {
  if (retryAfter && /^\d+$/.test(retryAfter)) return Math.min(Number(retryAfter) * 1000, policy.maxDelayMs);
  const exp = policy.baseDelayMs * 2 ** (retry - 1);
  return Math.min(exp / 2 + Math.random() * (exp / 2), policy.maxDelayMs);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
