import { fileURLToPath } from "node:url";
import { belgianToday } from "@courtier/contracts/quotes";
import { DataDirLockedError, openDatabase } from "@courtier/db/client";
import { asPlatform } from "@courtier/db/tenancy";
import { buildApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { seedCatalog } from "./modules/catalog/catalog.repository.ts";
import { loadHelpArticles } from "./modules/help/help-articles.ts";
import { localMailboxTransport, smtpTransport, startMailWorker } from "./modules/mail/mail-worker.ts";
import { expireOffers, purgeExpiredQuotes } from "./modules/quotes/quotes.repository.ts";
import { pruneRateLimits } from "./platform/rate-limit.repository.ts";

const SHUTDOWN_DEADLINE_MS = 9_000;

function fail(message: string): never {
  console.error(JSON.stringify({ level: 60, time: Date.now(), msg: message }));
  process.exit(1);
}

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig({
      ...process.env,
      WEB_DIST: process.env.WEB_DIST ?? fileURLToPath(new URL("../../web/dist", import.meta.url)),
    });
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }

  let database: Awaited<ReturnType<typeof openDatabase>>;
  try {
    database = await openDatabase(config.database);
  } catch (error) {
    if (error instanceof DataDirLockedError) fail(error.message);
    throw error;
  }
  await database.migrate();
  await seedCatalog(database.db);
  await loadHelpArticles(database.db);

  const { app, ctx } = await buildApp(config, database);
  const transport = config.smtpUrl
    ? smtpTransport(config.smtpUrl, config.mailFrom)
    : localMailboxTransport(config.publicUrl, app.log);
  const worker = startMailWorker({ db: database.db, transport, log: app.log, pollMs: config.outboxPollMs });
  const pruner = setInterval(() => pruneRateLimits(database.db).catch(() => {}), 10 * 60_000);
  // Offers past their validity date become "Vervallen" (transitions also check the date themselves);
  // expired ones older than the retention period are erased.
  const sweepOffers = () =>
    asPlatform(database.db, async (tx) => ({
      expired: await expireOffers(tx, belgianToday()),
      purged: await purgeExpiredQuotes(tx, config.quoteRetentionDays),
    }))
      .then((n) => (n.expired > 0 || n.purged > 0) && app.log.info(n, "offers expired or erased"))
      .catch((error) => app.log.error({ err: String(error) }, "expiring offers failed"));
  void sweepOffers();
  const expirer = setInterval(sweepOffers, 15 * 60_000);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    ctx.lifecycle.shuttingDown = true;
    app.log.info({ signal }, "shutting down: finishing in-flight requests");
    const deadline = setTimeout(() => {
      app.log.error("shutdown deadline passed; exiting");
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    clearInterval(pruner);
    clearInterval(expirer);
    await app.close();
    await worker.stop();
    await database.close();
    app.log.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));

  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    { url: config.publicUrl, database: database.kind, mail: config.smtpUrl ? "smtp" : "local mailbox" },
    `Courtier is ready on ${config.publicUrl}${config.smtpUrl ? "" : ` (mails: ${config.publicUrl}/dev/mailbox)`}`,
  );
}

await main();
