/**
 * Token buckets every node shares (middleware/rate-limit-postgres.ts): one row per limit and key,
 * the tokens left at `at_ms` (epoch ms of the node clock that last took from it). UNLOGGED: a bucket
 * lost in a crash starts full again, which costs a few extra requests, not correctness, and saves
 * the write-ahead log a write on every request. Rows full again are swept by housekeeping.
 */
import { bigint, doublePrecision, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

export const rateLimitBuckets = pgTable(
  'rate_limit_buckets',
  {
    bucket: text('bucket').notNull(),
    key: text('key').notNull(),
    tokens: doublePrecision('tokens').notNull(),
    /**
     * How many requests the last statement granted of those it asked for (RETURNING shows only the
     * new row): one statement takes for every request of a node that arrived together.
     */
    taken: integer('taken').notNull().default(0),
    atMs: bigint('at_ms', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bucket, t.key] }),
    index('rate_limit_buckets_at_idx').on(t.bucket, t.atMs),
  ],
);
