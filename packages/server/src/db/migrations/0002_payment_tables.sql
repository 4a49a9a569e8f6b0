CREATE TABLE "payments" (
	"id" text PRIMARY KEY NOT NULL,
	"partner_id" text NOT NULL,
	"session_id" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"status" text NOT NULL,
	"method" text NOT NULL,
	"amount" integer NOT NULL,
	"currency" text NOT NULL,
	"description" text NOT NULL,
	"amount_refunded" integer DEFAULT 0 NOT NULL,
	"processor_payment_id" text,
	"card" jsonb,
	"failure_code" text,
	"next_action_url" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "refunds" (
	"id" text PRIMARY KEY NOT NULL,
	"partner_id" text NOT NULL,
	"payment_id" text NOT NULL,
	"amount" integer NOT NULL,
	"currency" text NOT NULL,
	"status" text NOT NULL,
	"processor_refund_id" text,
	"failure_code" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "payments_session_key_idx" ON "payments" USING btree ("session_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_processor_idx" ON "payments" USING btree ("processor_payment_id");--> statement-breakpoint
CREATE INDEX "payments_partner_created_idx" ON "payments" USING btree ("partner_id","created_at","id");--> statement-breakpoint
CREATE INDEX "payments_session_active_idx" ON "payments" USING btree ("session_id") WHERE status in ('processing', 'requires_action', 'succeeded');--> statement-breakpoint
CREATE INDEX "refunds_payment_idx" ON "refunds" USING btree ("payment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "refunds_processor_idx" ON "refunds" USING btree ("processor_refund_id");