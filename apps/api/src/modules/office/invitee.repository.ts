import type { Db } from "@courtier/db/client";
import { credential, user } from "@courtier/db/schema";
import { eq, sql } from "drizzle-orm";

/** An invited colleague is a user without a password until they accept. */
export async function insertInvitedUser(
  db: Db,
  u: { id: string; firstName: string; lastName: string; email: string; language: "nl" | "fr" | "en" },
): Promise<void> {
  await db.insert(user).values({ ...u, name: `${u.firstName} ${u.lastName}` });
}

export async function deleteInvitedUser(db: Db, userId: string): Promise<void> {
  await db.delete(user).where(eq(user.id, userId));
}

/** Sets the user's password, whether or not a credential row exists already. */
export async function credentialForInvitee(db: Db, userId: string, passwordHash: string): Promise<void> {
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

export async function markEmailVerified(db: Db, userId: string): Promise<void> {
  await db.update(user).set({ emailVerified: true, updatedAt: sql`now()` }).where(eq(user.id, userId));
}
