-- Replaced by "taken" (0015).
ALTER TABLE "rate_limit_buckets" DROP COLUMN "granted";
