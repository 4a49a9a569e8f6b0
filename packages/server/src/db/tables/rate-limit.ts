/**
 * Token buckets every node shares (middleware/rate-limit-postgres.ts): one row per limit and key,
 * the tokens left at `at_ms` (epoch ms of the node clock that last took from it). UNLOGGED: a bucket
 * lost in a crash starts full again, which costs a few extra requests, not correctness, and saves
 * the write-ahead log a write on every request. Rows full again are swept by housekeeping.
 */
import { bigint, boolean, doublePrecision, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

export const rateLimitBuckets = pgTable(
  'rate_limit_buckets',
  {
    bucket: text('bucket').notNull(),
    key: text('key').notNull(),
    tokens: doublePrecision('tokens').notNull(),
    /** Whether the last take was granted (RETURNING shows only the new row). */
    granted: boolean('granted').notNull(),
    atMs: bigint('at_ms', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bucket, t.key] }),
    index('rate_limit_buckets_at_idx').on(t.bucket, t.atMs),
  ],
);
