import type { FastifyInstance, RouteOptions } from "fastify";
import { z } from "zod";

/** Who may call a route; every route states it (SECURITY-TARGETS.md, access control). */
export type Access = "public" | "session" | "admin" | "staff" | "support" | "operator-local";

export type RouteContract = {
  summary: string;
  access: Access;
  body?: z.ZodType;
};

declare module "fastify" {
  interface FastifyContextConfig {
    contract?: RouteContract;
  }
}

/** Route options carrying the contract the OpenAPI document is generated from. */
export const contract = (c: RouteContract) => ({ config: { contract: c } });

type Collected = { method: string; url: string; contract: RouteContract };

/**
 * Collects each route's contract as it is registered and serves `GET /api/openapi.json`, generated
 * from the same zod schemas that parse the requests.
 */
export function registerOpenApi(app: FastifyInstance): void {
  const routes: Collected[] = [];
  const unstated: string[] = [];
  app.addHook("onRoute", (route: RouteOptions) => {
    const c = route.config?.contract;
    if (!c) {
      if (/^\/(api|dev|healthz|readyz|metrics)(\/|$)/.test(route.url))
        unstated.push(`${route.method} ${route.url}`);
      return;
    }
    for (const method of [route.method].flat()) {
      if (method !== "HEAD") routes.push({ method: method.toLowerCase(), url: route.url, contract: c });
    }
  });

  // A route that does not say who may call it does not start.
  app.addHook("onReady", async () => {
    if (unstated.length > 0) throw new Error(`Routes without a contract: ${unstated.join(", ")}`);
  });

  app.get("/api/openapi.json", contract({ summary: "This document", access: "public" }), async () => {
    const paths: Record<string, Record<string, unknown>> = {};
    for (const r of routes) {
      const path = r.url.replace(/:(\w+)/g, "{$1}");
      const params = [...r.url.matchAll(/:(\w+)/g)].map((m) => ({
        name: m[1],
        in: "path",
        required: true,
        schema: { type: "string" },
      }));
      paths[path] ??= {};
      paths[path][r.method] = {
        summary: r.contract.summary,
        "x-access": r.contract.access,
        ...(["session", "admin", "staff", "support"].includes(r.contract.access)
          ? { security: [{ session: [] }] }
          : {}),
        ...(params.length ? { parameters: params } : {}),
        ...(r.contract.body
          ? {
              requestBody: {
                required: true,
                content: {
                  "application/json": {
                    schema: z.toJSONSchema(r.contract.body, { io: "input", unrepresentable: "any" }),
                  },
                },
              },
            }
          : {}),
        responses: {
          default: {
            description: "Errors: { error: { code, message, fields? } }",
          },
        },
      };
    }
    return {
      openapi: "3.1.0",
      info: { title: "Courtier API", version: "1" },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "courtier.session_token" } },
      },
      paths,
    };
  });
}
