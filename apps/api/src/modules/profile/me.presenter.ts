import type { Me } from "@courtier/contracts/responses";
import type { Db } from "@courtier/db/client";
import { asPlatform, withTenant } from "@courtier/db/tenancy";
import { AppError } from "#src/platform/errors.ts";
import { findUserById } from "../auth/user.repository.ts";
import {
  findMembershipOfUser,
  findSessionGroup,
  findSessionIdByToken,
  setSessionGroup,
} from "../office/office.repository.ts";
import { resolveSubaccount } from "../office/visibility.ts";

const initial = (name: string) => name.trim().charAt(0).toUpperCase();

/** The session a better-auth sign-in response just made (its body carries the session token). */
export async function sessionOfSignIn(db: Db, response: Response): Promise<string | null> {
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { token?: string } | null;
  return body?.token ? asPlatform(db, (tx) => findSessionIdByToken(tx, body.token!)) : null;
}

/** The signed-in user as the browser sees them, with the session's subaccount. */
export async function presentMe(db: Db, userId: string, sessionId: string | null): Promise<Me> {
  // Keyed by the signed-in user and their session, not by an office.
  const [u, membership, chosen] = await asPlatform(db, async (tx) => [
    await findUserById(tx, userId),
    await findMembershipOfUser(tx, userId),
    sessionId ? await findSessionGroup(tx, sessionId) : null,
  ]);
  if (!u || !membership) throw AppError.unauthenticated();
  const viewer = { accountId: membership.accountId, userId, role: membership.role };
  const { current, groups } = await withTenant(db, membership.accountId, (tx) =>
    resolveSubaccount(tx, viewer, chosen),
  );
  // Keep the subaccount the user is shown: a group added later must not switch it under their feet.
  if (sessionId && chosen !== current.id) {
    await asPlatform(db, (tx) => setSessionGroup(tx, sessionId, current.id));
  }
  return {
    user: {
      id: u.id,
      firstName: u.firstName,
      lastName: u.lastName,
      email: u.email,
      emailVerified: u.emailVerified,
      language: u.language,
      initials: `${initial(u.firstName)}${initial(u.lastName)}`,
    },
    office: {
      id: membership.accountId,
      commercialName: membership.commercialName,
      enterpriseNumber: membership.enterpriseNumber,
      role: membership.role,
    },
    subaccount: { id: current.id, name: current.name },
    subaccounts: groups.map((g) => ({ id: g.id, name: g.name })),
  };
}
