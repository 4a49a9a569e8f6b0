/**
 * A circuit breaker per institution: after `threshold` consecutive failures it opens for
 * `cooldownMs` (calls fail fast with `provider_unavailable`), then lets one trial call through
 * (half-open). The institution directory reads `health()` so users see a bank is degraded before
 * they pick it. State is per process: each node learns a bank's health from its own calls.
 */
import type { Clock } from '../../clock.ts';

export type BreakerState = 'closed' | 'open' | 'half_open';

export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | undefined;
  private trialInFlight = false;

  constructor(
    private readonly clock: Clock,
    private readonly threshold = 5,
    private readonly cooldownMs = 30_000,
  ) {}

  state(): BreakerState {
    if (this.openedAt === undefined) return 'closed';
    return this.clock.now().getTime() - this.openedAt >= this.cooldownMs ? 'half_open' : 'open';
  }

  /** Open, and for half-open: a trial call is already running. */
  rejects(): boolean {
    const state = this.state();
    if (state === 'open') return true;
    if (state === 'half_open') {
      if (this.trialInFlight) return true;
      this.trialInFlight = true;
    }
    return false;
  }

  success(): void {
    this.failures = 0;
    this.openedAt = undefined;
    this.trialInFlight = false;
  }

  failure(): void {
    this.failures += 1;
    this.trialInFlight = false;
    if (this.failures >= this.threshold || this.openedAt !== undefined)
      this.openedAt = this.clock.now().getTime();
  }

  health(): 'healthy' | 'degraded' {
    return this.state() === 'closed' ? 'healthy' : 'degraded';
  }
}
