-- Row-level security backs up the account_id checks of every query on tenant tables.
-- The app runs as courtier_app, a role that owns nothing (the migrating user owns the tables),
-- and says per transaction whose data it works on:
--   app.account_id = '<uuid>'   work inside one broker office
--   app.scope = 'platform'      the few cross-office operations (registration, sign-in lookup,
--                               invitation links) that are keyed by something else than an office
-- Without either, a tenant table shows no rows and accepts none: a forgotten scope fails closed.
DO $$
BEGIN
  CREATE ROLE courtier_app NOLOGIN;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;
--> statement-breakpoint
GRANT courtier_app TO CURRENT_USER;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO courtier_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO courtier_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO courtier_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO courtier_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO courtier_app;
--> statement-breakpoint
CREATE FUNCTION courtier_tenant_allows(row_account uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT current_setting('app.scope', true) = 'platform'
      OR row_account = nullif(current_setting('app.account_id', true), '')::uuid
$$;
--> statement-breakpoint
ALTER TABLE "account" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "account" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "account" USING (courtier_tenant_allows(id)) WITH CHECK (courtier_tenant_allows(id));
--> statement-breakpoint
ALTER TABLE "membership" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "membership" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "membership" USING (courtier_tenant_allows(account_id)) WITH CHECK (courtier_tenant_allows(account_id));
--> statement-breakpoint
ALTER TABLE "account_group" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "account_group" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "account_group" USING (courtier_tenant_allows(account_id)) WITH CHECK (courtier_tenant_allows(account_id));
--> statement-breakpoint
ALTER TABLE "account_group_member" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "account_group_member" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "account_group_member" USING (courtier_tenant_allows(account_id)) WITH CHECK (courtier_tenant_allows(account_id));
--> statement-breakpoint
ALTER TABLE "invitation" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "invitation" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "invitation" USING (courtier_tenant_allows(account_id)) WITH CHECK (courtier_tenant_allows(account_id));
--> statement-breakpoint
ALTER TABLE "audit_event" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "audit_event" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Audit lines are written from any scope (a failed sign-in has no office) but read per office.
CREATE POLICY audit_insert ON "audit_event" FOR INSERT WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY audit_read ON "audit_event" FOR SELECT USING (courtier_tenant_allows(account_id));
