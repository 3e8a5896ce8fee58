/**
 * The API server as main.ts starts it (same config from the environment, same buildApp), plus a
 * bare JSON route for comparison, in a process of its own so the load generator does not share
 * its event loop. quotes.bench.ts forks it and waits for the "ready" message.
 *
 * Not started here: the mail worker and the offer expiry sweep (background work, not requests).
 * BENCH_COUNT_QUERIES=1 counts the SQL statements sent (GET /bench/stats), for the analysis.
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";
import { openDatabase } from "@courtier/db/client";
import pg from "pg";
import { buildApp } from "#src/app.ts";
import { loadConfig } from "#src/config.ts";
import { seedCatalog } from "#src/modules/catalog/catalog.repository.ts";
import { type CpuProfile, summarizeProfile } from "./profile.ts";

const stats = { queries: 0, requests: 0, inFlight: 0 };
/** Per statement text (shortened): how often it was sent and the time until its answer. */
const statements = new Map<string, { count: number; ms: number }>();
const record = (text: string, start: number) => {
  const entry = statements.get(text) ?? { count: 0, ms: 0 };
  entry.count++;
  entry.ms += performance.now() - start;
  statements.set(text, entry);
};
const statementText = (first: unknown) =>
  (typeof first === "string" ? first : ((first as { text?: string })?.text ?? ""))
    .replace(/\s+/g, " ")
    .slice(0, 90);
if (process.env.BENCH_COUNT_QUERIES === "1") {
  // Counted where every statement passes (a client); timed where the caller awaits it (a client
  // inside a transaction, the pool otherwise).
  const clientQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    stats.queries++;
    const start = performance.now();
    const result = clientQuery.apply(this, args);
    if (result instanceof Promise)
      result.then(
        () => record(statementText(args[0]), start),
        () => {},
      );
    return result;
  } as typeof pg.Client.prototype.query;
  const poolQuery = pg.Pool.prototype.query as (...args: unknown[]) => unknown;
  pg.Pool.prototype.query = function (this: pg.Pool, ...args: unknown[]) {
    const start = performance.now();
    const result = poolQuery.apply(this, args);
    if (result instanceof Promise)
      result.then(
        () => record(statementText(args[0]), start),
        () => {},
      );
    return result;
  } as typeof pg.Pool.prototype.query;
}

const config = loadConfig(process.env);
const database = await openDatabase(config.database);
await database.migrate();
await seedCatalog(database.db);
const { app } = await buildApp(config, database);

app.get("/bench/bare", async () => ({ ok: true }));
app.get("/bench/stats", async () => ({
  ...stats,
  statements: [...statements].map(([text, s]) => ({ text, ...s })).sort((a, b) => b.ms - a.ms),
}));
app.get("/bench/reset-stats", async () => {
  stats.queries = 0;
  stats.requests = 0;
  statements.clear();
  return { ok: true };
});
// Counted when the handler has answered, even if the client has gone: the bench waits for
// in-flight requests (e.g. saves left running at the end of a warm-up) before it goes on.
// CPU profile of a measured run only (not of the start-up): GET /bench/profile/start, …/stop.
const inspector = new Session();
inspector.connect();
app.get("/bench/profile/start", async () => {
  await inspector.post("Profiler.enable");
  await inspector.post("Profiler.setSamplingInterval", { interval: 200 });
  await inspector.post("Profiler.start");
  return { ok: true };
});
let profiles = 0;
app.get("/bench/profile/stop", async () => {
  const { profile } = await inspector.post("Profiler.stop");
  // Kept next to the server log (quotes.bench.ts --profile --keep), for Chrome DevTools or speedscope.
  writeFileSync(
    join(process.env.BENCH_OUT_DIR ?? config.dataDir, `run-${++profiles}.cpuprofile`),
    JSON.stringify(profile),
  );
  return { lines: summarizeProfile(profile as unknown as CpuProfile) };
});

app.addHook("onRequest", async (request) => {
  if (!request.url.startsWith("/bench/")) stats.inFlight++;
});
app.addHook("onSend", async (request) => {
  if (request.url.startsWith("/bench/")) return;
  stats.inFlight--;
  stats.requests++;
});

await app.listen({ port: config.port, host: config.host });
process.send?.({ ready: true, database: database.kind });

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await app.close();
  await database.close();
  // A normal exit, so that --cpu-prof writes its profile.
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
process.on("disconnect", () => void stop());
