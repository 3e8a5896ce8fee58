import { forgotPasswordSchema, resetPasswordSchema, signInSchema } from "@courtier/contracts/auth";
import { asPlatform } from "@courtier/db/tenancy";
import { isAPIError } from "better-auth/api";
import type { FastifyInstance } from "fastify";
import type { AppContext } from "#src/app.ts";
import { AppError } from "#src/platform/errors.ts";
import {
  authHeaders,
  forwardCookies,
  parseWith,
  revokeSignIn,
  signInWithPassword,
} from "#src/platform/http.ts";
import { contract } from "#src/platform/openapi.ts";
import { hitRateLimit } from "#src/platform/rate-limit.repository.ts";
import { reserveSignInAttempt } from "#src/platform/sign-in-limit.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import { findMembershipOfUser } from "../office/office.repository.ts";
import { presentMe, sessionOfSignIn } from "../profile/me.presenter.ts";
import { isCommonPassword } from "./password.ts";
import { findUserByEmail } from "./user.repository.ts";

export function sessionRoutes(app: FastifyInstance, { db, auth, config }: AppContext): void {
  const limits = config.rateLimits;

  app.post(
    "/api/session",
    contract({ summary: "Sign in", access: "public", body: signInSchema }),
    async (request, reply) => {
      const input = parseWith(signInSchema, request.body);
      const attempt = await reserveSignInAttempt(db, limits, request.ip, input.email).catch(async (error) => {
        await recordAudit(db, {
          action: "auth.sign_in.throttled",
          ipAddress: request.ip,
          data: { email: input.email },
        });
        throw error;
      });

      const response = await signInWithPassword(auth, request, input.email, input.password);
      if (!response.ok) {
        await recordAudit(db, {
          action: "auth.sign_in.failed",
          ipAddress: request.ip,
          data: { email: input.email },
        });
        throw new AppError("INVALID_CREDENTIALS", 401);
      }
      const { user } = (await response.clone().json()) as { user: { id: string } };
      const membership = await asPlatform(db, (tx) => findMembershipOfUser(tx, user.id));
      if (!membership) {
        // Not a broker (insurer staff sign in on their back office): this page does not know them.
        await revokeSignIn(auth, response);
        await recordAudit(db, {
          actorUserId: user.id,
          action: "auth.sign_in.not_a_broker",
          ipAddress: request.ip,
        });
        throw new AppError("INVALID_CREDENTIALS", 401);
      }
      if (membership.status !== "active") {
        // The password was right, but the office has disabled this user: take the session back.
        await revokeSignIn(auth, response);
        await recordAudit(db, {
          accountId: membership?.accountId ?? null,
          actorUserId: user.id,
          action: "auth.sign_in.refused_disabled",
          ipAddress: request.ip,
        });
        throw new AppError("ACCOUNT_DISABLED", 403);
      }
      await attempt.succeeded();
      const me = await presentMe(db, user.id, await sessionOfSignIn(db, response));
      await recordAudit(db, {
        accountId: me.office.id,
        actorUserId: user.id,
        action: "auth.signed_in",
        ipAddress: request.ip,
      });
      forwardCookies(response, reply);
      return me;
    },
  );

  app.delete("/api/session", contract({ summary: "Sign out", access: "public" }), async (request, reply) => {
    const response = await auth.api.signOut({ headers: authHeaders(request), asResponse: true });
    forwardCookies(response, reply);
    return reply.status(204).send();
  });

  app.post(
    "/api/password/forgot",
    contract({ summary: "Mail a password-reset link", access: "public", body: forgotPasswordSchema }),
    async (request, reply) => {
      const input = parseWith(forgotPasswordSchema, request.body);
      const [perIp, perEmail] = await Promise.all([
        hitRateLimit(db, `password-reset:ip:${request.ip}`, limits.passwordResetPerIp),
        hitRateLimit(db, `password-reset:email:${input.email}`, limits.passwordResetPerEmail),
      ]);
      if (perIp > limits.passwordResetPerIp.max || perEmail > limits.passwordResetPerEmail.max) {
        throw new AppError("RATE_LIMITED", 429);
      }
      // better-auth answers alike for known and unknown addresses; so do we.
      await auth.api.requestPasswordReset({
        body: { email: input.email, redirectTo: "/reset-password" },
        headers: authHeaders(request),
      });
      // Written for known and unknown addresses alike, so the answer takes as long either way.
      const known = await findUserByEmail(db, input.email);
      await recordAudit(db, {
        actorUserId: known?.id ?? null,
        action: "auth.password_reset.requested",
        ipAddress: request.ip,
      });
      return reply.status(202).send({});
    },
  );

  app.post(
    "/api/password/reset",
    contract({
      summary: "Set a new password with a reset link",
      access: "public",
      body: resetPasswordSchema,
    }),
    async (request, reply) => {
      const input = parseWith(resetPasswordSchema, request.body);
      if (isCommonPassword(input.newPassword))
        throw AppError.validation({ newPassword: "PASSWORD_TOO_COMMON" });
      try {
        await auth.api.resetPassword({ body: { token: input.token, newPassword: input.newPassword } });
      } catch (error) {
        if (isAPIError(error) && error.statusCode === 400) throw new AppError("RESET_TOKEN_INVALID", 400);
        throw error;
      }
      return reply.status(204).send();
    },
  );
}
