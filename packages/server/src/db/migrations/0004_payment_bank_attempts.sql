CREATE TABLE "bank_payment_attempts" (
	"id" text PRIMARY KEY NOT NULL,
	"payment_id" text NOT NULL,
	"session_id" text NOT NULL,
	"institution" text NOT NULL,
	"bank_consent_id" text NOT NULL,
	"verifier_enc" text NOT NULL,
	"mode" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bank_payment_attempts" ADD CONSTRAINT "bank_payment_attempts_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bank_payment_attempts_payment_idx" ON "bank_payment_attempts" USING btree ("payment_id");