/**
 * The token buckets of middleware/rate-limit.ts kept in PostgreSQL (`rate_limit_buckets`), so a
 * limit holds across every process and machine sharing the database: 3 nodes at 5 req/s let 5 req/s
 * through, not 15. Used whenever the server runs on PostgreSQL; with PGlite the one process that
 * can open the data directory keeps its buckets in memory, which is then exact and cheaper.
 *
 * - Takes are grouped: the takes of one node that arrive together go out as ONE statement
 *   (INSERT … ON CONFLICT DO UPDATE … RETURNING over `unnest` of the keys and how many requests want
 *   each), db/statement-groups.ts as for session reads and inserts. One statement per request made
 *   the bucket row of a busy API key a queue: every request waited for the row lock of the one
 *   before it, on every node. The row lock still serialises statements of one key, so two nodes can
 *   never both spend the last token; a statement grants `least(wanted, floor(tokens))` and the first
 *   requests of the group get them. Time is the node's clock in ms, passed in (the app's clock,
 *   which tests move by hand); a node whose clock runs behind refills nothing (`greatest`), so skew
 *   between hosts can only make a limit slightly stricter, never let a burst through twice.
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
import { statementGroups, type Waiting } from '../db/statement-groups.ts';
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

/**
 * $1 bucket, $2 keys, $3 how many requests want each key, $4 burst, $5 now (ms), $6 tokens per ms.
 * A bucket is refilled to `t`, then gives `least(wanted, floor(t))` tokens (`taken`).
 */
const TAKE = `with want (key, n) as (select * from unnest($2::text[], $3::int[]))
insert into rate_limit_buckets as b (bucket, key, tokens, taken, at_ms)
select $1, w.key, $4::float8 - least(w.n, floor($4::float8)), least(w.n, floor($4::float8)), $5::bigint
from want w
on conflict (bucket, key) do update set (tokens, taken, at_ms) = (
  select r.t - g.n, g.n, greatest(b.at_ms, $5::bigint)
  from (select least($4::float8, b.tokens + greatest(0, $5::bigint - b.at_ms) * $6::float8) as t) r,
  lateral (select least((select w.n from want w where w.key = excluded.key), floor(r.t))::int as n) g
)
returning key, tokens, taken`;

/** Requests of one group (one prepared statement for every size: the keys go as one array). */
const MAX_GROUP = 64;
/** Take statements of one limit running at once per node. */
const MAX_IN_FLIGHT = 3;

/** Log a failing store at most this often (every request would otherwise log it). */
const WARN_EVERY_MS = 10_000;

export function postgresRateLimiter(o: PostgresLimitOptions): Required<RateLimiter> {
  const perMs = o.perSecond / 1000;
  const fallback = memoryRateLimiter(o);
  /** Keys this node's takes left empty, and until when (epoch ms) they have a token again. */
  const refused = new Map<string, number>();
  let warnedAt = Number.NEGATIVE_INFINITY;
  const waitFor = (tokens: number) => Math.max(1, Math.ceil((1 - tokens) / o.perSecond));

  /** One statement for the takes that arrived together: granted ones get null, the rest the wait. */
  async function run(group: Waiting<string, number | null>[]): Promise<void> {
    const now = o.now();
    const wanted = new Map<string, number>();
    for (const t of group) wanted.set(t.input, (wanted.get(t.input) ?? 0) + 1);
    let rows: { key: string; tokens: number; taken: number }[];
    try {
      rows = await o.database.query<{ key: string; tokens: number; taken: number }>(
        TAKE,
        [o.bucket, [...wanted.keys()], [...wanted.values()], o.burst, now, perMs],
        'rate_limit_take',
      );
    } catch (err) {
      if (now - warnedAt > WARN_EVERY_MS) {
        warnedAt = now;
        o.logger.warn({ err, bucket: o.bucket }, 'shared rate limits unavailable: limiting per node');
      }
      for (const t of group) fallback.take(t.input).then(t.resolve, t.reject);
      return;
    }
    const left = new Map<string, { tokens: number; granted: number }>();
    for (const row of rows) {
      const tokens = Number(row.tokens);
      left.set(row.key, { tokens, granted: Number(row.taken) });
      // Empty now (spent the last token, or found none): this node answers `wait` from it.
      if (tokens < 1) {
        if (refused.size >= 100_000) refused.clear();
        refused.set(row.key, now + ((1 - tokens) / o.perSecond) * 1000);
      } else refused.delete(row.key);
    }
    for (const t of group) {
      const bucket = left.get(t.input);
      if (!bucket) t.resolve(null);
      else if (bucket.granted > 0) {
        bucket.granted--;
        t.resolve(null);
      } else t.resolve(waitFor(bucket.tokens));
    }
  }
  const takeGrouped = statementGroups(run, { maxBatch: MAX_GROUP, maxInFlight: MAX_IN_FLIGHT });

  return {
    take: (key) => takeGrouped(key),
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
