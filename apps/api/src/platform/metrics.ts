import type { FastifyInstance } from "fastify";
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";
import { contract } from "./openapi.ts";

/**
 * Prometheus metrics at `GET /metrics`: the process (memory, event loop, GC) and every request by
 * route pattern and status. Routes are patterns (`/api/office/groups/:groupId`), never raw URLs,
 * so no id or token becomes a label. Scraped from the machine itself or through METRICS_TOKEN.
 */
export function registerMetrics(app: FastifyInstance, options: { token: string | null }): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: "courtier_http_request_duration_seconds",
    help: "HTTP request duration by route pattern, method and status",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const errors = new Counter({
    name: "courtier_http_server_errors_total",
    help: "Responses with a 5xx status",
    labelNames: ["route"] as const,
    registers: [registry],
  });

  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "unmatched";
    const labels = { method: request.method, route, status: String(reply.statusCode) };
    duration.observe(labels, reply.elapsedTime / 1000);
    if (reply.statusCode >= 500) errors.inc({ route });
  });

  app.get(
    "/metrics",
    contract({ summary: "Prometheus metrics", access: "operator-local" }),
    async (request, reply) => {
      const local = ["127.0.0.1", "::1", "::ffff:127.0.0.1"].includes(request.socket.remoteAddress ?? "");
      const bearer = request.headers.authorization === `Bearer ${options.token}`;
      if (!(options.token ? bearer : local && request.headers["x-forwarded-for"] === undefined)) {
        return reply.status(404).send();
      }
      return reply.type(registry.contentType).send(await registry.metrics());
    },
  );
}
