import { mkdtempSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { type Database, openDatabase, queryRows } from "@courtier/db/client";
import { insurer, product } from "@courtier/db/schema";
import { asPlatform } from "@courtier/db/tenancy";
import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { buildApp } from "#src/app.ts";
import { type Config, defaultRateLimits } from "#src/config.ts";
import { hashPassword } from "#src/modules/auth/password.ts";
import { setPassword } from "#src/modules/auth/user.repository.ts";
import { createStaff } from "#src/modules/backoffice/staff.ts";
import { seedCatalog } from "#src/modules/catalog/catalog.repository.ts";
import { createSupportAgent } from "#src/modules/chat/support-agents.ts";
import { loadHelpArticles } from "#src/modules/help/help-articles.ts";
import { type MailTransport, startMailWorker } from "#src/modules/mail/mail-worker.ts";
import type { OutboxMail } from "#src/modules/mail/outbox.repository.ts";

/**
 * A real server on a free port over a fresh database: PGlite in memory, or, when DATABASE_URL is
 * set, a PostgreSQL database created for this file and dropped afterwards.
 */
export type TestServer = {
  url: string;
  origin: string;
  db: Database["db"];
  app: FastifyInstance;
  logs: () => string;
  /** Sends every due mail through the test transport and returns what was sent so far. */
  flushMail: () => Promise<OutboxMail[]>;
  /** The next mail to `to` whose subject matches, not returned before; waits up to 5 s for it. */
  nextMail: (to: string, subject: RegExp) => Promise<OutboxMail>;
  client: (ip?: string) => TestClient;
  /** A client on an insurer's own host (`<slug>.localhost:<port>`), or on the platform host for null. */
  hostClient: (slug: string | null, ip?: string) => TestClient;
  close: () => Promise<void>;
};

let ipCounter = 0;
/** A distinct client address per test client, so rate limits of one test do not leak into the next. */
export const nextIp = () =>
  `10.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}.${1 + (process.pid % 250)}`;

async function openTestDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const database = await openDatabase({ kind: "pglite", dataDir: null });
    return { database, drop: async () => {} };
  }
  const name = `courtier_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: "postgres", url: url.toString(), poolSize: 5 });
  return {
    database,
    drop: async () => {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
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

export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const { database, drop } = await openTestDatabase();
  await database.migrate();
  await seedCatalog(database.db);
  await loadHelpArticles(database.db);
  const config: Config = {
    env: "test",
    port: 0,
    host: "127.0.0.1",
    dataDir: "/nonexistent",
    filesDir: mkdtempSync(join(tmpdir(), "courtier-files-")),
    publicUrl: "http://localhost",
    database: { kind: "pglite", dataDir: null },
    smtpUrl: null,
    mailFrom: "Courtier <no-reply@courtier.test>",
    authSecret: "test-secret-that-is-long-enough-for-better-auth",
    trustProxy: true,
    logLevel: "info",
    metricsToken: null,
    webDist: null,
    outboxPollMs: 60_000,
    rateLimits: defaultRateLimits,
    support: { email: "support@courtier.test", replyMinutes: 15 },
    quoteRetentionDays: 730,
    ...overrides,
  };
  let logText = "";
  const logStream = new PassThrough();
  logStream.on("data", (chunk) => {
    logText += chunk.toString();
  });
  // The public URL (mail links, trusted origins) must carry the real port: take a free one first.
  const actualPort = await freePort();
  const publicUrl = overrides.publicUrl ?? `http://localhost:${actualPort}`;
  const { app } = await buildApp({ ...config, publicUrl }, database, { logStream });
  await app.listen({ port: actualPort, host: "127.0.0.1" });

  const sent: OutboxMail[] = [];
  const consumed = new Set<OutboxMail>();
  const transport: MailTransport = {
    async send(_id, mail) {
      sent.push(mail);
    },
  };
  // No rounds of its own: a round racing a test's own worker could send the mail that test watches.
  const worker = startMailWorker({ db: database.db, transport, log: app.log, pollMs: null });

  const url = `http://127.0.0.1:${actualPort}`;
  return {
    url,
    origin: publicUrl,
    db: database.db,
    app,
    logs: () => logText,
    flushMail: async () => {
      await worker.drain();
      return sent;
    },
    nextMail: async (to, subject) => {
      const until = Date.now() + 5000;
      for (;;) {
        await worker.drain();
        const found = sent.find((m) => m.to === to && subject.test(m.subject) && !consumed.has(m));
        if (found) {
          consumed.add(found);
          return found;
        }
        if (Date.now() > until)
          throw new Error(
            `no mail to ${to} matching ${subject}: ${sent.filter((m) => m.to === to).map((m) => m.subject)}`,
          );
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    client: (ip = nextIp()) => new TestClient(url, publicUrl, ip),
    hostClient: (slug, ip = nextIp()) => {
      const origin = new URL(publicUrl);
      if (slug) origin.hostname = `${slug}.${origin.hostname}`;
      return new TestClient(url, origin.toString().replace(/\/$/, ""), ip);
    },
    close: async () => {
      await worker.stop();
      await app.close();
      await database.close();
      await drop();
    },
  };
}

/** node:http rather than fetch: fetch does not let a test choose the Host header. */
function rawRequest(
  url: string,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
): Promise<{ status: number; headers: Headers; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const h = new Headers();
        for (const [k, v] of Object.entries(res.headers)) {
          if (Array.isArray(v)) for (const item of v) h.append(k, item);
          else if (v !== undefined) h.set(k, v);
        }
        resolve({ status: res.statusCode ?? 0, headers: h, text: Buffer.concat(chunks).toString("utf8") });
      });
    });
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

export type Reply<T = any> = { status: number; body: T; headers: Headers };

/** A browser-like client: keeps its cookies, sends Origin and its own client address. */
export class TestClient {
  readonly cookies = new Map<string, string>();
  constructor(
    readonly baseUrl: string,
    readonly origin: string,
    readonly ip: string,
    public language = "nl",
  ) {}

  async call<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string | undefined> = {},
  ): Promise<Reply<T>> {
    const host = new URL(this.origin).host;
    const all: Record<string, string> = {
      host,
      origin: this.origin,
      "x-forwarded-for": this.ip,
      "accept-language": this.language,
    };
    if (this.cookies.size > 0) all.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    if (body !== undefined) all["content-type"] = "application/json";
    for (const [k, v] of Object.entries(headers)) {
      if (v === undefined) delete all[k];
      else all[k] = v;
    }
    const payload = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
    const response = await rawRequest(`${this.baseUrl}${path}`, method, all, payload);
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      const v = value.join("=");
      if (/max-age=0/i.test(cookie) || v === "") this.cookies.delete(name!);
      else this.cookies.set(name!, v);
    }
    const text = response.text;
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {}
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  /**
   * Opens a server-sent event stream and collects its events; `next` waits for the next one that
   * matches. The stream is closed with `close`.
   */
  events(path: string) {
    const received: { type: string; data: any }[] = [];
    const waiters: { match: (e: { type: string; data: any }) => boolean; resolve: (e: any) => void }[] = [];
    const headers: Record<string, string> = {
      host: new URL(this.origin).host,
      "x-forwarded-for": this.ip,
      accept: "text/event-stream",
    };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    let status = 0;
    const closers: (() => void)[] = [];
    const opened = new Promise<number>((resolveOpen) => {
      const req = httpRequest(`${this.baseUrl}${path}`, { method: "GET", headers }, (res) => {
        status = res.statusCode ?? 0;
        resolveOpen(status);
        let buffer = "";
        res.on("data", (chunk: Buffer) => {
          buffer += chunk.toString("utf8");
          let end = buffer.indexOf("\n\n");
          while (end >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const type = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (type && data) {
              const event = { type, data: JSON.parse(data) };
              received.push(event);
              for (const w of [...waiters]) {
                if (w.match(event)) {
                  waiters.splice(waiters.indexOf(w), 1);
                  w.resolve(event);
                }
              }
            }
            end = buffer.indexOf("\n\n");
          }
        });
      });
      req.on("error", () => resolveOpen(0));
      req.end();
      closers.push(() => req.destroy());
    });
    return {
      opened,
      received,
      next: (match: (e: { type: string; data: any }) => boolean = () => true, timeoutMs = 5_000) =>
        new Promise<{ type: string; data: any }>((resolve, reject) => {
          const already = received.find(match);
          if (already) {
            received.splice(received.indexOf(already), 1);
            return resolve(already);
          }
          const timer = setTimeout(() => reject(new Error(`no matching event on ${path}`)), timeoutMs);
          waiters.push({
            match,
            resolve: (e) => {
              clearTimeout(timer);
              resolve(e);
            },
          });
        }),
      close: () => {
        for (const c of closers) c();
      },
    };
  }

  get = <T = any>(path: string, headers?: Record<string, string | undefined>) =>
    this.call<T>("GET", path, undefined, headers);
  post = <T = any>(path: string, body?: unknown, headers?: Record<string, string | undefined>) =>
    this.call<T>("POST", path, body ?? {}, headers);
  patch = <T = any>(path: string, body?: unknown) => this.call<T>("PATCH", path, body ?? {});
  put = <T = any>(path: string, body?: unknown, headers?: Record<string, string | undefined>) =>
    this.call<T>("PUT", path, body ?? {}, headers);
  delete = <T = any>(path: string) => this.call<T>("DELETE", path);
}

let emailCounter = 0;
export function registration(overrides: Record<string, unknown> = {}) {
  emailCounter++;
  return {
    firstName: "Clémentine",
    lastName: "Cazelles",
    email: `clementine.${process.pid}.${emailCounter}@pvgroup.be`,
    password: "Kantoor-Gent-2026",
    confirmPassword: "Kantoor-Gent-2026",
    acceptTerms: true,
    commercialName: "Cazelles Verzekeringen",
    enterpriseNumber: "BE0123456749",
    street: "Koningsstraat",
    number: "151",
    postcode: "1210",
    city: "Brussel",
    website: "https://cazelles.be",
    phone: "0412 34 56 78",
    ...overrides,
  };
}

export async function countRows(db: Database["db"], table: string): Promise<number> {
  // Tests look across offices: the platform scope lets them past row-level security.
  const rows = await asPlatform(db, (tx) =>
    queryRows<{ n: number }>(tx, sql.raw(`select count(*)::int as n from "${table}"`)),
  );
  return rows[0]!.n;
}

/**
 * Every row of these tables, as one string: what a refused call must leave exactly as it was
 * (a count would miss an update). One table after the other: a transaction has one connection.
 */
export async function tableContents(db: Database["db"], tables: string[]): Promise<string> {
  return asPlatform(db, async (tx) => {
    const parts: string[] = [];
    for (const t of tables)
      parts.push(JSON.stringify(await queryRows(tx, sql.raw(`select * from "${t}" order by 1, 2`))));
    return parts.join("|");
  });
}

/**
 * Follows a confirmation mail as the page does: its link only opens the page, whose button posts
 * the token. Returns the answer to that post.
 */
export async function confirmAddress(client: TestClient, mail: OutboxMail): Promise<Reply> {
  const link = new URL(linkIn(mail, /http:\/\/\S+\/verify-email\?token=\S+/));
  return client.post("/api/email-verification", { token: link.searchParams.get("token") });
}

export function linkIn(mail: OutboxMail, pattern: RegExp): string {
  const match = mail.text.match(pattern);
  if (!match) throw new Error(`no link matching ${pattern} in mail "${mail.subject}"`);
  return match[0];
}

/** A second insurer (AXA, whose product wants 6-digit producer numbers); returns its product id. */
export async function seedSecondInsurer(db: Database["db"]): Promise<string> {
  return asPlatform(db, async (tx) => {
    const [axa] = await tx
      .insert(insurer)
      .values({
        slug: "axa",
        name: "AXA",
        logoSvg: "<svg/>",
        primaryColor: "#00008f",
        accentColor: "#ff1721",
        referencePrefix: "AX",
      })
      .returning({ id: insurer.id });
    const [p] = await tx
      .insert(product)
      .values({
        insurerId: axa!.id,
        code: "PME",
        name: "PME Pack",
        versionLabel: "PME Pack 2026",
        description: { nl: "-", fr: "-", en: "-" },
        producerNumberPattern: "^[0-9]{6}$",
      })
      .returning({ id: product.id });
    return p!.id;
  });
}

export const STAFF_PASSWORD = "Staff-Paswoord-1";

/** An insurer's staff member, signed in to the back office on the insurer's host. */
export async function signedInStaff(server: TestServer, slug: string, role: "admin" | "member" = "member") {
  const email = `staff.${slug}.${Math.random().toString(36).slice(2)}@insurer.be`;
  const { userId } = await createStaff(server.db, {
    insurerSlug: slug,
    name: "Sofie Janssens",
    email,
    role,
    language: "nl",
    publicUrl: server.origin,
    createdBy: null,
    ip: null,
  });
  const hash = await hashPassword(STAFF_PASSWORD);
  await asPlatform(server.db, (tx) => setPassword(tx, userId, hash));
  const client = server.hostClient(slug);
  const signedIn = await client.post("/api/backoffice/session", { email, password: STAFF_PASSWORD });
  if (signedIn.status !== 200) throw new Error(`staff sign-in failed: ${signedIn.status}`);
  return { client, email, userId };
}

export const COLLEAGUE_PASSWORD = "Collega-Paswoord-1";

/** Invites a colleague as `admin` and accepts through the mailed link; returns their signed-in client. */
export async function inviteAndAccept(
  server: TestServer,
  admin: TestClient,
  opts: { isAdmin?: boolean; groupIds?: string[]; language?: "nl" | "fr" | "en"; firstName?: string } = {},
) {
  const email = `colleague.${Math.random().toString(36).slice(2)}@kantoor.be`;
  const invited = await admin.post("/api/office/invitations", {
    firstName: opts.firstName ?? "Anne",
    lastName: "Peeters",
    email,
    language: opts.language ?? "nl",
    isAdmin: opts.isAdmin ?? false,
    groupIds: opts.groupIds ?? [],
  });
  if (invited.status !== 201) throw new Error(`invitation failed: ${invited.status}`);
  const mail = await server.nextMail(email, /Uitnodiging|Invitation/);
  const token = new URL(linkIn(mail, /http:\/\/\S+\/invitation\?token=\S+/)).searchParams.get("token")!;
  const client = server.client();
  const accepted = await client.post("/api/invitations/accept", {
    token,
    password: COLLEAGUE_PASSWORD,
    confirmPassword: COLLEAGUE_PASSWORD,
  });
  if (accepted.status !== 200) throw new Error(`acceptance failed: ${accepted.status}`);
  return { client, userId: invited.body.userId as string, email, token };
}

/**
 * A registered office whose Default group holds an accepted integration for the platform's first
 * product (VIVIUM's KMO Tool), as after manual part III: ready to quote.
 */
export async function officeWithProductAccess(
  server: TestServer,
  opts: { commercialName?: string; producerNumber?: string } = {},
) {
  const admin = server.client();
  const input = registration(opts.commercialName ? { commercialName: opts.commercialName } : {});
  const registered = await admin.post("/api/register", input);
  if (registered.status !== 201) throw new Error(`registration failed: ${registered.status}`);
  const me = (await admin.get("/api/me")).body;
  const defaultGroupId = me.subaccount.id as string;
  const products: { id: string; insurerSlug: string }[] = (await admin.get("/api/platform")).body.products;
  const productId = products.find((p) => p.insurerSlug === "vivium")!.id;
  const requested = await admin.post("/api/integrations", {
    productId,
    groupIds: [defaultGroupId],
    producerNumber: opts.producerNumber ?? String(10000 + Math.floor(Math.random() * 89999)),
  });
  if (requested.status !== 201) throw new Error(`access request failed: ${requested.status}`);
  const staff = await signedInStaff(server, "vivium");
  const decided = await staff.client.post(`/api/backoffice/requests/${requested.body.id}/decision`, {
    decision: "accept",
  });
  if (decided.status !== 204) throw new Error(`acceptance failed: ${decided.status}`);
  return {
    admin,
    email: input.email as string,
    adminId: registered.body.user.id as string,
    accountId: registered.body.office.id as string,
    defaultGroupId,
    productId,
    staff,
  };
}

/** A complete draft with three coverages: work accidents, general liability and legal aid. */
export function completeDraft(
  overrides: { companyName?: string; street?: string; city?: string; postcode?: string } = {},
) {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" }).format(new Date());
  return {
    activity: {
      companyName: overrides.companyName ?? "Boulangerie Société Générale",
      enterpriseNumber: "0566.988.259",
      legalForm: "bv",
      activityCode: "10.712",
      street: overrides.street ?? "Chaussée de Wavre",
      houseNumber: "12",
      postcode: overrides.postcode ?? "1050",
      city: overrides.city ?? "Ixelles",
      startDate: today,
      blueCollarCount: 3,
      whiteCollarCount: 1,
      turnoverCents: 45_000_000,
    },
    coverages: { workAccidents: true, generalLiability: true, legalAid: true },
    claims: { cancelledByInsurer: false },
    workAccidents: { blueCollarPayrollCents: 12_000_000, whiteCollarPayrollCents: 4_500_000, topUp: false },
    generalLiability: {
      limit: "standard",
      afterDelivery: true,
      entrustedGoods: false,
      deductibleCents: 25_000,
    },
    legalAid: { formula: "first" },
    summary: { paymentFrequency: "quarterly", clientLanguage: "fr" },
  };
}

export const SUPPORT_PASSWORD = "Support-Paswoord-1";

/** A platform-support agent, signed in to the support console. */
export async function signedInSupport(server: TestServer) {
  const email = `support.${Math.random().toString(36).slice(2)}@courtier.be`;
  const created = await createSupportAgent(server.db, {
    email,
    name: "Sam Support",
    language: "nl",
    publicUrl: server.origin,
  });
  const hash = await hashPassword(SUPPORT_PASSWORD);
  await asPlatform(server.db, (tx) => setPassword(tx, created!.userId, hash));
  const client = server.client();
  const signedIn = await client.post("/api/support/session", { email, password: SUPPORT_PASSWORD });
  if (signedIn.status !== 200) throw new Error(`support sign-in failed: ${signedIn.status}`);
  return { client, email, userId: created!.userId };
}

/**
 * An arbitrary payload as the invalid-input properties send it: a string starting with "{" as raw
 * (often broken) JSON text, anything else JSON-encoded.
 */
export function onTheWire(payload: unknown): string {
  return typeof payload === "string" && payload.startsWith("{") ? payload : JSON.stringify(payload ?? null);
}

/**
 * What a route parses from that body: the decoded JSON (so `{ text: undefined }` is `{}`), and
 * null as an empty object, as `parseWith` reads it. Text that is not JSON stays a string.
 */
export function asParsed(payload: unknown): unknown {
  const body = onTheWire(payload);
  try {
    return JSON.parse(body) ?? {};
  } catch {
    return body;
  }
}
