-- Quotes belong to an office, like the other tenant tables (see 0002). Insurer staff read the
-- submitted quotes of their own products in platform scope, filtered by insurer in the query.
ALTER TABLE "quote" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "quote" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "quote" USING (courtier_tenant_allows(account_id)) WITH CHECK (courtier_tenant_allows(account_id));
