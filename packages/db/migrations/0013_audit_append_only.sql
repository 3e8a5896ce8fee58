-- The audit trail is append-only for the app: no row-level policy allowed changing it, and now
-- the role may not even try. Only the migrating owner could still change or remove a row.
REVOKE UPDATE, DELETE, TRUNCATE ON "audit_event" FROM courtier_app;
