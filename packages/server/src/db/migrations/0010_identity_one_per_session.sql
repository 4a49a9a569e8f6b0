ALTER TABLE "identity_verifications" ADD COLUMN "superseded_by" text;--> statement-breakpoint
-- Sessions that got several verifications before this index (concurrent first submissions each
-- created one) keep one: the one their flow state reports, else one that was submitted, else the
-- newest. The others name it in superseded_by and keep their decision trail.
UPDATE "identity_verifications" AS v SET "superseded_by" = ranked.keep
FROM (
  SELECT iv.id, first_value(iv.id) OVER (
    PARTITION BY iv.session_id
    ORDER BY (s.flow_states -> 'identity' -> 'result' ->> 'identity_verification' = iv.id) DESC NULLS LAST,
      iv.status = 'pending', iv.created_at DESC, iv.id DESC
  ) AS keep
  FROM "identity_verifications" AS iv LEFT JOIN "sessions" AS s ON s.id = iv.session_id
) AS ranked
WHERE v.id = ranked.id AND ranked.keep <> v.id;--> statement-breakpoint
DROP INDEX "identity_verifications_session_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "identity_verifications_session_idx" ON "identity_verifications" USING btree ("session_id") WHERE superseded_by is null;
