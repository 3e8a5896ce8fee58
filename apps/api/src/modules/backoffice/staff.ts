import { randomBytes } from "node:crypto";
import type { Language } from "@courtier/contracts/errors";
import type { Db } from "@courtier/db/client";
import { asPlatform } from "@courtier/db/tenancy";
import type { FastifyRequest } from "fastify";
import type { Config } from "#src/config.ts";
import type { Auth } from "#src/modules/auth/auth.ts";
import { rememberCaller } from "#src/platform/actor.ts";
import { AppError, uniqueViolation } from "#src/platform/errors.ts";
import { authHeaders } from "#src/platform/http.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import { emailInUse } from "../auth/user.repository.ts";
import { findInsurerBySlug, type InsurerRow } from "../catalog/catalog.repository.ts";
import { insurerSlugFromHost } from "../catalog/platform.routes.ts";
import { renderMail } from "../mail/mail-templates.ts";
import { enqueueMail } from "../mail/outbox.repository.ts";
import { findStaff, insertPasswordLinkToken, insertStaff } from "./staff.repository.ts";
import { insurerUrl } from "./urls.ts";

export type StaffActor = {
  userId: string;
  insurerId: string;
  insurerSlug: string;
  role: "admin" | "member";
  language: Language;
  ip: string;
};

const SET_PASSWORD_HOURS = 24;

/** The insurer whose host the request came on, or null on the platform host. */
export async function hostInsurer(
  db: Db,
  request: FastifyRequest,
  publicUrl: string,
): Promise<InsurerRow | null> {
  const slug = insurerSlugFromHost(request.hostname.replace(/:\d+$/, ""), new URL(publicUrl).hostname);
  return slug ? findInsurerBySlug(db, slug) : null;
}

/**
 * Staff work on their own insurer's host only: a VIVIUM session is worth nothing elsewhere, and a
 * broker's session is worth nothing in the back office.
 */
export async function requireStaff(
  request: FastifyRequest,
  auth: Auth,
  db: Db,
  config: Config,
): Promise<StaffActor> {
  const result = await auth.api.getSession({ headers: authHeaders(request) });
  if (!result) throw AppError.unauthenticated();
  const staff = await findStaff(db, result.user.id);
  rememberCaller(request, { userId: result.user.id, accountId: null });
  const insurer = await hostInsurer(db, request, config.publicUrl);
  if (!staff || !insurer || staff.insurerId !== insurer.id) throw AppError.forbidden();
  const language = (result.user as { language?: string }).language;
  return {
    userId: result.user.id,
    insurerId: staff.insurerId,
    insurerSlug: staff.insurerSlug,
    role: staff.role,
    language: language === "fr" || language === "en" ? language : "nl",
    ip: request.ip,
  };
}

/** Creates a staff member and returns a one-time link to choose the password. */
export async function createStaff(
  db: Db,
  opts: {
    insurerSlug: string;
    name: string;
    email: string;
    role: "admin" | "member";
    language: Language;
    publicUrl: string;
    createdBy: string | null;
    ip: string | null;
    /** Mail the link (in this language) in the same transaction, instead of handing it back. */
    mailLinkIn?: Language;
  },
): Promise<{ userId: string; link: string }> {
  const insurer = await findInsurerBySlug(db, opts.insurerSlug);
  if (!insurer) throw AppError.validation({ insurer: "NOT_FOUND" });
  if (await emailInUse(db, opts.email)) throw AppError.validation({ email: "EMAIL_TAKEN" });
  const userId = crypto.randomUUID();
  const token = randomBytes(24).toString("base64url");
  const link = `${insurerUrl(opts.publicUrl, insurer.slug)}/reset-password?token=${token}`;
  try {
    // Staff belong to an insurer, not to an office.
    await asPlatform(db, async (tx) => {
      await insertStaff(tx, {
        userId,
        name: opts.name,
        email: opts.email,
        language: opts.language,
        insurerId: insurer.id,
        role: opts.role,
      });
      await insertPasswordLinkToken(tx, userId, token, new Date(Date.now() + SET_PASSWORD_HOURS * 3600_000));
      if (opts.mailLinkIn) {
        const mail = renderMail(
          {
            kind: "staff-invitation",
            firstName: opts.name.split(/\s+/)[0] ?? opts.name,
            insurerName: insurer.name,
            setPasswordUrl: link,
          },
          opts.mailLinkIn,
        );
        await enqueueMail(tx, { ...mail, to: opts.email });
      }
      await recordAudit(tx, {
        actorUserId: opts.createdBy,
        action: "staff.created",
        subject: userId,
        ipAddress: opts.ip,
        data: { insurer: insurer.slug, role: opts.role },
      });
    });
  } catch (error) {
    if (uniqueViolation(error)?.includes("user_email_key"))
      throw AppError.validation({ email: "EMAIL_TAKEN" });
    throw error;
  }
  return { userId, link };
}

/** A staff admin adds a colleague from the back office: the link goes by mail. */
export async function inviteStaff(
  db: Db,
  actor: StaffActor,
  input: { name: string; email: string; isAdmin: boolean },
  publicUrl: string,
): Promise<string> {
  if (actor.role !== "admin") throw AppError.forbidden();
  const { userId } = await createStaff(db, {
    insurerSlug: actor.insurerSlug,
    name: input.name,
    email: input.email,
    role: input.isAdmin ? "admin" : "member",
    language: actor.language,
    publicUrl,
    createdBy: actor.userId,
    ip: actor.ip,
    mailLinkIn: actor.language,
  });
  return userId;
}
