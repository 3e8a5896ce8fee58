CREATE TABLE "quote" (
	"account_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"created_by_user_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"reference" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"tariff_version" text NOT NULL,
	"draft" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"company_name" text DEFAULT '' NOT NULL,
	"city" text DEFAULT '' NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED NOT NULL,
	"pricing" jsonb,
	"client_language" text,
	"valid_until" date,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by_user_id" text,
	"decision_message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quote_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
ALTER TABLE "product" ADD COLUMN "last_quote_sequence" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "quote" ADD CONSTRAINT "quote_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote" ADD CONSTRAINT "quote_product_id_product_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."product"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote" ADD CONSTRAINT "quote_account_id_group_id_account_group_account_id_id_fk" FOREIGN KEY ("account_id","group_id") REFERENCES "public"."account_group"("account_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "quote_id_key" ON "quote" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "quote_product_sequence_key" ON "quote" USING btree ("product_id","sequence");--> statement-breakpoint
CREATE INDEX "quote_group_updated_idx" ON "quote" USING btree ("account_id","group_id","updated_at");--> statement-breakpoint
CREATE INDEX "quote_search_idx" ON "quote" USING gin ("search");--> statement-breakpoint
CREATE INDEX "quote_product_status_idx" ON "quote" USING btree ("product_id","status","submitted_at");--> statement-breakpoint
CREATE INDEX "quote_expiry_idx" ON "quote" USING btree ("valid_until") WHERE "quote"."status" = 'offer';