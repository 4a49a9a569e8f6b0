/**
 * Per-key rate limit: a token bucket per API key (or per session for the widget API), `rate`
 * requests a second with bursts up to `burst`. Over the limit → 429 `rate_limited` with
 * `Retry-After`. Buckets are per process: with N nodes a key gets at most N × rate.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.ts';
import { ApiError } from '../errors.ts';

export function rateLimit(opts: {
  rate: number;
  burst: number;
  key: (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => string | undefined;
  now?: () => number;
}): MiddlewareHandler<AppEnv> {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const now = opts.now ?? (() => performance.now());
  return async (c, next) => {
    const key = opts.key(c);
    if (key) {
      const t = now();
      const b = buckets.get(key) ?? { tokens: opts.burst, at: t };
      b.tokens = Math.min(opts.burst, b.tokens + ((t - b.at) / 1000) * opts.rate);
      b.at = t;
      if (buckets.size > 50_000) buckets.clear();
      buckets.set(key, b);
      if (b.tokens < 1) {
        const retry = Math.max(1, Math.ceil((1 - b.tokens) / opts.rate));
        throw new ApiError('rate_limited', undefined, undefined, { 'Retry-After': String(retry) });
      }
      b.tokens -= 1;
    }
    await next();
  };
}
