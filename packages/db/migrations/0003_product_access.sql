CREATE TABLE "insurer_staff" (
	"user_id" text PRIMARY KEY NOT NULL,
	"insurer_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "integration" (
	"account_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"producer_number" text NOT NULL,
	"status" text NOT NULL,
	"requested_by_user_id" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by_user_id" text,
	"decided_at" timestamp with time zone,
	"reason" text,
	CONSTRAINT "integration_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "integration_group" (
	"account_id" uuid NOT NULL,
	"integration_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	CONSTRAINT "integration_group_account_id_integration_id_group_id_pk" PRIMARY KEY("account_id","integration_id","group_id")
);
--> statement-breakpoint
ALTER TABLE "insurer_staff" ADD CONSTRAINT "insurer_staff_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurer_staff" ADD CONSTRAINT "insurer_staff_insurer_id_insurer_id_fk" FOREIGN KEY ("insurer_id") REFERENCES "public"."insurer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration" ADD CONSTRAINT "integration_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration" ADD CONSTRAINT "integration_product_id_product_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."product"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_group" ADD CONSTRAINT "integration_group_account_id_integration_id_integration_account_id_id_fk" FOREIGN KEY ("account_id","integration_id") REFERENCES "public"."integration"("account_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_group" ADD CONSTRAINT "integration_group_account_id_group_id_account_group_account_id_id_fk" FOREIGN KEY ("account_id","group_id") REFERENCES "public"."account_group"("account_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "integration_id_key" ON "integration" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "integration_open_producer_key" ON "integration" USING btree ("account_id","product_id","producer_number") WHERE "integration"."status" in ('pending', 'accepted');--> statement-breakpoint
CREATE INDEX "integration_product_status_idx" ON "integration" USING btree ("product_id","status");--> statement-breakpoint
CREATE INDEX "integration_group_group_idx" ON "integration_group" USING btree ("account_id","group_id");