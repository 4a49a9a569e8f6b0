CREATE TABLE "identity_images" (
	"verification_id" text NOT NULL,
	"side" text NOT NULL,
	"content_type" text NOT NULL,
	"image_enc" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "identity_images_verification_id_side_pk" PRIMARY KEY("verification_id","side")
);
--> statement-breakpoint
CREATE TABLE "identity_rules" (
	"partner_id" text PRIMARY KEY NOT NULL,
	"rules" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity_verifications" (
	"id" text PRIMARY KEY NOT NULL,
	"partner_id" text NOT NULL,
	"session_id" text NOT NULL,
	"customer_reference" text NOT NULL,
	"status" text NOT NULL,
	"details_enc" text,
	"document" jsonb,
	"provider_check_id" text,
	"checks" jsonb NOT NULL,
	"reviews" jsonb NOT NULL,
	"screened_versions" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"erased_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "identity_images_created_idx" ON "identity_images" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "identity_verifications_session_idx" ON "identity_verifications" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "identity_verifications_partner_status_idx" ON "identity_verifications" USING btree ("partner_id","status","created_at");--> statement-breakpoint
CREATE INDEX "identity_verifications_customer_idx" ON "identity_verifications" USING btree ("partner_id","customer_reference");--> statement-breakpoint
CREATE INDEX "identity_verifications_check_idx" ON "identity_verifications" USING btree ("provider_check_id");