-- Integrations belong to an office, like the other tenant tables (see 0002).
GRANT SELECT, INSERT, UPDATE, DELETE ON "insurer_staff", "integration", "integration_group" TO courtier_app;
--> statement-breakpoint
ALTER TABLE "integration" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "integration" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "integration" USING (courtier_tenant_allows(account_id)) WITH CHECK (courtier_tenant_allows(account_id));
--> statement-breakpoint
ALTER TABLE "integration_group" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "integration_group" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "integration_group" USING (courtier_tenant_allows(account_id)) WITH CHECK (courtier_tenant_allows(account_id));
