-- Rows made before modes existed are test-mode rows (everything ran on the sandbox); the default
-- is dropped again so that no later insert can leave livemode out.
CREATE TABLE "provider_accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"partner_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"capability" text NOT NULL,
	"connector" text NOT NULL,
	"settings" jsonb NOT NULL,
	"credentials_enc" text NOT NULL,
	"credentials_hint" jsonb NOT NULL,
	"payee" jsonb,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP INDEX "events_partner_created_idx";--> statement-breakpoint
DROP INDEX "sessions_partner_created_idx";--> statement-breakpoint
DROP INDEX "links_partner_created_idx";--> statement-breakpoint
DROP INDEX "payments_partner_created_idx";--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "livemode" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ALTER COLUMN "livemode" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "livemode" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ALTER COLUMN "livemode" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD COLUMN "livemode" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ALTER COLUMN "livemode" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "identity_verifications" ADD COLUMN "livemode" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "identity_verifications" ALTER COLUMN "livemode" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "link_accounts" ADD COLUMN "livemode" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "link_accounts" ALTER COLUMN "livemode" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "link_attempts" ADD COLUMN "livemode" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "link_attempts" ALTER COLUMN "livemode" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "links" ADD COLUMN "livemode" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "links" ALTER COLUMN "livemode" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "bank_payment_attempts" ADD COLUMN "payee" jsonb;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "livemode" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "payments" ALTER COLUMN "livemode" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "provider_account_id" text;--> statement-breakpoint
ALTER TABLE "refunds" ADD COLUMN "livemode" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "refunds" ALTER COLUMN "livemode" DROP DEFAULT;--> statement-breakpoint
CREATE INDEX "provider_accounts_partner_idx" ON "provider_accounts" USING btree ("partner_id","livemode","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "provider_accounts_connector_idx" ON "provider_accounts" USING btree ("partner_id","livemode","capability","connector") WHERE status = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "provider_accounts_single_idx" ON "provider_accounts" USING btree ("partner_id","livemode","capability") WHERE status = 'active' and capability in ('cards', 'kyc');--> statement-breakpoint
CREATE INDEX "events_partner_created_idx" ON "events" USING btree ("partner_id","livemode","created_at","id");--> statement-breakpoint
CREATE INDEX "sessions_partner_created_idx" ON "sessions" USING btree ("partner_id","livemode","created_at","id");--> statement-breakpoint
CREATE INDEX "links_partner_created_idx" ON "links" USING btree ("partner_id","livemode","created_at","id");--> statement-breakpoint
CREATE INDEX "payments_partner_created_idx" ON "payments" USING btree ("partner_id","livemode","created_at","id");