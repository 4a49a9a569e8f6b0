/**
 * The retry schedule (docs/architecture.md §6): after the first attempt fails, retries follow 5 s, 5 min, 30 min,
 * 2 h, 5 h, 10 h, 10 h (about 28 h in all), each spread by ±20 % jitter so that endpoints coming
 * back after an outage are not hit by every queued event at the same instant.
 */
export const RETRY_DELAYS_MS = [
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  10 * 3_600_000,
] as const;

/** Attempts a delivery gets before it is marked failed: the first plus one per retry delay. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

export const JITTER = 0.2;

/**
 * When to try again after `attempts` failed attempts, or null when none are left.
 * `random` returns [0, 1); 0.5 means no jitter.
 */
export function nextAttemptAt(attempts: number, now: Date, random: () => number): Date | null {
  const base = RETRY_DELAYS_MS[attempts - 1];
  if (base === undefined) return null;
  const factor = 1 + (random() * 2 - 1) * JITTER;
  return new Date(now.getTime() + Math.round(base * factor));
}
