-- How many requests the last statement granted: one statement now takes for every request of a
-- node that arrived together (middleware/rate-limit-postgres.ts).
ALTER TABLE "rate_limit_buckets" ADD COLUMN "taken" integer DEFAULT 0 NOT NULL;
