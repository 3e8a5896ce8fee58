import type { Db } from "@courtier/db/client";
import { account, accountGroup, accountGroupMember, membership, user } from "@courtier/db/schema";
import { and, asc, eq, sql } from "drizzle-orm";

export type NewOffice = {
  commercialName: string;
  enterpriseNumber: string;
  street: string;
  number: string;
  postcode: string;
  city: string;
  website: string;
  phone: string;
};

/** Creates the office, makes `adminUserId` its active admin, and creates its "Default" group. */
export async function createOffice(db: Db, office: NewOffice, adminUserId: string) {
  const [created] = await db.insert(account).values(office).returning({ id: account.id });
  const accountId = created!.id;
  await db.insert(membership).values({ accountId, userId: adminUserId, role: "admin", status: "active" });
  const [group] = await db
    .insert(accountGroup)
    .values({ accountId, name: "Default", isDefault: true })
    .returning({ id: accountGroup.id });
  await db.insert(accountGroupMember).values({ accountId, groupId: group!.id, userId: adminUserId });
  return { accountId, defaultGroupId: group!.id };
}

/** The signed-in user's office, role and default group, or null when they belong to none. */
export async function findMembershipOfUser(db: Db, userId: string) {
  const rows = await db
    .select({
      accountId: membership.accountId,
      role: membership.role,
      status: membership.status,
      commercialName: account.commercialName,
      enterpriseNumber: account.enterpriseNumber,
      defaultGroupId: accountGroup.id,
      defaultGroupName: accountGroup.name,
    })
    .from(membership)
    .innerJoin(account, eq(account.id, membership.accountId))
    .innerJoin(
      accountGroup,
      and(eq(accountGroup.accountId, membership.accountId), eq(accountGroup.isDefault, true)),
    )
    .where(eq(membership.userId, userId));
  return rows[0] ?? null;
}

export async function findOffice(db: Db, accountId: string) {
  const rows = await db.select().from(account).where(eq(account.id, accountId));
  return rows[0] ?? null;
}

export function listGroupsWithCounts(db: Db, accountId: string) {
  return db
    .select({
      id: accountGroup.id,
      name: accountGroup.name,
      isDefault: accountGroup.isDefault,
      memberCount: sql<number>`(select count(*)::int from ${accountGroupMember} m
        where m.account_id = ${accountGroup.accountId} and m.group_id = ${accountGroup.id})`,
    })
    .from(accountGroup)
    .where(eq(accountGroup.accountId, accountId))
    .orderBy(sql`${accountGroup.isDefault} desc`, asc(accountGroup.name));
}

export function listMembers(db: Db, accountId: string) {
  return db
    .select({
      userId: user.id,
      firstName: user.firstName,
      lastName: user.lastName,
      email: user.email,
      role: membership.role,
      status: membership.status,
      invitedAt: membership.invitedAt,
      groups: sql<{ id: string; name: string }[]>`coalesce((
        select json_agg(json_build_object('id', g.id, 'name', g.name) order by g.name)
        from ${accountGroupMember} m join ${accountGroup} g on g.account_id = m.account_id and g.id = m.group_id
        where m.account_id = ${membership.accountId} and m.user_id = ${membership.userId}), '[]'::json)`,
    })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(eq(membership.accountId, accountId))
    .orderBy(asc(user.lastName), asc(user.firstName));
}
