/**
 * Rate limits (docs/architecture.md §5), two token buckets behind one small interface:
 * - `requests`: one bucket per verified identity — the API key id on the partner API, the session
 *   id on the widget API, however its token was spelled — FINLET_RATE_LIMIT a second with bursts of
 *   FINLET_RATE_BURST. Keying on the raw header let 16 spellings of one token's signature share
 *   nothing.
 * - `authFailures`: one bucket per client address (middleware/client-address.ts) that every failed
 *   authentication drains, FINLET_AUTH_FAILURE_LIMIT a minute; an address with none left is
 *   answered 429 before its credentials are looked at (middleware/auth-guard.ts).
 * Over a limit → 429 `rate_limited` with `Retry-After`. On PostgreSQL the buckets live in the
 * database, shared by every node (middleware/rate-limit-postgres.ts); with PGlite (one process) in
 * this process (`memoryRateLimiter`). The interface is asynchronous for the shared store.
 */
import { ApiError } from '../errors.ts';

export interface RateLimiter {
  /** Takes one request from `key`'s allowance: null when granted, else the seconds to wait. */
  take(key: string): Promise<number | null>;
  /** The seconds until `key` has a request left (null: it has one now), taking nothing. */
  wait(key: string): Promise<number | null>;
  /** Forgets buckets full again, returning how many (a store every node shares; housekeeping). */
  sweep?(): Promise<number>;
}

export interface RateLimits {
  requests: RateLimiter;
  authFailures: RateLimiter;
}

/** Keys remembered at most; the least recently used go first (a forgotten key starts full). */
const MAX_KEYS = 100_000;

/** Token buckets in a Map: `burst` requests at once, refilled at `perSecond`, timed by `now` (ms). */
export function memoryRateLimiter(opts: {
  perSecond: number;
  burst: number;
  now: () => number;
}): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refilled = (key: string) => {
    const t = opts.now();
    const b = buckets.get(key);
    // A clock set back (tests do it, so may NTP) refills nothing rather than draining the bucket.
    const elapsed = b ? Math.max(0, t - b.at) : 0;
    const tokens = b ? Math.min(opts.burst, b.tokens + (elapsed / 1000) * opts.perSecond) : opts.burst;
    return { tokens, at: t };
  };
  const waitFor = (tokens: number) => Math.max(1, Math.ceil((1 - tokens) / opts.perSecond));
  return {
    async take(key) {
      const b = refilled(key);
      const granted = b.tokens >= 1;
      if (granted) b.tokens -= 1;
      buckets.delete(key); // re-inserted last: Map order is least recently used first
      buckets.set(key, b);
      if (buckets.size > MAX_KEYS) buckets.delete(buckets.keys().next().value!);
      return granted ? null : waitFor(b.tokens);
    },
    async wait(key) {
      const { tokens } = refilled(key);
      return tokens >= 1 ? null : waitFor(tokens);
    },
  };
}

export function rateLimited(retryAfterSeconds: number): ApiError {
  return new ApiError('rate_limited', undefined, undefined, {
    headers: { 'Retry-After': String(retryAfterSeconds) },
  });
}

/** Counts one request against a verified identity (`key:apk_…`, `session:ses_…`); 429 when over. */
export async function limitRequests(limits: RateLimits, identity: string): Promise<void> {
  const wait = await limits.requests.take(identity);
  if (wait !== null) throw rateLimited(wait);
}
