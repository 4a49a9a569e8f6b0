/**
 * The token buckets of middleware/rate-limit.ts kept in PostgreSQL (`rate_limit_buckets`), so a
 * limit holds across every process and machine sharing the database: 3 nodes at 5 req/s let 5 req/s
 * through, not 15. Used whenever the server runs on PostgreSQL; with PGlite the one process that
 * can open the data directory keeps its buckets in memory, which is then exact and cheaper.
 *
 * - `take` is ONE statement (INSERT … ON CONFLICT DO UPDATE … RETURNING): the row lock serialises
 *   concurrent takes of one key, so two nodes can never both spend the last token, and the hot path
 *   costs one round trip. Time is the node's clock in ms, passed in (the app's clock, which tests
 *   move by hand); a node whose clock runs behind refills nothing (`greatest`), so skew between
 *   hosts can only make a limit slightly stricter, never let a burst through twice.
 * - `wait` answers from what this node's own takes learned (a key empty until T), without a query:
 *   the auth guard asks it before EVERY authentication, and failures are the rare path. Another
 *   node's failures reach this node at its first own failure from that address, so the cluster lets
 *   through at most one extra failure per node past the limit.
 * - A database error never becomes a 500 here: the node falls back to its own in-memory buckets
 *   (the limit then holds per node, as before this store existed) until the database answers again.
 *   Failing open would let a flood through exactly when the database is struggling; failing closed
 *   would refuse every request because of the limiter alone. The request itself then meets the
 *   database and answers its documented 503 if it is really down.
 */
import type { Logger } from 'pino';
import type { Database } from '../db/client.ts';
import { memoryRateLimiter, type RateLimiter } from './rate-limit.ts';

export interface PostgresLimitOptions {
  database: Database;
  /** Which limit: rows of different limits never share a bucket. */
  bucket: string;
  perSecond: number;
  burst: number;
  /** Epoch ms. */
  now: () => number;
  logger: Logger;
}

/** $1 bucket, $2 key, $3 burst, $4 now (ms), $5 tokens per ms. */
const TAKE = `insert into rate_limit_buckets as b (bucket, key, tokens, granted, at_ms)
values ($1, $2, $3::float8 - 1, true, $4::bigint)
on conflict (bucket, key) do update set (tokens, granted, at_ms) = (
  select case when r.t >= 1 then r.t - 1 else r.t end, r.t >= 1, greatest(b.at_ms, $4::bigint)
  from (select least($3::float8, b.tokens + greatest(0, $4::bigint - b.at_ms) * $5::float8) as t) r
)
returning tokens, granted`;

/** Log a failing store at most this often (every request would otherwise log it). */
const WARN_EVERY_MS = 10_000;

export function postgresRateLimiter(o: PostgresLimitOptions): Required<RateLimiter> {
  const perMs = o.perSecond / 1000;
  const fallback = memoryRateLimiter(o);
  /** Keys this node's takes left empty, and until when (epoch ms) they have a token again. */
  const refused = new Map<string, number>();
  let warnedAt = Number.NEGATIVE_INFINITY;
  const waitFor = (tokens: number) => Math.max(1, Math.ceil((1 - tokens) / o.perSecond));

  return {
    async take(key) {
      const now = o.now();
      let row: { tokens: number; granted: boolean } | undefined;
      try {
        [row] = await o.database.query<{ tokens: number; granted: boolean }>(
          TAKE,
          [o.bucket, key, o.burst, now, perMs],
          'rate_limit_take',
        );
      } catch (err) {
        if (now - warnedAt > WARN_EVERY_MS) {
          warnedAt = now;
          o.logger.warn({ err, bucket: o.bucket }, 'shared rate limits unavailable: limiting per node');
        }
        return fallback.take(key);
      }
      if (!row) return null;
      const tokens = Number(row.tokens);
      // Empty now (spent the last token, or found none): this node answers `wait` from it.
      if (tokens < 1) {
        if (refused.size >= 100_000) refused.clear();
        refused.set(key, now + ((1 - tokens) / o.perSecond) * 1000);
      } else refused.delete(key);
      return row.granted ? null : waitFor(tokens);
    },
    async wait(key) {
      const until = refused.get(key);
      const left = until === undefined ? 0 : until - o.now();
      if (left > 0) return Math.ceil(left / 1000);
      if (until !== undefined) refused.delete(key);
      return fallback.wait(key); // its buckets fill only while the database fails
    },
    async sweep() {
      // Full again after burst / perSecond seconds without a take: the row says nothing a missing one doesn't.
      const fullAfterMs = Math.ceil((o.burst / o.perSecond) * 1000);
      const rows = await o.database.query<{ n: number }>(
        'with gone as (delete from rate_limit_buckets where bucket = $1 and at_ms < $2::bigint returning 1) select count(*)::int as n from gone',
        [o.bucket, o.now() - fullAfterMs],
      );
      return rows[0]?.n ?? 0;
    },
  };
}
