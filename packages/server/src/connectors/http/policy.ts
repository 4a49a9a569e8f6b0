/**
 * The resilience every provider call goes through (docs/architecture.md §8), on cockatiel: a
 * timeout per attempt, retries with exponential backoff and jitter for calls safe to repeat (a
 * `Retry-After` is waited for, and one longer than `maxRetryAfterMs` ends the call), and one
 * circuit breaker per provider that opens after `threshold` consecutive faults, fails calls fast
 * for `cooldownMs`, then lets one trial call through. Its state is the provider's `health()`, which
 * the institution directory shows users before they pick a bank.
 *
 * An attempt is a function of the timeout's `AbortSignal`. Throwing a `ProviderFault` (errors.ts)
 * counts against the breaker and may be retried; any other error is an answer the provider gave
 * on purpose (a refusal): it ends the call at once and tells the breaker the provider is up. The
 * call then fails with a `ProviderUnanswered` whose outcome stays `unknown` once any attempt may
 * have reached the provider.
 *
 * The cool-down runs on Finlet's `Clock` (tests move it), the waits between retries in real time.
 */

import { SpanKind } from '@opentelemetry/api';
import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  ExponentialBackoff,
  halfJitterGenerator,
  handleWhen,
  type IBackoff,
  type IBackoffFactory,
  type IRetryBackoffContext,
  retry,
  TaskCancelledError,
  TimeoutStrategy,
  timeout,
} from 'cockatiel';
import type { Clock } from '../../clock.ts';
import { type ProviderCallOutcome, recordProviderCall } from '../../observability/provider-calls.ts';
import { inSpan } from '../../observability/tracing.ts';
import { circuitOpen, ProviderFault, ProviderUnanswered, timedOut, unanswered } from './errors.ts';

export interface PolicyOptions {
  /** The provider as errors name it ("Sandbox Bank UK", "The card processor"). */
  provider: string;
  timeoutMs: number;
  /** Extra attempts after the first, for calls safe to repeat. */
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest `Retry-After` waited for; a longer one ends the call (`provider_unavailable`). */
  maxRetryAfterMs: number;
  breaker: { threshold: number; cooldownMs: number };
}

export type Attempt<T> = (signal: AbortSignal) => Promise<T>;

const isFault = (error: Error) => error instanceof ProviderFault;

export class ProviderPolicy {
  readonly options: PolicyOptions;
  private readonly breaker;
  private readonly timeout;
  private readonly retry;

  constructor(options: PolicyOptions, clock: Clock) {
    this.options = options;
    this.breaker = circuitBreaker(
      handleWhen((e) => e instanceof ProviderFault && e.providerDown),
      {
        halfOpenAfter: new CooldownOnClock(clock, options.breaker.cooldownMs),
        breaker: new ConsecutiveBreaker(options.breaker.threshold),
      },
    );
    // Aggressive: the attempt ends when the time is up even if something in it ignores the signal.
    this.timeout = timeout(options.timeoutMs, TimeoutStrategy.Aggressive);
    this.retry = retry(
      handleWhen((e) => isFault(e) && ((e as ProviderFault).retryAfterMs ?? 0) <= options.maxRetryAfterMs),
      {
        maxAttempts: options.retries,
        backoff: new RetryAfterBackoff(
          new ExponentialBackoff({
            generator: halfJitterGenerator,
            initialDelay: options.baseDelayMs,
            maxDelay: options.maxDelayMs,
          }),
        ),
      },
    );
  }

  /**
   * The longest one call may take, every retry and wait included: after it no attempt of the call
   * can still be on its way (each attempt may first wait for a half-open trial, itself bounded by
   * the timeout).
   */
  get windowMs(): number {
    const { retries, timeoutMs, maxDelayMs, maxRetryAfterMs } = this.options;
    return (retries + 1) * 2 * timeoutMs + retries * Math.max(maxDelayMs, maxRetryAfterMs);
  }

  /** Called before each wait between attempts, with how long it waits (for logs and tests). */
  onRetry(listener: (retry: { attempt: number; delayMs: number }) => void): void {
    this.retry.onRetry(({ attempt, delay }) => listener({ attempt, delayMs: delay }));
  }

  health(): 'healthy' | 'degraded' {
    return this.breaker.state === CircuitState.Closed ? 'healthy' : 'degraded';
  }

  /**
   * Runs `attempt` under the policy; `idempotent` calls are retried, others sent once. Each call is
   * counted by what it ended as (observability/provider-calls.ts) under `operation`, and is a trace
   * span (each attempt's HTTP request a child of it: sender.ts).
   */
  run<T>(attempt: Attempt<T>, o: { idempotent: boolean; operation?: string }): Promise<T> {
    const call = { provider: this.options.provider, operation: o.operation ?? 'call' };
    const attributes = { 'finlet.provider': call.provider, 'finlet.provider.operation': call.operation };
    return inSpan(`provider ${call.operation}`, { kind: SpanKind.CLIENT, attributes }, (span) => {
      const started = performance.now();
      return this.call(attempt, o.idempotent, (outcome) => {
        span.setAttribute('finlet.provider.outcome', outcome);
        recordProviderCall({ ...call, outcome }, (performance.now() - started) / 1000);
      });
    });
  }

  private async call<T>(
    attempt: Attempt<T>,
    idempotent: boolean,
    record: (outcome: ProviderCallOutcome) => void,
  ): Promise<T> {
    let mayHaveActed = false;
    const once = () =>
      this.breaker.execute(async (): Promise<{ value: T } | { refused: unknown }> => {
        try {
          return { value: await this.timeout.execute(({ signal }) => attempt(signal)) };
        } catch (error) {
          const fault = error instanceof TaskCancelledError ? timedOut() : error;
          if (!(fault instanceof ProviderFault)) return { refused: error };
          if (fault.outcome === 'unknown') mayHaveActed = true;
          throw fault;
        }
      });
    let result: { value: T } | { refused: unknown };
    try {
      result = idempotent ? await this.retry.execute(once) : await once();
    } catch (error) {
      let failure = error;
      if (error instanceof BrokenCircuitError) failure = circuitOpen(this.options.provider, mayHaveActed);
      if (error instanceof ProviderFault) failure = unanswered(this.options.provider, error, mayHaveActed);
      record(outcomeOf(failure));
      throw failure;
    }
    record('refused' in result ? 'refused' : 'ok');
    if ('refused' in result) throw result.refused;
    return result.value;
  }
}

/** What a call that got no usable answer counts as. */
function outcomeOf(failure: unknown): ProviderCallOutcome {
  if (!(failure instanceof ProviderUnanswered)) return 'unknown';
  if (failure.code === 'provider_timeout') return 'timeout';
  return failure.outcome === 'not_processed' ? 'error' : 'unknown';
}

/** The retry backoff, but never shorter than the `Retry-After` the last fault carried. */
class RetryAfterBackoff implements IBackoffFactory<IRetryBackoffContext<unknown>> {
  constructor(private readonly inner: IBackoffFactory<IRetryBackoffContext<unknown>>) {}

  next(context: IRetryBackoffContext<unknown>): IBackoff<IRetryBackoffContext<unknown>> {
    return honouring(this.inner.next(context), context);
  }
}

function honouring(
  backoff: IBackoff<IRetryBackoffContext<unknown>>,
  context: IRetryBackoffContext<unknown>,
): IBackoff<IRetryBackoffContext<unknown>> {
  const fault = 'error' in context.result ? context.result.error : undefined;
  const asked = fault instanceof ProviderFault ? (fault.retryAfterMs ?? 0) : 0;
  return {
    duration: Math.max(backoff.duration, asked),
    next: (next) => honouring(backoff.next(next), next),
  };
}

/**
 * The breaker's cool-down on Finlet's clock. cockatiel opens the circuit for `duration` ms of real
 * time (`Date.now()`); answering the cool-down left on `clock` plus the real time already gone makes
 * it last `cooldownMs` of `clock` instead — the same with the system clock, and a test's manual
 * clock ends it by moving. Once the cool-down is over on `clock` the answer is 0, not that sum:
 * cockatiel stamps the opening and reads the time again a millisecond or more apart from this, and
 * the sum would keep the circuit open that long past a cool-down that is over.
 */
class CooldownOnClock implements IBackoffFactory<unknown> {
  constructor(
    private readonly clock: Clock,
    private readonly cooldownMs: number,
  ) {}

  next(): IBackoff<unknown> {
    const openedOnClock = this.clock.now().getTime();
    const openedReal = Date.now();
    const { clock, cooldownMs } = this;
    return {
      get duration() {
        const left = cooldownMs - (clock.now().getTime() - openedOnClock);
        return left <= 0 ? 0 : left + (Date.now() - openedReal);
      },
      next: () => this.next(),
    };
  }
}
