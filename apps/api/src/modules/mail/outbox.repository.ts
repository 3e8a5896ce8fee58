import type { Db } from "@courtier/db/client";
import { outbox } from "@courtier/db/schema";
import { and, desc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { RenderedMail } from "./mail-templates.ts";

export type OutboxMail = RenderedMail & { to: string };

/** Call inside the business transaction: the mail exists if and only if the change does. */
export async function enqueueMail(db: Db, mail: OutboxMail): Promise<number> {
  const rows = await db.insert(outbox).values({ kind: "mail", payload: mail }).returning({ id: outbox.id });
  return rows[0]!.id;
}

export type ClaimedMail = { id: number; attempts: number; mail: OutboxMail };

/**
 * Leases up to `limit` due mails for `leaseSeconds`: a process that dies mid-send leaves them to be
 * retried after the lease, and SKIP LOCKED lets several workers claim side by side.
 */
export async function claimDueMails(db: Db, limit: number, leaseSeconds: number): Promise<ClaimedMail[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(isNull(outbox.sentAt), lte(outbox.availableAt, sql`now()`), eq(outbox.kind, "mail")))
      .orderBy(outbox.id)
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    const rows = await tx
      .update(outbox)
      .set({
        availableAt: sql`now() + make_interval(secs => ${leaseSeconds})`,
        attempts: sql`${outbox.attempts} + 1`,
      })
      .where(
        inArray(
          outbox.id,
          due.map((d) => d.id),
        ),
      )
      .returning({ id: outbox.id, attempts: outbox.attempts, payload: outbox.payload });
    return rows.map((r) => ({ id: r.id, attempts: r.attempts, mail: r.payload as OutboxMail }));
  });
}

export async function markMailSent(db: Db, id: number): Promise<void> {
  await db.update(outbox).set({ sentAt: sql`now()`, lastError: null }).where(eq(outbox.id, id));
}

/** Exponential backoff: 30 s, 1 min, 2 min … capped at 1 hour. */
export async function markMailFailed(db: Db, id: number, attempts: number, error: string): Promise<void> {
  const delay = Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));
  await db
    .update(outbox)
    .set({ availableAt: sql`now() + make_interval(secs => ${delay})`, lastError: error.slice(0, 500) })
    .where(eq(outbox.id, id));
}

export type MailboxEntry = { id: number; createdAt: Date; sentAt: Date | null; mail: OutboxMail };

export async function listMailbox(db: Db, limit = 200): Promise<MailboxEntry[]> {
  const rows = await db
    .select({ id: outbox.id, createdAt: outbox.createdAt, sentAt: outbox.sentAt, payload: outbox.payload })
    .from(outbox)
    .where(eq(outbox.kind, "mail"))
    .orderBy(desc(outbox.id))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    sentAt: r.sentAt,
    mail: r.payload as OutboxMail,
  }));
}

export async function findMailboxEntry(db: Db, id: number): Promise<MailboxEntry | null> {
  const rows = await db
    .select({ id: outbox.id, createdAt: outbox.createdAt, sentAt: outbox.sentAt, payload: outbox.payload })
    .from(outbox)
    .where(and(eq(outbox.id, id), eq(outbox.kind, "mail")));
  const r = rows[0];
  return r ? { id: r.id, createdAt: r.createdAt, sentAt: r.sentAt, mail: r.payload as OutboxMail } : null;
}
