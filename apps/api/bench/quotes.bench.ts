/**
 * The quote API's benchmark (issue: search, list page, live price, autosave; PostgreSQL and PGlite).
 *
 *   node --import tsx apps/api/bench/quotes.bench.ts [--reseed] [--duration=10] [--only=search,list,price,autosave,pglite]
 *
 * Seeds courtier_bench first when it is missing, incomplete, of another size or behind the
 * migrations (--reseed forces it). Every figure is printed on one line, `name=value unit`, with its
 * target and PASS/MISS; lines starting with `#` are context (CPU split, statements per request).
 * Other flags: --warmup=3 (s), --connections=50, --list-connections=100, --explain (query plans),
 * --profile (where the server's CPU goes during each HTTP measurement), --keep (keep the server logs),
 * --statements (each SQL statement sent per request, with the time until its answer),
 * --quiet-pct=25 --quiet-wait=300 (wait for other work on this shared machine to calm down).
 */
import { type ChildProcess, fork } from "node:child_process";
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { createServer } from "node:net";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Db, openDatabase, queryRows } from "@courtier/db/client";
import { accountGroup, product, quote, user } from "@courtier/db/schema";
import { withTenant } from "@courtier/db/tenancy";
import autocannon from "autocannon";
import { and, desc, eq, ilike, sql } from "drizzle-orm";
import pg from "pg";
import { seedCatalog } from "#src/modules/catalog/catalog.repository.ts";
import { type Viewer, visibleTo } from "#src/modules/office/visibility.ts";
import { searchQuotes } from "#src/modules/quotes/quotes.repository.ts";
import { fold, prefixQuery } from "#src/modules/quotes/search-text.ts";
import { completeDraft } from "../test/harness.ts";
import {
  ADMIN_URL,
  BENCH_DB,
  BENCH_PASSWORD,
  benchDatabaseState,
  benchUrl,
  type Exec,
  FULL_SCALE,
  generateData,
  type Scale,
  seedPostgres,
} from "./seed.ts";

// ── Options ──

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const given = argv.find((a) => a.startsWith(`--${name}=`));
  return given ? Number(given.split("=")[1]) : fallback;
};
const only = argv
  .find((a) => a.startsWith("--only="))
  ?.split("=")[1]
  ?.split(",");
const runs = (part: string) => !only || only.includes(part);
const DURATION = option("duration", 10);
const WARMUP = option("warmup", 3);
const CONNECTIONS = option("connections", 50);
const LIST_CONNECTIONS = option("list-connections", 100);
const SEARCH_RUNS = option("search-runs", 200);
const PGLITE_SCALE: Scale = { offices: 20, usersPerOffice: 5, quotesPerOffice: 1000, passwordOffices: 20 };
const FRAGMENTS = ["chauss", "brass", "gent", "1050", "peeters"];

// ── Printing ──

type Verdict = { name: string; pass: boolean };
const verdicts: Verdict[] = [];
const round = (value: number) =>
  value >= 100
    ? Math.round(value)
    : value >= 1
      ? Math.round(value * 10) / 10
      : Math.round(value * 1000) / 1000;

/** `name=value unit (target …) PASS|MISS` on one line. */
function figure(
  name: string,
  value: number,
  unit: string,
  target?: { op: "≤" | "≥"; value: number; note?: string },
) {
  const shown = unit === "" ? `${name}=${round(value)}` : `${name}=${round(value)} ${unit}`;
  if (!target) return console.log(shown);
  const pass = target.op === "≤" ? value <= target.value : value >= target.value;
  verdicts.push({ name, pass });
  console.log(`${shown} (target ${target.op} ${target.value}${target.note ?? ""}) ${pass ? "PASS" : "MISS"}`);
}
const note = (text: string) => console.log(`# ${text}`);

function percentile(sorted: number[], p: number): number {
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN
  );
}

// ── CPU accounting: who used the 2 cores during a measurement ──

type CpuSnapshot = {
  at: number;
  total: number;
  steal: number;
  byPid: Map<number, { kind: string; ticks: number }>;
};
const TICKS_PER_S = 100;

function cpuSnapshot(): CpuSnapshot {
  const byPid = new Map<number, { kind: string; ticks: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      let kind = "other";
      if (comm === "postgres") {
        // "postgres: user database host(port) state" for a backend; background processes name no database.
        const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8");
        const backend = /^postgres: \S+ (\S+) \S+\(\d+\)/.exec(cmdline);
        kind = !backend || backend[1] === BENCH_DB ? "postgres" : "other";
      }
      byPid.set(Number(entry), { kind, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {}
  }
  const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0]!.split(/\s+/).slice(1).map(Number);
  const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0);
  const total = cpu.reduce((a, b) => a + b, 0) - idle;
  return { at: performance.now(), total, steal: cpu[7] ?? 0, byPid };
}

/**
 * CPU used between two snapshots, in % of one core: the server, the load generator, PostgreSQL
 * (the bench database's backends and the background processes) and everything else (other work
 * on this shared machine, other databases' backends).
 */
function cpuSplit(before: CpuSnapshot, after: CpuSnapshot, serverPid: number | undefined) {
  const seconds = (after.at - before.at) / 1000;
  const pct = (ticks: number) => Math.round((ticks / TICKS_PER_S / seconds) * 100);
  let server = 0;
  let bench = 0;
  let postgres = 0;
  let other = 0;
  for (const [pid, now] of after.byPid) {
    const delta = now.ticks - (before.byPid.get(pid)?.ticks ?? 0);
    if (delta <= 0) continue;
    if (pid === serverPid) server += delta;
    else if (pid === process.pid) bench += delta;
    else if (now.kind === "postgres") postgres += delta;
    else other += delta;
  }
  return {
    other: pct(other),
    text: `cpu % of one core: server=${pct(server)} loadgen=${pct(bench)} postgres=${pct(postgres)} other=${pct(other)} machine_busy=${pct(after.total - before.total)} (steal=${pct(after.steal - before.steal)}) of ${cpus().length * 100}`,
  };
}

const QUIET_PCT = option("quiet-pct", 25);
const QUIET_WAIT_S = option("quiet-wait", 300);

/**
 * The machine is shared: waits (up to --quiet-wait seconds) until everything else together uses
 * less than --quiet-pct % of one core over 2 s, so that a measurement does not share the cores
 * with someone else's test run. Says how long it waited, or that it gave up.
 */
async function waitForQuiet(label: string) {
  if (QUIET_WAIT_S <= 0) return;
  const start = performance.now();
  for (;;) {
    const before = cpuSnapshot();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const busy = cpuSplit(before, cpuSnapshot(), undefined);
    const waited = (performance.now() - start) / 1000;
    if (busy.other < QUIET_PCT) {
      if (waited > 3) note(`${label}: waited ${Math.round(waited)} s for the machine to be quiet`);
      return;
    }
    if (waited > QUIET_WAIT_S) {
      note(
        `${label}: machine still busy after ${Math.round(waited)} s (${busy.other} % of a core used by other work); measuring anyway`,
      );
      return;
    }
  }
}

// ── HTTP helpers ──

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function call(url: string, method: string, headers: Record<string, string>, body?: unknown): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = httpRequest(
      url,
      { method, headers: payload ? { ...headers, "content-type": "application/json" } : headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    req.on("error", reject);
    if (payload) req.write(payload);
    req.end();
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

type Server = { url: string; child: ChildProcess; dir: string; stop: () => Promise<void> };

/** Forks server.ts with the production configuration path (loadConfig from the environment). */
async function startServer(env: Record<string, string>, label: string): Promise<Server> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), `courtier-bench-${label}-`));
  const url = `http://127.0.0.1:${port}`;
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const execArgv = ["--import", "tsx"];
  const child = fork(fileURLToPath(new URL("./server.ts", import.meta.url)), [], {
    execArgv,
    env: {
      ...inherited,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      PUBLIC_URL: url,
      DATA_DIR: dir,
      AUTH_SECRET: "bench-secret-that-is-long-enough-for-better-auth",
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "info",
      BENCH_COUNT_QUERIES: "1",
      BENCH_OUT_DIR: dir,
      ...env,
    },
    // The server's log (info level, as in production) goes to a file, not to this terminal.
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  const logFile = join(dir, "server.log");
  const log = createWriteStream(logFile);
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) =>
      reject(new Error(`bench server exited with ${code}:\n${readFileSync(logFile, "utf8").slice(-3000)}`)),
    );
  });
  return {
    url,
    child,
    dir,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      if (!flag("keep")) rmSync(dir, { recursive: true, force: true });
      else note(`server log: ${logFile}`);
    },
  };
}

/** Until the server has answered every request it received (the load generator may have left some). */
async function waitIdle(server: Server) {
  for (let i = 0; i < 600; i++) {
    const stats = JSON.parse((await call(`${server.url}/bench/stats`, "GET", {})).body) as {
      inFlight: number;
    };
    if (stats.inFlight <= 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the server did not finish its requests within 60 s");
}

type Session = { userId: string; email: string; accountId: string; cookie: string };

/** Signs users in one after another (the sign-in rate limit counts attempts per address). */
async function signIn(
  server: Server,
  users: { id: string; email: string; account_id: string }[],
): Promise<Session[]> {
  const sessions: Session[] = [];
  for (const u of users) {
    const reply = await call(
      `${server.url}/api/session`,
      "POST",
      { origin: server.url },
      {
        email: u.email,
        password: BENCH_PASSWORD,
      },
    );
    if (reply.status !== 200)
      throw new Error(`sign-in of ${u.email} answered ${reply.status}: ${reply.body}`);
    const setCookie = reply.headers["set-cookie"];
    const cookie = (Array.isArray(setCookie) ? setCookie : [setCookie ?? ""])
      .map((c) => c.split(";")[0])
      .join("; ");
    sessions.push({ userId: u.id, email: u.email, accountId: u.account_id, cookie });
  }
  return sessions;
}

type Load = {
  connections: number;
  /** The request of connection `i`. */
  request: (i: number) => autocannon.Request;
  /** Run once the server is idle after the warm-up, before the measured run. */
  beforeRun?: () => Promise<void>;
};

/** A warm-up (not counted), then the measured run, with the CPU split and statements per request. */
async function load(server: Server, name: string, spec: Load) {
  const options = (duration: number): autocannon.Options => {
    let next = 0;
    return {
      url: server.url,
      connections: spec.connections,
      duration,
      timeout: 30,
      setupClient: (client) => client.setRequests([spec.request(next++)]),
    };
  };
  await waitForQuiet(name);
  if (WARMUP > 0) await autocannon(options(WARMUP));
  await waitIdle(server);
  await spec.beforeRun?.();
  await call(`${server.url}/bench/reset-stats`, "GET", {});
  const load1 = loadavg()[0]!;
  if (flag("profile")) await call(`${server.url}/bench/profile/start`, "GET", {});
  const before = cpuSnapshot();
  const result = await autocannon(options(DURATION));
  const after = cpuSnapshot();
  await waitIdle(server);
  const profile = flag("profile")
    ? (JSON.parse((await call(`${server.url}/bench/profile/stop`, "GET", {})).body) as { lines: string[] })
        .lines
    : [];
  const stats = JSON.parse((await call(`${server.url}/bench/stats`, "GET", {})).body) as {
    queries: number;
    requests: number;
    statements: { text: string; count: number; ms: number }[];
  };
  note(
    `${name}: ${spec.connections} connections, ${DURATION} s, ${result.requests.total} requests, p50=${result.latency.p50} ms p90=${result.latency.p90} ms p99=${result.latency.p99} ms max=${result.latency.max} ms, non-2xx=${result.non2xx}, errors=${result.errors}, timeouts=${result.timeouts}, load average before=${load1.toFixed(2)}`,
  );
  note(`${name}: ${cpuSplit(before, after, server.child.pid).text}`);
  if (stats.requests > 0 && stats.queries > 0) {
    note(`${name}: ${(stats.queries / stats.requests).toFixed(1)} SQL statements sent per request`);
  }
  for (const line of profile) note(`${name} profile: ${line}`);
  if (flag("statements")) {
    for (const st of stats.statements.slice(0, 25)) {
      note(
        `${name} sql: ${(st.count / stats.requests).toFixed(2)}/request, ${(st.ms / st.count).toFixed(2)} ms until answered: ${st.text}`,
      );
    }
  }
  return result;
}

// ── Data picked for the measurements (as the superuser, across offices) ──

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: benchUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Intermediaries with the bench password: one of every office first, then a second of each, … */
const BENCH_USERS_SQL = `
  select id, email, account_id from (
    select u.id, u.email, m.account_id, row_number() over (partition by m.account_id order by u.email) as k
    from "user" u join membership m on m.user_id = u.id
    join credential c on c.user_id = u.id and c.provider_id = 'credential'
    where m.role = 'intermediary' and m.status = 'active') ranked
  order by k, account_id`;

/** Editable quotes of each user's groups, most recently updated first: candidates for their own quote. */
const USER_QUOTES_SQL = (ids: string[]) => `
  select gm.user_id, q.id, q.version
  from account_group_member gm
  cross join lateral (
    select id, version from quote q
    where q.account_id = gm.account_id and q.group_id = gm.group_id and q.status = 'active'
    order by q.updated_at desc limit 10) q
  where gm.user_id in (${ids.map((id) => `'${id}'`).join(",")})`;

/** One quote per user that no other user works on (colleagues share groups). */
function ownQuotes(candidates: UserQuote[]): Map<string, UserQuote> {
  const taken = new Set<string>();
  const own = new Map<string, UserQuote>();
  for (const candidate of candidates) {
    if (own.has(candidate.user_id) || taken.has(candidate.id)) continue;
    own.set(candidate.user_id, candidate);
    taken.add(candidate.id);
  }
  return own;
}

type BenchUser = { id: string; email: string; account_id: string };
type UserQuote = { user_id: string; id: string; version: number };

// ── 1. Search, in process: the app's searchQuotes under withTenant, and the ILIKE scan ──

/** The baseline: the same visibility and joins, a substring scan of the folded text. */
function ilikeSearch(db: Db, viewer: Viewer, fragment: string, limit: number) {
  return db
    .select({
      id: quote.id,
      reference: quote.reference,
      status: quote.status,
      companyName: quote.companyName,
      city: quote.city,
      updatedAt: quote.updatedAt,
      intermediaryName: user.name,
      productName: product.name,
      groupName: accountGroup.name,
    })
    .from(quote)
    .innerJoin(user, eq(user.id, quote.createdByUserId))
    .innerJoin(product, eq(product.id, quote.productId))
    .innerJoin(
      accountGroup,
      and(eq(accountGroup.accountId, quote.accountId), eq(accountGroup.id, quote.groupId)),
    )
    .where(
      and(
        visibleTo(viewer, { accountId: quote.accountId, groupId: quote.groupId }),
        ilike(quote.searchText, `%${fold(fragment)}%`),
      ),
    )
    .orderBy(desc(quote.updatedAt))
    .limit(limit);
}

async function benchSearch() {
  console.log(
    "\n## Search (in process: searchQuotes under withTenant, as courtier_app with row-level security)",
  );
  const viewers = await withAdmin(async (client) => {
    const { rows } = await client.query<{ account_id: string; user_id: string; visible: number }>(`
      with single as (
        select gm.account_id, gm.user_id, min(gm.group_id::text)::uuid as group_id
        from account_group_member gm join membership m on m.user_id = gm.user_id and m.role = 'intermediary'
        group by gm.account_id, gm.user_id having count(*) = 1
        order by md5(gm.user_id) limit 10)
      select s.account_id, s.user_id,
             (select count(*)::int from quote q where q.account_id = s.account_id and q.group_id = s.group_id) as visible
      from single s`);
    return rows;
  });
  const avgVisible = viewers.reduce((a, v) => a + v.visible, 0) / viewers.length;
  note(
    `viewers: ${viewers.length} intermediaries of ${viewers.length} offices, each in one group (${Math.round(avgVisible)} visible quotes on average); fragments: ${FRAGMENTS.join(", ")}; ${SEARCH_RUNS} runs each way; time = the whole withTenant transaction`,
  );
  const database = await openDatabase({ kind: "postgres", url: benchUrl(), poolSize: 2 });
  const { db } = database;
  const asViewer = (i: number): Viewer => ({
    accountId: viewers[i % viewers.length]!.account_id,
    userId: viewers[i % viewers.length]!.user_id,
    role: "intermediary",
  });
  const fts = (i: number) => {
    const viewer = asViewer(i);
    const fragment = FRAGMENTS[i % FRAGMENTS.length]!;
    return withTenant(db, viewer.accountId, (tx) => searchQuotes(tx, viewer, prefixQuery(fragment)!, 20));
  };
  const scan = (i: number) => {
    const viewer = asViewer(i);
    return withTenant(db, viewer.accountId, (tx) =>
      ilikeSearch(tx, viewer, FRAGMENTS[i % FRAGMENTS.length]!, 20),
    );
  };
  const time = async (work: (i: number) => Promise<unknown[]>) => {
    for (let i = 0; i < 20; i++) await work(i);
    const times: number[] = [];
    let found = 0;
    for (let i = 0; i < SEARCH_RUNS; i++) {
      const start = performance.now();
      found += (await work(i)).length;
      times.push(performance.now() - start);
    }
    return { sorted: times.sort((a, b) => a - b), found };
  };
  await waitForQuiet("search");
  const before = cpuSnapshot();
  const a = await time(fts);
  const b = await time(scan);
  note(`search: ${cpuSplit(before, cpuSnapshot(), undefined).text}`);
  figure("search_p50_ms", percentile(a.sorted, 50), "ms");
  figure("search_p95_ms", percentile(a.sorted, 95), "ms", { op: "≤", value: 20 });
  figure("search_ilike_p50_ms", percentile(b.sorted, 50), "ms");
  figure("search_ilike_p95_ms", percentile(b.sorted, 95), "ms");
  figure("search_ilike_vs_fts_p95_ratio", percentile(b.sorted, 95) / percentile(a.sorted, 95), "");
  note(
    `rows returned per search (limit 20): full-text ${(a.found / SEARCH_RUNS).toFixed(1)}, ILIKE ${(b.found / SEARCH_RUNS).toFixed(1)}`,
  );

  if (flag("explain")) {
    for (const [i, fragment] of FRAGMENTS.entries()) {
      const viewer = asViewer(i);
      for (const [kind, build] of [
        ["full-text", (tx: Db) => searchQuotes(tx, viewer, prefixQuery(fragment)!, 20)],
        ["ilike", (tx: Db) => ilikeSearch(tx, viewer, fragment, 20)],
      ] as const) {
        const plan = await withTenant(db, viewer.accountId, (tx) =>
          queryRows<{ "QUERY PLAN": string }>(tx, sql`explain (analyze, buffers) ${build(tx).getSQL()}`),
        );
        console.log(
          `\n### EXPLAIN ANALYZE ${kind} "${fragment}"\n${plan.map((r) => r["QUERY PLAN"]).join("\n")}`,
        );
      }
    }
  }
  await database.close();
}

// ── 2. HTTP on PostgreSQL: list page, price vs bare route, autosave ──

const draftBody = (companyName: string) => ({ draft: completeDraft({ companyName }) });

function autosaveLoad(
  server: Server,
  sessions: Session[],
  quotes: Map<string, UserQuote>,
  connections: number,
) {
  const saved = new Map<string, number>();
  const failures: string[] = [];
  // Kept across the warm-up and the measured run: each connection goes on from its last version.
  const states: { version: number; n: number }[] = [];
  const targetOf = (i: number) => {
    const session = sessions[i % sessions.length]!;
    return { session, target: quotes.get(session.userId)! };
  };
  /** The version each quote is at now (ETag): a save the load generator left in flight still counted. */
  const refresh = async () => {
    for (let i = 0; i < connections; i++) {
      const { session, target } = targetOf(i);
      const reply = await call(`${server.url}/api/quotes/${target.id}`, "GET", { cookie: session.cookie });
      if (reply.status !== 200) throw new Error(`GET quote: ${reply.status} ${reply.body.slice(0, 200)}`);
      const version = Number(String(reply.headers.etag).replace(/"/g, ""));
      states[i] = { version, n: states[i]?.n ?? 0 };
      saved.set(target.id, version);
    }
  };
  const spec: Load = {
    connections,
    beforeRun: refresh,
    request: (i) => {
      const { session, target } = targetOf(i);
      states[i] ??= { version: target.version, n: 0 };
      const state = states[i]!;
      return {
        method: "PUT",
        path: `/api/quotes/${target.id}`,
        headers: { cookie: session.cookie, origin: server.url, "content-type": "application/json" },
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, "if-match": `"${state.version}"` },
          body: JSON.stringify(draftBody(`Boulangerie Autosave ${i}.${++state.n}`)),
        }),
        onResponse: (status, body) => {
          if (status === 200) {
            state.version = (JSON.parse(body) as { version: number }).version;
            saved.set(target.id, state.version);
          } else if (failures.length < 5) failures.push(`${status} ${body.slice(0, 200)}`);
        },
      };
    },
  };
  return { spec, saved, failures, refresh };
}

async function benchHttpPostgres() {
  console.log("\n## HTTP on PostgreSQL (server in a child process, load generator autocannon in this one)");
  const needed = Math.max(LIST_CONNECTIONS, CONNECTIONS);
  const { users, quotes } = await withAdmin(async (client) => {
    const users = (await client.query<BenchUser>(`${BENCH_USERS_SQL} limit ${needed}`)).rows;
    const quotes = (await client.query<UserQuote>(USER_QUOTES_SQL(users.map((u) => u.id)))).rows;
    const own = ownQuotes(quotes);
    return { users: users.filter((u) => own.has(u.id)), quotes: own };
  });
  if (users.length < needed) throw new Error(`only ${users.length} bench users; reseed with --reseed`);
  const server = await startServer({ DATABASE_URL: benchUrl() }, "pg");
  try {
    const signInStart = performance.now();
    const sessions = await signIn(server, users);
    note(
      `${sessions.length} users signed in through POST /api/session in ${((performance.now() - signInStart) / 1000).toFixed(1)} s`,
    );

    if (runs("list")) {
      const check = await call(`${server.url}/api/quotes?pageSize=50`, "GET", {
        cookie: sessions[0]!.cookie,
      });
      const page = JSON.parse(check.body) as { quotes: unknown[]; total: number };
      if (check.status !== 200 || page.quotes.length !== 50)
        throw new Error(`list page: ${check.status} ${check.body.slice(0, 300)}`);
      note(`list page: 50 of ${page.total} quotes of the user's current group`);
      const result = await load(server, "list", {
        connections: LIST_CONNECTIONS,
        request: (i) => ({
          method: "GET",
          path: "/api/quotes?pageSize=50",
          headers: { cookie: sessions[i % sessions.length]!.cookie },
        }),
      });
      figure("list_rps", result.requests.average, "req/s");
      figure("list_p99_ms", result.latency.p99, "ms", {
        op: "≤",
        value: 50,
        note: `, ${LIST_CONNECTIONS} connections`,
      });
      figure("list_non2xx", result.non2xx, "");
    }

    if (runs("price")) {
      const priced = sessions.slice(0, CONNECTIONS);
      const body = JSON.stringify(draftBody("Boulangerie Société Générale"));
      const check = await call(
        `${server.url}/api/quotes/${quotes.get(priced[0]!.userId)!.id}/price`,
        "POST",
        { cookie: priced[0]!.cookie, origin: server.url },
        JSON.parse(body),
      );
      if (
        check.status !== 200 ||
        (JSON.parse(check.body) as { result?: { status: string } }).result?.status !== "priced"
      ) {
        throw new Error(`price: ${check.status} ${check.body.slice(0, 300)}`);
      }
      const bare = await load(server, "bare", {
        connections: CONNECTIONS,
        request: () => ({ method: "GET", path: "/bench/bare" }),
      });
      const price = await load(server, "price", {
        connections: CONNECTIONS,
        request: (i) => {
          const session = priced[i % priced.length]!;
          return {
            method: "POST",
            path: `/api/quotes/${quotes.get(session.userId)!.id}/price`,
            headers: { cookie: session.cookie, origin: server.url, "content-type": "application/json" },
            body,
          };
        },
      });
      figure("price_rps", price.requests.average, "req/s");
      figure("bare_rps", bare.requests.average, "req/s");
      figure("price_vs_bare_ratio", price.requests.average / bare.requests.average, "", {
        op: "≥",
        value: 0.4,
        note: `, ${CONNECTIONS} connections each`,
      });
      figure("price_p99_ms", price.latency.p99, "ms");
    }

    if (runs("autosave")) {
      const auto = autosaveLoad(server, sessions.slice(0, CONNECTIONS), quotes, CONNECTIONS);
      await reportAutosave("autosave", server, auto);
    }
  } finally {
    await server.stop();
  }
}

async function reportAutosave(prefix: string, server: Server, auto: ReturnType<typeof autosaveLoad>) {
  const result = await load(server, prefix, auto.spec);
  figure(`${prefix}_rps`, result.requests.average, "req/s", {
    op: "≥",
    value: 1000,
    note: `, ${CONNECTIONS} connections`,
  });
  figure(`${prefix}_p99_ms`, result.latency.p99, "ms", { op: "≤", value: 50 });
  figure(`${prefix}_non2xx`, result.non2xx, "", { op: "≤", value: 0 });
  for (const failure of auto.failures) note(`${prefix} failure: ${failure}`);
  // Each connection saved its own quote, one save after the other: the version it last saw is the
  // one stored, or one more when the load generator stopped with a save in flight.
  const seen = new Map(auto.saved);
  await auto.refresh();
  const lost = [...seen].filter(([id, version]) => {
    const stored = auto.saved.get(id)!;
    return stored !== version && stored !== version + 1;
  });
  note(
    `${prefix}: ${seen.size} quotes, each saved by one connection; stored versions ${lost.length === 0 ? "agree with the answers" : `DISAGREE for ${lost.length}`}`,
  );
  return result;
}

// ── 3. Autosave on PGlite (the embedded database: DATABASE_URL unset, data under DATA_DIR) ──

async function benchPglite() {
  console.log("\n## Autosave on PGlite (same server, embedded database)");
  const dir = mkdtempSync(join(tmpdir(), "courtier-bench-pglite-data-"));
  try {
    const start = performance.now();
    const database = await openDatabase({ kind: "pglite", dataDir: dir });
    await database.migrate();
    await seedCatalog(database.db);
    const exec: Exec = async (text) => ({
      rows: ((await database.db.execute(sql.raw(text))) as unknown as { rows: Record<string, unknown>[] })
        .rows,
    });
    await exec("reset role");
    await generateData([exec], PGLITE_SCALE, () => {});
    await exec("vacuum (analyze)");
    const candidates = (await exec(`${BENCH_USERS_SQL} limit ${CONNECTIONS}`)).rows as BenchUser[];
    const quotes = ownQuotes((await exec(USER_QUOTES_SQL(candidates.map((u) => u.id)))).rows as UserQuote[]);
    const users = candidates.filter((u) => quotes.has(u.id));
    if (users.length < CONNECTIONS)
      throw new Error(`PGlite: only ${users.length} users with a quote of their own`);
    await database.close();
    note(
      `PGlite dataset: ${PGLITE_SCALE.offices} offices, ${PGLITE_SCALE.offices * PGLITE_SCALE.usersPerOffice} users, ${PGLITE_SCALE.offices * PGLITE_SCALE.quotesPerOffice} quotes, built in ${((performance.now() - start) / 1000).toFixed(1)} s`,
    );
    const server = await startServer({ DATA_DIR: dir }, "pglite");
    try {
      const sessions = await signIn(server, users);
      const auto = autosaveLoad(server, sessions, quotes, CONNECTIONS);
      await reportAutosave("pglite_autosave", server, auto);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ── Main ──

const model = readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/)?.[1] ?? "unknown";
const pgVersion = await (async () => {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return (await client.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]!.v;
  } finally {
    await client.end();
  }
})();
console.log(
  `# machine: ${cpus().length} cores (${model}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, PostgreSQL ${pgVersion}; load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}; server, load generator and PostgreSQL share the cores`,
);

const state = await benchDatabaseState();
if (flag("reseed") || !state.ready) {
  console.log(`# seeding: ${flag("reseed") ? "--reseed" : state.reason}`);
  await seedPostgres(FULL_SCALE, (line) => console.log(`# ${line}`));
} else {
  note(
    `dataset: ${FULL_SCALE.offices} offices, ${FULL_SCALE.offices * FULL_SCALE.usersPerOffice} users, ${FULL_SCALE.offices * FULL_SCALE.quotesPerOffice} quotes (already seeded)`,
  );
}

if (runs("search")) await benchSearch();
if (runs("list") || runs("price") || runs("autosave")) await benchHttpPostgres();
if (runs("pglite") && !flag("skip-pglite")) await benchPglite();

const missed = verdicts.filter((v) => !v.pass).map((v) => v.name);
console.log(
  `\n# ${verdicts.length - missed.length} of ${verdicts.length} targets met${missed.length ? `; missed: ${missed.join(", ")}` : ""}`,
);
