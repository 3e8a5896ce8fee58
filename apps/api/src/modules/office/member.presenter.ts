import type { GroupList, Member } from "@courtier/contracts/responses";
import type { GroupRow } from "./office.repository.ts";

type MemberRowLike = {
  userId: string;
  firstName: string;
  lastName: string;
  email: string;
  role: Member["role"];
  status: Member["status"];
  invitedAt: Date;
  invitationExpiresAt: Date | null;
  groups: { id: string; name: string }[];
  products: { code: string; name: string }[];
};

export function presentMember(row: MemberRowLike): Member {
  return {
    userId: row.userId,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    role: row.role,
    status: row.status,
    groups: row.groups,
    products: row.products,
    invitedAt: row.invitedAt.toISOString(),
    invitationExpiresAt:
      row.status === "invited" && row.invitationExpiresAt ? row.invitationExpiresAt.toISOString() : null,
  };
}

export function presentGroup(row: GroupRow): GroupList["groups"][number] & { email: string } {
  return {
    id: row.id,
    name: row.name,
    isDefault: row.isDefault,
    street: row.street,
    number: row.number,
    postcode: row.postcode,
    city: row.city,
    email: row.email,
    memberCount: row.memberCount,
    integrationCount: row.integrationCount,
    logoUrl: row.logoPath ? `/api/office/groups/${row.id}/logo` : null,
  };
}
