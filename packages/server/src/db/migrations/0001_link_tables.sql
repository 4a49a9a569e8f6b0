CREATE TABLE "link_accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"link_id" text NOT NULL,
	"partner_id" text NOT NULL,
	"bank_account_id" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"subtype" text NOT NULL,
	"currency" text NOT NULL,
	"identifiers" jsonb NOT NULL,
	"identifiers_enc" text NOT NULL,
	"selected" boolean DEFAULT false NOT NULL,
	"balance" jsonb,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "link_attempts" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"partner_id" text NOT NULL,
	"institution" text NOT NULL,
	"link_id" text,
	"bank_consent_id" text NOT NULL,
	"verifier_enc" text NOT NULL,
	"mode" text NOT NULL,
	"status" text NOT NULL,
	"error" text,
	"result_link_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "link_transactions" (
	"id" text PRIMARY KEY NOT NULL,
	"link_id" text NOT NULL,
	"account_id" text NOT NULL,
	"bank_transaction_id" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"status" text NOT NULL,
	"booking_date" text,
	"value_date" text,
	"description" text NOT NULL,
	"counterparty" text,
	"added_seq" integer NOT NULL,
	"changed_seq" integer NOT NULL,
	"removed" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "links" (
	"id" text PRIMARY KEY NOT NULL,
	"partner_id" text NOT NULL,
	"session_id" text,
	"customer_reference" text,
	"institution" text NOT NULL,
	"status" text NOT NULL,
	"scopes" jsonb NOT NULL,
	"bank_consent_id" text NOT NULL,
	"consent_expires_at" timestamp with time zone,
	"tokens_enc" text,
	"seq" integer DEFAULT 0 NOT NULL,
	"refreshed_at" timestamp with time zone,
	"expiring_notified_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "link_accounts_bank_idx" ON "link_accounts" USING btree ("link_id","bank_account_id");--> statement-breakpoint
CREATE INDEX "link_accounts_partner_idx" ON "link_accounts" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE INDEX "link_attempts_session_idx" ON "link_attempts" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "link_transactions_bank_idx" ON "link_transactions" USING btree ("account_id","bank_transaction_id");--> statement-breakpoint
CREATE INDEX "link_transactions_changes_idx" ON "link_transactions" USING btree ("link_id","changed_seq","id");--> statement-breakpoint
CREATE INDEX "links_partner_created_idx" ON "links" USING btree ("partner_id","created_at","id");--> statement-breakpoint
CREATE INDEX "links_active_expiry_idx" ON "links" USING btree ("consent_expires_at") WHERE status = 'active';