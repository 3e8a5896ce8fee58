import type { FastifyInstance } from "fastify";
import type { AppContext } from "#src/app.ts";

export function healthRoutes(app: FastifyInstance, { database, lifecycle }: AppContext): void {
  app.get("/healthz", async () => ({ status: "ok" }));

  app.get("/readyz", async (_request, reply) => {
    if (lifecycle.shuttingDown) return reply.status(503).send({ status: "shutting-down" });
    try {
      await database.ping();
      return { status: "ready", database: database.kind };
    } catch {
      return reply.status(503).send({ status: "database-unreachable" });
    }
  });
}
