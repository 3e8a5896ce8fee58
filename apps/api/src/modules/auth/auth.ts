import type { Language } from "@courtier/contracts/errors";
import type { Db } from "@courtier/db/client";
import { credential, session, user, verification } from "@courtier/db/schema";
import { asPlatform } from "@courtier/db/tenancy";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { recordAudit } from "../audit/audit.repository.ts";
import { findStaff } from "../backoffice/staff.repository.ts";
import { insurerUrl } from "../backoffice/urls.ts";
import { renderMail } from "../mail/mail-templates.ts";
import { enqueueMail } from "../mail/outbox.repository.ts";
import { findMembershipOfUser } from "../office/office.repository.ts";
import { verifyPageUrl } from "./email-verification.ts";
import { hashPassword, verifyPassword } from "./password.ts";

/** The header our HTTP layer sets from Fastify's (proxy-aware) client IP; clients cannot set it. */
export const CLIENT_IP_HEADER = "x-courtier-client-ip";

export type AuthOptions = { db: Db; publicUrl: string; secret: string; secureCookies: boolean };

function languageOf(u: unknown): Language {
  const lang = (u as { language?: string }).language;
  return lang === "fr" || lang === "en" ? lang : "nl";
}

function firstNameOf(u: unknown): string {
  return (u as { firstName?: string }).firstName ?? (u as { name: string }).name;
}

export function createAuth({ db, publicUrl, secret, secureCookies }: AuthOptions) {
  const origin = new URL(publicUrl);
  return betterAuth({
    appName: "Courtier",
    baseURL: `${publicUrl}/api/auth`,
    secret,
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user, session, credential, verification },
      transaction: true,
    }),
    // Insurer portals live on subdomains of the platform host (vivium.localhost:3000).
    trustedOrigins: [origin.origin, `${origin.protocol}//*.${origin.host}`],
    account: { modelName: "credential" },
    user: {
      additionalFields: {
        firstName: { type: "string", required: true, input: false },
        lastName: { type: "string", required: true, input: false },
        language: { type: "string", required: false, defaultValue: "nl", input: false },
      },
      changeEmail: { enabled: true },
    },
    session: {
      expiresIn: 60 * 60 * 12,
      updateAge: 60 * 60,
      // No cookie cache: ending a session on the server ends it at once.
      cookieCache: { enabled: false },
    },
    emailAndPassword: {
      enabled: true,
      // Registration creates the office too: it is our own endpoint (modules/registration).
      disableSignUp: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      password: { hash: hashPassword, verify: verifyPassword },
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      async onPasswordReset({ user: u }, request) {
        const membership = await asPlatform(db, (tx) => findMembershipOfUser(tx, u.id));
        await recordAudit(db, {
          accountId: membership?.accountId ?? null,
          actorUserId: u.id,
          action: "auth.password_reset.completed",
          ipAddress: request?.headers.get(CLIENT_IP_HEADER) ?? null,
        });
      },
      async sendResetPassword({ user: u, token }) {
        // An invited colleague has no password yet: their invitation link is how they choose one.
        const membership = await asPlatform(db, (tx) => findMembershipOfUser(tx, u.id));
        if (membership?.status === "invited") return;
        // Staff reset on their insurer's host, where their back office is.
        const staff = await findStaff(db, u.id);
        const base = staff ? insurerUrl(publicUrl, staff.insurerSlug) : publicUrl;
        const resetUrl = `${base}/reset-password?token=${encodeURIComponent(token)}`;
        const mail = renderMail(
          { kind: "reset-password", firstName: firstNameOf(u), resetUrl },
          languageOf(u),
        );
        await enqueueMail(db, { ...mail, to: u.email });
      },
    },
    emailVerification: {
      expiresIn: 60 * 60 * 24,
      async sendVerificationEmail({ user: u, token }) {
        // Only the change-email flow asks better-auth to send this; the welcome mail has its own link.
        // Both open our confirmation page, not better-auth's GET endpoint.
        const mail = renderMail(
          { kind: "verify-new-email", firstName: firstNameOf(u), verifyUrl: verifyPageUrl(publicUrl, token) },
          languageOf(u),
        );
        await enqueueMail(db, { ...mail, to: u.email });
      },
    },
    // Our own limiter (platform/rate-limit) covers sign-in, sign-up and reset across processes.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: "courtier",
      useSecureCookies: secureCookies,
      database: { generateId: () => crypto.randomUUID() },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;
