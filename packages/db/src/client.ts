import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { type SQL, sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import lockfile from "proper-lockfile";
import * as schema from "./schema.ts";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type Database = {
  db: Db;
  kind: "pglite" | "postgres";
  /** Runs the committed migrations; safe to call from several processes at once on PostgreSQL. */
  migrate(): Promise<void>;
  /** A trivial query, for readiness checks. */
  ping(): Promise<void>;
  /**
   * Receives the NOTIFY payloads of a channel, from this process and every other one on the same
   * database (PGlite has one process). Returns a function that stops listening.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
};

const migrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));
const MIGRATION_LOCK = 72_616_001;

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `The data folder ${dataDir} is in use by another Courtier server. ` +
        "Stop that server first, or start this one with another DATA_DIR. " +
        "(Two servers on one embedded database would corrupt it.)",
    );
    this.name = "DataDirLockedError";
  }
}

export type DatabaseOptions =
  | { kind: "postgres"; url: string; poolSize?: number }
  /** dataDir null keeps the database in memory (tests). */
  | { kind: "pglite"; dataDir: string | null };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.kind === "postgres"
    ? openPostgres(options.url, options.poolSize ?? 10)
    : openPglite(options.dataDir);
}

/** The role the app works as after migrating: it owns nothing, so row-level security binds it. */
export const APP_ROLE = "courtier_app";

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  // Every connection is the app role from its start-up message on: no query can run before the
  // role is set, and a missing role refuses the connection instead of leaving it as the owner.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: `-c role=${APP_ROLE}` });
  // An idle client that loses its connection must not take the process down.
  pool.on("error", () => {});
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: "postgres",
    async migrate() {
      // Migrations run as the connecting user, who owns the tables; the pool never does.
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
        await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
      } finally {
        await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
        await client.end();
      }
      // Row-level security binds only the app role: refuse to start if something between here and
      // PostgreSQL (a pooler dropping the start-up options) left the pool as the tables' owner.
      const { rows } = await pool.query<{ role: string }>("select current_user as role");
      if (rows[0]?.role !== APP_ROLE)
        throw new Error(
          `database connections run as "${rows[0]?.role}", not "${APP_ROLE}": the start-up option -c role=${APP_ROLE} did not reach PostgreSQL`,
        );
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    listen: (channel, onPayload) => listenPostgres(url, channel, onPayload),
    async close() {
      await pool.end();
    },
  };
}

const CHANNEL = /^[a-z_][a-z0-9_]*$/;

/**
 * One dedicated connection per listened channel, reconnecting after a loss (notifications sent
 * while it was down are lost: listeners re-read state on reconnect, see the chat's event stream).
 */
async function listenPostgres(url: string, channel: string, onPayload: (payload: string) => void) {
  if (!CHANNEL.test(channel)) throw new Error(`invalid channel name: ${channel}`);
  let stopped = false;
  let client: pg.Client | null = null;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on("notification", (message) => {
      if (message.channel === channel) onPayload(message.payload ?? "");
    });
    next.on("error", () => {
      if (stopped) return;
      client = null;
      setTimeout(() => void connect().catch(() => {}), 1_000).unref();
    });
    await next.connect();
    await next.query(`listen ${channel}`);
    client = next;
  };
  await connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => {});
  };
}

async function openPglite(dataDir: string | null): Promise<Database> {
  let release: (() => Promise<void>) | null = null;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    try {
      release = await lockfile.lock(dataDir, {
        lockfilePath: join(dataDir, "courtier.lock"),
        // A server killed with -9 leaves its lock behind: it turns stale after 5 s, and a new
        // server waits that long for it before it gives up.
        stale: 5_000,
        update: 1_000,
        retries: { retries: 7, factor: 1, minTimeout: 1_000, maxTimeout: 1_000 },
        onCompromised: (error) => {
          // Another process took our lock: writing on would corrupt the database.
          console.error(JSON.stringify({ level: 60, msg: "data folder lock lost", err: String(error) }));
          process.exit(1);
        },
      });
    } catch (error) {
      if ((error as { code?: string }).code === "ELOCKED") throw new DataDirLockedError(dataDir);
      throw error;
    }
  }
  const client = new PGlite(dataDir ? join(dataDir, "pglite") : undefined);
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    async migrate() {
      await client.exec("reset role");
      await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder });
      // PGlite connects as a superuser, which skips row-level security: drop to the app role.
      await client.exec(`set role ${APP_ROLE}`);
    },
    async ping() {
      await client.query("select 1");
    },
    async listen(channel, onPayload) {
      const stop = await client.listen(channel, onPayload);
      return async () => stop();
    },
    async close() {
      await client.close();
      if (release) await release();
    },
  };
}

/** Rows of a raw SQL query; PGlite and node-postgres both answer `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
