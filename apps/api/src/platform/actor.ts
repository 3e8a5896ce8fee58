import type { Language } from "@courtier/contracts/errors";
import type { Role } from "@courtier/contracts/responses";
import type { Db } from "@courtier/db/client";
import { asPlatform } from "@courtier/db/tenancy";
import type { FastifyRequest } from "fastify";
import type { Auth } from "#src/modules/auth/auth.ts";
import { findMembershipOfUser } from "#src/modules/office/office.repository.ts";
import { AppError } from "./errors.ts";
import { authHeaders } from "./http.ts";

/** Who is calling: every service takes one explicitly. */
export type Actor = {
  userId: string;
  sessionId: string;
  accountId: string;
  role: Role;
  language: Language;
  ip: string;
};

/** Who made a request, once known: an access denial is audited with it. */
const knownCallers = new WeakMap<FastifyRequest, { userId: string; accountId: string | null }>();
export const callerOf = (request: FastifyRequest) => knownCallers.get(request) ?? null;
export const rememberCaller = (
  request: FastifyRequest,
  caller: { userId: string; accountId: string | null },
) => knownCallers.set(request, caller);

/**
 * Resolves the session cookie to an actor, or throws 401. A user whose membership is not active
 * has no actor: a disabled user's session is worthless from that moment on.
 */
export async function requireActor(request: FastifyRequest, auth: Auth, db: Db): Promise<Actor> {
  const result = await auth.api.getSession({ headers: authHeaders(request) });
  if (!result) throw AppError.unauthenticated();
  // Keyed by the signed-in user: finding their office is the point, so no office scope yet.
  const membership = await asPlatform(db, (tx) => findMembershipOfUser(tx, result.user.id));
  if (membership?.status !== "active") throw AppError.unauthenticated();
  const language = (result.user as { language?: string }).language;
  rememberCaller(request, { userId: result.user.id, accountId: membership.accountId });
  return {
    userId: result.user.id,
    sessionId: result.session.id,
    accountId: membership.accountId,
    role: membership.role,
    language: language === "fr" || language === "en" ? language : "nl",
    ip: request.ip,
  };
}

/** As `requireActor`, and 403 unless the actor is an admin ("Beheerder") of their office. */
export async function requireAdmin(request: FastifyRequest, auth: Auth, db: Db): Promise<Actor> {
  const actor = await requireActor(request, auth, db);
  if (actor.role !== "admin") throw AppError.forbidden();
  return actor;
}
