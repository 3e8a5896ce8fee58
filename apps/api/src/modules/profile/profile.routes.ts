import { changeEmailSchema, changePasswordSchema, profileSchema } from "@courtier/contracts/auth";
import { isAPIError } from "better-auth/api";
import type { FastifyInstance } from "fastify";
import type { AppContext } from "#src/app.ts";
import { requireActor } from "#src/platform/actor.ts";
import { AppError } from "#src/platform/errors.ts";
import { authHeaders, forwardCookies, parseWith } from "#src/platform/http.ts";
import { contract } from "#src/platform/openapi.ts";
import { hitRateLimit } from "#src/platform/rate-limit.repository.ts";
import { reservePasswordCheck } from "#src/platform/sign-in-limit.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import { emailVerificationUrl } from "../auth/email-verification.ts";
import { isCommonPassword, verifyPassword } from "../auth/password.ts";
import { emailInUse, findPasswordHash, findUserById, updateProfile } from "../auth/user.repository.ts";
import { renderMail } from "../mail/mail-templates.ts";
import { enqueueMail } from "../mail/outbox.repository.ts";
import { presentMe } from "./me.presenter.ts";

export function profileRoutes(app: FastifyInstance, { db, auth, config }: AppContext): void {
  app.get("/api/me", contract({ summary: "The signed-in user", access: "session" }), async (request) => {
    const actor = await requireActor(request, auth, db);
    return presentMe(db, actor.userId, actor.sessionId);
  });

  app.patch(
    "/api/me",
    contract({ summary: "Save the profile", access: "session", body: profileSchema }),
    async (request) => {
      const actor = await requireActor(request, auth, db);
      const input = parseWith(profileSchema, request.body);
      await updateProfile(db, actor.userId, input);
      return presentMe(db, actor.userId, actor.sessionId);
    },
  );

  app.post(
    "/api/me/email",
    contract({ summary: "Change the email (verified by mail)", access: "session", body: changeEmailSchema }),
    async (request, reply) => {
      const actor = await requireActor(request, auth, db);
      const input = parseWith(changeEmailSchema, request.body);
      const current = await findUserById(db, actor.userId);
      if (current?.email.toLowerCase() === input.newEmail)
        throw AppError.validation({ newEmail: "EMAIL_UNCHANGED" });
      const check = await reservePasswordCheck(db, config.rateLimits, actor.userId);
      const hash = await findPasswordHash(db, actor.userId);
      if (!hash || !(await verifyPassword({ hash, password: input.currentPassword }))) {
        await recordAudit(db, {
          accountId: actor.accountId,
          actorUserId: actor.userId,
          action: "profile.email_change.wrong_password",
          ipAddress: actor.ip,
        });
        throw AppError.validation({ currentPassword: "WRONG_PASSWORD" });
      }
      await check.succeeded();
      if (await emailInUse(db, input.newEmail)) throw AppError.validation({ newEmail: "EMAIL_TAKEN" });
      // better-auth mails a link to the new address (our confirmation page, see auth.ts); the email
      // changes only when it is confirmed there.
      await auth.api.changeEmail({
        body: { newEmail: input.newEmail },
        headers: authHeaders(request),
      });
      await recordAudit(db, {
        accountId: actor.accountId,
        actorUserId: actor.userId,
        action: "profile.email_change.requested",
        ipAddress: actor.ip,
      });
      return reply.status(202).send({ pendingEmail: input.newEmail });
    },
  );

  app.post(
    "/api/me/verification-mail",
    contract({ summary: "Send the link that confirms the email address again", access: "session" }),
    async (request, reply) => {
      const actor = await requireActor(request, auth, db);
      const current = await findUserById(db, actor.userId);
      if (!current) throw AppError.unauthenticated();
      if (current.emailVerified) throw new AppError("EMAIL_ALREADY_VERIFIED", 409);
      const rule = config.rateLimits.verificationMailsPerUser;
      if ((await hitRateLimit(db, `verification-mail:${actor.userId}`, rule)) > rule.max)
        throw new AppError("RATE_LIMITED", 429);
      const verifyUrl = await emailVerificationUrl(config.authSecret, config.publicUrl, current.email);
      const mail = renderMail(
        { kind: "verify-email", firstName: current.firstName, verifyUrl },
        actor.language,
      );
      await enqueueMail(db, { ...mail, to: current.email });
      await recordAudit(db, {
        accountId: actor.accountId,
        actorUserId: actor.userId,
        action: "profile.verification_mail_sent",
        ipAddress: actor.ip,
      });
      return reply.status(202).send({ email: current.email });
    },
  );

  app.post(
    "/api/me/password",
    contract({ summary: "Change the password", access: "session", body: changePasswordSchema }),
    async (request, reply) => {
      const actor = await requireActor(request, auth, db);
      const input = parseWith(changePasswordSchema, request.body);
      if (isCommonPassword(input.newPassword))
        throw AppError.validation({ newPassword: "PASSWORD_TOO_COMMON" });
      const check = await reservePasswordCheck(db, config.rateLimits, actor.userId);
      let response: Response;
      try {
        response = await auth.api.changePassword({
          body: {
            currentPassword: input.currentPassword,
            newPassword: input.newPassword,
            revokeOtherSessions: true,
          },
          headers: authHeaders(request),
          asResponse: true,
        });
      } catch (error) {
        if (isAPIError(error) && error.statusCode === 400)
          throw AppError.validation({ currentPassword: "WRONG_PASSWORD" });
        throw error;
      }
      if (!response.ok) throw AppError.validation({ currentPassword: "WRONG_PASSWORD" });
      await check.succeeded();
      await recordAudit(db, {
        accountId: actor.accountId,
        actorUserId: actor.userId,
        action: "profile.password_changed",
        ipAddress: actor.ip,
      });
      forwardCookies(response, reply);
      return reply.status(204).send();
    },
  );
}
