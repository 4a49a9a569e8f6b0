ALTER TABLE "link_attempts" ADD COLUMN "callback_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "bank_payment_attempts" ADD COLUMN "callback_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "bank_payment_attempts" ADD COLUMN "callback_enc" text;