import { existsSync } from "node:fs";
import { join, sep } from "node:path";
import type { Database, Db } from "@courtier/db/client";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import type { Config } from "./config.ts";
import { recordAudit } from "./modules/audit/audit.repository.ts";
import { authRoutes } from "./modules/auth/auth.routes.ts";
import { type Auth, createAuth } from "./modules/auth/auth.ts";
import { sessionRoutes } from "./modules/auth/session.routes.ts";
import { platformRoutes } from "./modules/catalog/platform.routes.ts";
import { chatRoutes } from "./modules/chat/chat.routes.ts";
import { helpRoutes } from "./modules/help/help.routes.ts";
import { integrationRoutes } from "./modules/integrations/integrations.routes.ts";
import { mailboxRoutes } from "./modules/mail/mailbox.routes.ts";
import { officeRoutes } from "./modules/office/office.routes.ts";
import { profileRoutes } from "./modules/profile/profile.routes.ts";
import { quoteRoutes } from "./modules/quotes/quotes.routes.ts";
import { registrationRoutes } from "./modules/registration/registration.routes.ts";
import { callerOf } from "./platform/actor.ts";
import { AppError } from "./platform/errors.ts";
import { type FileStore, localFileStore } from "./platform/file-store.ts";
import { healthRoutes } from "./platform/health.routes.ts";
import { loggerOptions, registerHttpBasics } from "./platform/http.ts";
import { registerMetrics } from "./platform/metrics.ts";
import { registerOpenApi } from "./platform/openapi.ts";
import { createRealtime, type Realtime } from "./platform/realtime.ts";

export type AppContext = {
  config: Config;
  database: Database;
  db: Db;
  auth: Auth;
  lifecycle: { shuttingDown: boolean };
  files: FileStore;
  realtime: Realtime;
};

export async function buildApp(
  config: Config,
  database: Database,
  options: { logStream?: NodeJS.WritableStream } = {},
): Promise<{ app: FastifyInstance; ctx: AppContext }> {
  const app = Fastify({
    logger: {
      ...loggerOptions(config.logLevel),
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    trustProxy:
      typeof config.trustProxy === "number"
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    bodyLimit: 1024 * 1024,
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && /^[\w-]{8,64}$/.test(given) ? given : crypto.randomUUID();
    },
    return503OnClosing: true,
  });
  const ctx: AppContext = {
    config,
    database,
    db: database.db,
    auth: createAuth({
      db: database.db,
      publicUrl: config.publicUrl,
      secret: config.authSecret,
      secureCookies: config.publicUrl.startsWith("https://"),
    }),
    lifecycle: { shuttingDown: false },
    files: localFileStore(config.filesDir),
    realtime: createRealtime(database),
  };
  await ctx.realtime.start();
  // Open event streams would keep the server from closing: end them first (browsers reconnect).
  app.addHook("preClose", async () => ctx.realtime.endStreams());
  app.addHook("onClose", async () => ctx.realtime.stop());

  registerHttpBasics(app, config.publicUrl);
  // Every refusal of access is an audit event (SECURITY-TARGETS.md), with the caller when known.
  app.addHook("onResponse", async (request, reply) => {
    if (reply.statusCode !== 403) return;
    const caller = callerOf(request);
    await recordAudit(ctx.db, {
      accountId: caller?.accountId ?? null,
      actorUserId: caller?.userId ?? null,
      action: "access.denied",
      ipAddress: request.ip,
      data: { method: request.method, route: request.routeOptions.url ?? "" },
    }).catch((error) => request.log.error({ err: String(error) }, "audit of an access denial failed"));
  });
  // Logos arrive as the raw file; the route checks what it really is.
  app.addContentTypeParser(
    ["image/png", "image/jpeg", "image/webp", "application/octet-stream"],
    { parseAs: "buffer" },
    (_request, body, done) => done(null, body),
  );
  registerOpenApi(app);
  registerMetrics(app, { token: config.metricsToken });
  healthRoutes(app, ctx);
  authRoutes(app, ctx);
  platformRoutes(app, ctx);
  registrationRoutes(app, ctx);
  sessionRoutes(app, ctx);
  profileRoutes(app, ctx);
  officeRoutes(app, ctx);
  integrationRoutes(app, ctx);
  quoteRoutes(app, ctx);
  helpRoutes(app, ctx);
  chatRoutes(app, ctx);
  mailboxRoutes(app, ctx);
  await serveWebApp(app, config);
  return { app, ctx };
}

/** The built single-page app, with index.html for every path the API does not own. */
async function serveWebApp(app: FastifyInstance, config: Config): Promise<void> {
  const dist = config.webDist;
  const hasWeb = dist !== null && existsSync(join(dist, "index.html"));
  if (hasWeb) {
    // wildcard: files are looked up per request, so a rebuild is served without a restart.
    await app.register(fastifyStatic, {
      root: dist,
      wildcard: true,
      index: ["index.html"],
      cacheControl: false,
      // Built assets have content hashes in their names; everything else is revalidated.
      setHeaders: (res, path) => {
        const immutable = path.includes(`${sep}assets${sep}`);
        res.setHeader("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    const isApi = /^\/(api|dev|healthz|readyz|metrics)(\/|$)/.test(path);
    // A missing asset is a 404, not the app's page: a stale bundle must fail loudly, not blankly.
    const isAsset = path.startsWith("/assets/") || /\.[a-z0-9]+$/i.test(path);
    if (isApi || isAsset || request.method !== "GET" || !hasWeb) throw AppError.notFound();
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });
}
