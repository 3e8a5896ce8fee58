import { emailVerificationSchema } from "@courtier/contracts/auth";
import type { FastifyInstance } from "fastify";
import type { AppContext } from "#src/app.ts";
import { AppError } from "#src/platform/errors.ts";
import { authHeaders, forwardCookies, parseWith } from "#src/platform/http.ts";
import { contract } from "#src/platform/openapi.ts";
import { verifyPagePath } from "./email-verification.ts";

/**
 * Confirming an address. The mailed link opens a page (GET changes nothing, so a mail scanner that
 * follows links confirms nothing); the page's button posts the token here, and better-auth checks
 * it. Every other auth action also goes through our own routes, with contracts, limits and audit.
 */
export function authRoutes(app: FastifyInstance, { auth }: AppContext): void {
  app.post(
    "/api/email-verification",
    contract({
      summary: "Confirm an address with the token of its confirmation link",
      access: "public",
      body: emailVerificationSchema,
    }),
    async (request, reply) => {
      const { token } = parseWith(emailVerificationSchema, request.body);
      // No callbackURL: better-auth answers with a status instead of a redirect.
      const response = await auth.api.verifyEmail({
        query: { token },
        headers: authHeaders(request),
        asResponse: true,
      });
      if (!response.ok) throw new AppError("VERIFICATION_LINK_INVALID", 400);
      // A confirmed new address renews the session cookie that carries it.
      forwardCookies(response, reply);
      return reply.status(204).send();
    },
  );

  // Links mailed before the confirmation page existed pointed here: send them to the page.
  app.get<{ Querystring: { token?: unknown } }>(
    "/api/auth/verify-email",
    contract({ summary: "An older confirmation link: opens the confirmation page", access: "public" }),
    async (request, reply) => {
      const token = typeof request.query.token === "string" ? request.query.token : "";
      return reply.redirect(verifyPagePath(token), 302);
    },
  );
}
