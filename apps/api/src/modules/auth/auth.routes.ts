import type { FastifyInstance } from "fastify";
import type { AppContext } from "#src/app.ts";
import { authHeaders, forwardCookies } from "#src/platform/http.ts";
import { contract } from "#src/platform/openapi.ts";

/**
 * Only the address-verification link reaches better-auth over HTTP; every other auth action goes
 * through our own routes, which add the contracts, rate limits and audit.
 */
export function authRoutes(app: FastifyInstance, { auth, config }: AppContext): void {
  app.get(
    "/api/auth/verify-email",
    contract({ summary: "Follow an address-verification link", access: "public" }),
    async (request, reply) => {
      const url = new URL(request.url, config.publicUrl);
      const response = await auth.handler(new Request(url, { method: "GET", headers: authHeaders(request) }));
      reply.status(response.status);
      response.headers.forEach((value, key) => {
        if (key !== "set-cookie") reply.header(key, value);
      });
      forwardCookies(response, reply);
      return reply.send(response.body ? await response.text() : null);
    },
  );
}
