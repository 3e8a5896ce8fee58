import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ParsedMail, simpleParser } from "mailparser";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { SMTPServer } from "smtp-server";

const root = fileURLToPath(new URL("../../../", import.meta.url));
export const artifactsDir = fileURLToPath(new URL("../.artifacts/", import.meta.url));

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

/** A real SMTP server that keeps what it receives, so journeys read the mails a user would. */
export class Mailbox {
  readonly mails: ParsedMail[] = [];
  private server: SMTPServer | null = null;
  port = 0;

  async start(): Promise<void> {
    this.port = await freePort();
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.mails.push(mail);
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
  }

  async waitFor(to: string, subject: RegExp, timeoutMs = 20_000): Promise<ParsedMail> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const found = this.mails.find(
        (m) => JSON.stringify(m.to).toLowerCase().includes(to.toLowerCase()) && subject.test(m.subject ?? ""),
      );
      if (found) return found;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(
      `no mail to ${to} matching ${subject}; got: ${this.mails.map((m) => m.subject).join(" | ")}`,
    );
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export function linkFrom(mail: ParsedMail, pattern: RegExp): string {
  const match = (mail.text ?? "").match(pattern);
  if (!match) throw new Error(`no link matching ${pattern} in "${mail.subject}"`);
  return match[0];
}

export type Stack = {
  baseUrl: string;
  port: number;
  mailbox: Mailbox;
  browser: Browser;
  newPage: (options?: { locale?: string }) => Promise<{ context: BrowserContext; page: Page }>;
  /** The full page by default; `viewport` for what is on screen (a modal over a long page). */
  screenshot: (page: Page, name: string, area?: "fullPage" | "viewport") => Promise<void>;
  serverLog: () => string;
  stop: () => Promise<void>;
};

/** The production build served by the real server on a fresh embedded database, a real SMTP server, and Chromium. */
export type StaffSeed = { insurer: string; email: string; name: string; password: string };
/** A platform support agent, for the support console at /support. */
export type SupportSeed = { email: string; name: string; password: string; language?: "nl" | "fr" | "en" };

export async function startStack(
  options: { staff?: StaffSeed[]; support?: SupportSeed[] } = {},
): Promise<Stack> {
  // WEB_DIST (passed on to the server) lets a journey run against a build made elsewhere.
  const webDist = process.env.WEB_DIST ?? join(root, "apps/web/dist");
  if (!existsSync(join(webDist, "index.html"))) {
    throw new Error(`The web app is not built in ${webDist}: run \`npm run build\` first.`);
  }
  mkdirSync(artifactsDir, { recursive: true });
  const mailbox = new Mailbox();
  await mailbox.start();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "courtier-e2e-"));
  const baseUrl = `http://localhost:${port}`;
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    PUBLIC_URL: baseUrl,
    SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`,
    DATABASE_URL: "",
    NODE_ENV: "production",
  };
  // Staff are made by the operator's command, before the server holds the data folder.
  for (const staff of options.staff ?? []) {
    const made = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        join(root, "apps/api/src/cli.ts"),
        "staff:create",
        "--insurer",
        staff.insurer,
        "--email",
        staff.email,
        "--name",
        staff.name,
        "--admin",
        "--password-stdin",
      ],
      { cwd: root, env, input: staff.password, encoding: "utf8" },
    );
    if (made.status !== 0) throw new Error(`staff:create failed: ${made.stderr}`);
  }
  for (const agent of options.support ?? []) {
    const made = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        join(root, "apps/api/src/cli.ts"),
        "support:create",
        "--email",
        agent.email,
        "--name",
        agent.name,
        "--language",
        agent.language ?? "nl",
        "--password-stdin",
      ],
      { cwd: root, env, input: agent.password, encoding: "utf8" },
    );
    if (made.status !== 0) throw new Error(`support:create failed: ${made.stderr}`);
  }
  const server: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", join(root, "apps/api/src/main.ts")],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        DATA_DIR: dataDir,
        PUBLIC_URL: baseUrl,
        SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`,
        DATABASE_URL: "",
        NODE_ENV: "production",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let log = "";
  server.stdout?.on("data", (c) => (log += c));
  server.stderr?.on("data", (c) => (log += c));

  const until = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) break;
    } catch {}
    if (Date.now() > until || server.exitCode !== null) throw new Error(`server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
  });

  return {
    baseUrl,
    port,
    mailbox,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({
        locale: options.locale ?? "nl-BE",
        viewport: { width: 1366, height: 850 },
      });
      const page = await context.newPage();
      return { context, page };
    },
    async screenshot(page, name, area = "fullPage") {
      await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: area === "fullPage" });
    },
    serverLog: () => log,
    async stop() {
      await browser.close().catch(() => {});
      server.kill("SIGTERM");
      await new Promise((r) => server.once("exit", r));
      await mailbox.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
