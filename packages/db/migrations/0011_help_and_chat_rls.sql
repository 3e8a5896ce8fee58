-- Conversations and their messages belong to an office (see 0002). Platform support reads them in
-- platform scope; the help articles and the support agents are platform data.
ALTER TABLE "conversation" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "conversation" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "conversation" USING (courtier_tenant_allows(account_id)) WITH CHECK (courtier_tenant_allows(account_id));
--> statement-breakpoint
ALTER TABLE "chat_message" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "chat_message" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "chat_message" USING (courtier_tenant_allows(account_id)) WITH CHECK (courtier_tenant_allows(account_id));
