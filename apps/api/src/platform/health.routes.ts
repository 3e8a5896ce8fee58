import type { FastifyInstance } from "fastify";
import type { AppContext } from "#src/app.ts";
import { contract } from "#src/platform/openapi.ts";

export function healthRoutes(app: FastifyInstance, { database, lifecycle }: AppContext): void {
  app.get("/healthz", contract({ summary: "The process is alive", access: "public" }), async () => ({
    status: "ok",
  }));

  app.get(
    "/readyz",
    contract({ summary: "The database answers", access: "public" }),
    async (_request, reply) => {
      if (lifecycle.shuttingDown) return reply.status(503).send({ status: "shutting-down" });
      try {
        await database.ping();
        return { status: "ready", database: database.kind };
      } catch {
        return reply.status(503).send({ status: "database-unreachable" });
      }
    },
  );
}
