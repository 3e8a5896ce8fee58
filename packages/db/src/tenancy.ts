import { sql } from "drizzle-orm";
import type { Db, Tx } from "./client.ts";

/**
 * Every query on a tenant table runs inside one of these. They set, for the transaction only, what
 * the row-level security policies of migration 0002 check.
 */
export function withTenant<T>(db: Db, accountId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.account_id', ${accountId}, true)`);
    return work(tx);
  });
}

/** Cross-office work keyed by something else than an office: use sparingly, and say why. */
export function asPlatform<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.scope', 'platform', true)`);
    return work(tx);
  });
}

/**
 * Runs queries one after the other and returns their results like `Promise.all`. A transaction
 * has a single connection, so queries in `Promise.all` queue anyway (and pg 9 will refuse them).
 */
export async function inOrder<T extends readonly (() => Promise<unknown>)[]>(
  steps: readonly [...T],
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const results: unknown[] = [];
  for (const step of steps) results.push(await step());
  return results as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
}
