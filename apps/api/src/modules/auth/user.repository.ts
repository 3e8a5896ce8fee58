import type { Db } from "@courtier/db/client";
import { credential, user } from "@courtier/db/schema";
import { and, eq, sql } from "drizzle-orm";

export type NewUser = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  language: "nl" | "fr" | "en";
  passwordHash: string;
};

/** Inserts a user and their password credential the way better-auth stores them. */
export async function insertUserWithPassword(db: Db, u: NewUser): Promise<void> {
  await db.insert(user).values({
    id: u.id,
    name: `${u.firstName} ${u.lastName}`,
    firstName: u.firstName,
    lastName: u.lastName,
    email: u.email,
    language: u.language,
  });
  await db.insert(credential).values({
    id: crypto.randomUUID(),
    accountId: u.id,
    providerId: "credential",
    userId: u.id,
    password: u.passwordHash,
  });
}

export async function emailInUse(db: Db, email: string): Promise<boolean> {
  const rows = await db.select({ id: user.id }).from(user).where(sql`lower(${user.email}) = lower(${email})`);
  return rows.length > 0;
}

export async function findUserById(db: Db, id: string) {
  const rows = await db.select().from(user).where(eq(user.id, id));
  return rows[0] ?? null;
}

export async function findUserByEmail(db: Db, email: string) {
  const rows = await db.select().from(user).where(sql`lower(${user.email}) = lower(${email})`);
  return rows[0] ?? null;
}

export async function findPasswordHash(db: Db, userId: string): Promise<string | null> {
  const rows = await db
    .select({ password: credential.password })
    .from(credential)
    .where(and(eq(credential.userId, userId), eq(credential.providerId, "credential")));
  return rows[0]?.password ?? null;
}

export async function updateProfile(
  db: Db,
  userId: string,
  profile: { firstName: string; lastName: string; language: "nl" | "fr" | "en" },
): Promise<void> {
  await db
    .update(user)
    .set({ ...profile, name: `${profile.firstName} ${profile.lastName}`, updatedAt: sql`now()` })
    .where(eq(user.id, userId));
}

export async function setUserLanguage(db: Db, userId: string, language: "nl" | "fr" | "en"): Promise<void> {
  await db.update(user).set({ language, updatedAt: sql`now()` }).where(eq(user.id, userId));
}
