-- UNLOGGED: a bucket lost in a crash starts full again; no write-ahead log write per request.
CREATE UNLOGGED TABLE "rate_limit_buckets" (
	"bucket" text NOT NULL,
	"key" text NOT NULL,
	"tokens" double precision NOT NULL,
	"granted" boolean NOT NULL,
	"at_ms" bigint NOT NULL,
	CONSTRAINT "rate_limit_buckets_bucket_key_pk" PRIMARY KEY("bucket","key")
);
--> statement-breakpoint
CREATE INDEX "rate_limit_buckets_at_idx" ON "rate_limit_buckets" USING btree ("bucket","at_ms");