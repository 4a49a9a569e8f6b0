-- Card payments left processing before background reconciliation existed (their charge's answer
-- and callback were lost) get their first check with the processor now.
UPDATE "payments" SET "next_check_at" = now() WHERE "status" = 'processing' AND "method" = 'card' AND "next_check_at" IS NULL;
