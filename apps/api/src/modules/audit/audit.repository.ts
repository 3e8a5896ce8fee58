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
  await recordAudits(db, [entry]);
}

/** Several events in one statement (a sweep over many rows). */
export async function recordAudits(db: Db, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(auditEvent).values(
    entries.map((entry) => ({
      accountId: entry.accountId ?? null,
      actorUserId: entry.actorUserId ?? null,
      action: entry.action,
      subject: entry.subject ?? null,
      ipAddress: entry.ipAddress ?? null,
      data: entry.data ?? {},
    })),
  );
}
