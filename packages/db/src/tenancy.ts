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
