import type { Me } from "@courtier/contracts/responses";
import type { Db } from "@courtier/db/client";
import { AppError } from "#src/platform/errors.ts";
import { findUserById } from "../auth/user.repository.ts";
import { findMembershipOfUser } from "../office/office.repository.ts";

const initial = (name: string) => name.trim().charAt(0).toUpperCase();

export async function presentMe(db: Db, userId: string): Promise<Me> {
  const [u, membership] = await Promise.all([findUserById(db, userId), findMembershipOfUser(db, userId)]);
  if (!u || !membership) throw AppError.unauthenticated();
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
    subaccount: { id: membership.defaultGroupId, name: membership.defaultGroupName },
  };
}
