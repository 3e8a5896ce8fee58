import type { Db } from "@courtier/db/client";
import { credential, user } from "@courtier/db/schema";
import { and, eq, sql } from "drizzle-orm";

type Language = "nl" | "fr" | "en";

export type NewUser = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  language: Language;
  /** True when the address is already proven (or vouched for by an operator). */
  emailVerified?: boolean;
};

/** Every user row is written here, the way better-auth reads it (`name` is its display name). */
export async function insertUser(db: Db, u: NewUser): Promise<void> {
  await db.insert(user).values({ ...u, name: `${u.firstName} ${u.lastName}`.trim() });
}

/** Sets the user's password credential, whether or not one exists already. */
export async function setPassword(db: Db, userId: string, passwordHash: string): Promise<void> {
  await db
    .insert(credential)
    .values({
      id: crypto.randomUUID(),
      accountId: userId,
      providerId: "credential",
      userId,
      password: passwordHash,
    })
    .onConflictDoUpdate({
      target: [credential.userId, credential.providerId],
      set: { password: passwordHash, updatedAt: sql`now()` },
    });
}

export async function insertUserWithPassword(db: Db, u: NewUser & { passwordHash: string }): Promise<void> {
  const { passwordHash, ...fields } = u;
  await insertUser(db, fields);
  await setPassword(db, u.id, passwordHash);
}

export async function deleteUser(db: Db, userId: string): Promise<void> {
  await db.delete(user).where(eq(user.id, userId));
}

export async function markEmailVerified(db: Db, userId: string): Promise<void> {
  await db.update(user).set({ emailVerified: true, updatedAt: sql`now()` }).where(eq(user.id, userId));
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
