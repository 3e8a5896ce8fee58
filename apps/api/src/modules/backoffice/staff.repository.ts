import type { Db } from "@courtier/db/client";
import { credential, insurer, insurerStaff, user, verification } from "@courtier/db/schema";
import { asc, eq, sql } from "drizzle-orm";
import { insertUser } from "../auth/user.repository.ts";

export async function findStaff(db: Db, userId: string) {
  const rows = await db
    .select({
      userId: insurerStaff.userId,
      role: insurerStaff.role,
      insurerId: insurer.id,
      insurerSlug: insurer.slug,
    })
    .from(insurerStaff)
    .innerJoin(insurer, eq(insurer.id, insurerStaff.insurerId))
    .where(eq(insurerStaff.userId, userId));
  return rows[0] ?? null;
}

export async function insertStaff(
  db: Db,
  s: {
    userId: string;
    name: string;
    email: string;
    language: "nl" | "fr" | "en";
    insurerId: string;
    role: "admin" | "member";
  },
): Promise<void> {
  const [firstName, ...rest] = s.name.trim().split(/\s+/);
  await insertUser(db, {
    id: s.userId,
    firstName: firstName ?? s.name,
    lastName: rest.join(" "),
    email: s.email,
    language: s.language,
    // The address is the operator's or a staff admin's word; the set-password link proves it anyway.
    emailVerified: true,
  });
  await db.insert(insurerStaff).values({ userId: s.userId, insurerId: s.insurerId, role: s.role });
}

export function listStaff(db: Db, insurerId: string) {
  return db
    .select({
      userId: user.id,
      name: user.name,
      email: user.email,
      role: insurerStaff.role,
      // Active once they have chosen a password through their link.
      active: sql<boolean>`exists (select 1 from ${credential} c where c.user_id = ${user.id})`,
    })
    .from(insurerStaff)
    .innerJoin(user, eq(user.id, insurerStaff.userId))
    .where(eq(insurerStaff.insurerId, insurerId))
    .orderBy(asc(user.name));
}

/**
 * A one-time link to choose a password, in better-auth's own reset-password format, so that the
 * ordinary reset page finishes it (and it is consumed on use).
 */
export async function insertPasswordLinkToken(
  db: Db,
  userId: string,
  token: string,
  expiresAt: Date,
): Promise<void> {
  await db
    .insert(verification)
    .values({ id: crypto.randomUUID(), identifier: `reset-password:${token}`, value: userId, expiresAt });
}
