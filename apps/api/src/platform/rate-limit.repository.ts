import type { Db } from "@courtier/db/client";
import { rateLimit } from "@courtier/db/schema";
import { eq, sql } from "drizzle-orm";
import type { RateLimitRule } from "#src/config.ts";

/**
 * Fixed-window counters in the database, so that every server process shares them.
 * `hit` counts one more event and returns the count in the current window.
 */
export async function hitRateLimit(db: Db, key: string, rule: RateLimitRule): Promise<number> {
  const window = sql`now() + make_interval(secs => ${rule.windowSeconds})`;
  const rows = await db
    .insert(rateLimit)
    .values({ key, count: 1, resetAt: window })
    .onConflictDoUpdate({
      target: rateLimit.key,
      set: {
        count: sql`case when ${rateLimit.resetAt} <= now() then 1 else ${rateLimit.count} + 1 end`,
        resetAt: sql`case when ${rateLimit.resetAt} <= now() then ${window} else ${rateLimit.resetAt} end`,
      },
    })
    .returning({ count: rateLimit.count });
  return rows[0]?.count ?? 1;
}

/** The count in the current window, without counting. */
export async function peekRateLimit(db: Db, key: string): Promise<number> {
  const rows = await db
    .select({ count: rateLimit.count })
    .from(rateLimit)
    .where(sql`${rateLimit.key} = ${key} and ${rateLimit.resetAt} > now()`);
  return rows[0]?.count ?? 0;
}

export async function clearRateLimit(db: Db, key: string): Promise<void> {
  await db.delete(rateLimit).where(eq(rateLimit.key, key));
}

export async function pruneRateLimits(db: Db): Promise<void> {
  await db.delete(rateLimit).where(sql`${rateLimit.resetAt} <= now()`);
}

/** Gives back one event counted by `hitRateLimit` (an attempt that turned out not to count). */
export async function releaseRateLimit(db: Db, key: string): Promise<void> {
  await db
    .update(rateLimit)
    .set({ count: sql`greatest(${rateLimit.count} - 1, 0)` })
    .where(eq(rateLimit.key, key));
}
