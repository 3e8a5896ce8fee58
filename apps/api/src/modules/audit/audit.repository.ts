import type { Db } from "@courtier/db/client";
import { auditEvent } from "@courtier/db/schema";

export type AuditEntry = {
  accountId?: string | null;
  actorUserId?: string | null;
  action: string;
  subject?: string | null;
  ipAddress?: string | null;
  /** Never a password, token or link: audit lines are read by people. */
  data?: Record<string, unknown>;
};

export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvent).values({
    accountId: entry.accountId ?? null,
    actorUserId: entry.actorUserId ?? null,
    action: entry.action,
    subject: entry.subject ?? null,
    ipAddress: entry.ipAddress ?? null,
    data: entry.data ?? {},
  });
}
