import type { Db } from "@courtier/db/client";
import {
  account,
  accountGroup,
  accountGroupMember,
  auditEvent,
  integration,
  integrationGroup,
  invitation,
  membership,
  product,
  quote,
  session,
  user,
} from "@courtier/db/schema";
import { inOrder } from "@courtier/db/tenancy";
import { and, asc, count, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";

/**
 * SQL of the office structure. Every function takes a transaction opened by `withTenant` (or
 * `asPlatform` where it says so) and still filters on the account itself.
 */

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

export type Role = "admin" | "intermediary";
export type MemberStatus = "invited" | "active" | "disabled";

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

/** The user's office and role, keyed by the user (run `asPlatform`: the office is what we look up). */
export async function findMembershipOfUser(db: Db, userId: string) {
  const rows = await db
    .select({
      accountId: membership.accountId,
      role: membership.role,
      status: membership.status,
      commercialName: account.commercialName,
      enterpriseNumber: account.enterpriseNumber,
    })
    .from(membership)
    .innerJoin(account, eq(account.id, membership.accountId))
    .where(eq(membership.userId, userId));
  return rows[0] ?? null;
}

export async function findOffice(db: Db, accountId: string) {
  const rows = await db.select().from(account).where(eq(account.id, accountId));
  return rows[0] ?? null;
}

// ── Groups ──

// Qualified by hand: drizzle leaves columns bare in a one-table select, and a bare name inside a
// subquery would bind to the subquery's own table.
const groupAccountId = sql.raw(`"account_group"."account_id"`);
const groupId = sql.raw(`"account_group"."id"`);

const memberCount = sql<number>`(select count(*)::int from ${accountGroupMember} m
  where m.account_id = ${groupAccountId} and m.group_id = ${groupId})`;

const groupColumns = {
  id: accountGroup.id,
  name: accountGroup.name,
  isDefault: accountGroup.isDefault,
  street: accountGroup.street,
  number: accountGroup.number,
  postcode: accountGroup.postcode,
  city: accountGroup.city,
  email: accountGroup.email,
  logoPath: accountGroup.logoPath,
  memberCount,
  integrationCount: sql<number>`(select count(*)::int from ${integrationGroup} ig
    join ${integration} i on i.account_id = ig.account_id and i.id = ig.integration_id
    where ig.account_id = ${groupAccountId} and ig.group_id = ${groupId}
      and i.status in ('pending', 'accepted'))`,
};

export type GroupRow = Awaited<ReturnType<typeof listGroups>>[number];

export function listGroups(db: Db, accountId: string) {
  return db
    .select(groupColumns)
    .from(accountGroup)
    .where(eq(accountGroup.accountId, accountId))
    .orderBy(sql`${accountGroup.isDefault} desc`, asc(sql`lower(${accountGroup.name})`));
}

export async function findGroup(db: Db, accountId: string, groupId: string) {
  const rows = await db
    .select(groupColumns)
    .from(accountGroup)
    .where(and(eq(accountGroup.accountId, accountId), eq(accountGroup.id, groupId)));
  return rows[0] ?? null;
}

export async function findDefaultGroup(db: Db, accountId: string) {
  const rows = await db
    .select({ id: accountGroup.id, name: accountGroup.name })
    .from(accountGroup)
    .where(and(eq(accountGroup.accountId, accountId), eq(accountGroup.isDefault, true)));
  return rows[0]!;
}

export type GroupFields = {
  name: string;
  street: string;
  number: string;
  postcode: string;
  city: string;
  email: string;
};

export async function insertGroup(db: Db, accountId: string, fields: GroupFields): Promise<string> {
  const [row] = await db
    .insert(accountGroup)
    .values({ accountId, ...fields })
    .returning({ id: accountGroup.id });
  return row!.id;
}

export async function updateGroup(
  db: Db,
  accountId: string,
  groupId: string,
  fields: GroupFields,
): Promise<void> {
  await db
    .update(accountGroup)
    .set(fields)
    .where(and(eq(accountGroup.accountId, accountId), eq(accountGroup.id, groupId)));
}

export async function setGroupLogoPath(db: Db, accountId: string, groupId: string, path: string | null) {
  await db
    .update(accountGroup)
    .set({ logoPath: path })
    .where(and(eq(accountGroup.accountId, accountId), eq(accountGroup.id, groupId)));
}

export async function deleteGroup(db: Db, accountId: string, groupId: string): Promise<void> {
  await db
    .delete(accountGroup)
    .where(and(eq(accountGroup.accountId, accountId), eq(accountGroup.id, groupId)));
}

// ── Group membership ──

export async function groupIdsOfUser(db: Db, accountId: string, userId: string): Promise<string[]> {
  const rows = await db
    .select({ groupId: accountGroupMember.groupId })
    .from(accountGroupMember)
    .where(and(eq(accountGroupMember.accountId, accountId), eq(accountGroupMember.userId, userId)));
  return rows.map((r) => r.groupId);
}

export async function addGroupMember(
  db: Db,
  accountId: string,
  groupId: string,
  userId: string,
): Promise<boolean> {
  const rows = await db
    .insert(accountGroupMember)
    .values({ accountId, groupId, userId })
    .onConflictDoNothing()
    .returning({ userId: accountGroupMember.userId });
  return rows.length > 0;
}

export async function removeGroupMember(
  db: Db,
  accountId: string,
  groupId: string,
  userId: string,
): Promise<boolean> {
  const rows = await db
    .delete(accountGroupMember)
    .where(
      and(
        eq(accountGroupMember.accountId, accountId),
        eq(accountGroupMember.groupId, groupId),
        eq(accountGroupMember.userId, userId),
      ),
    )
    .returning({ userId: accountGroupMember.userId });
  return rows.length > 0;
}

// ── Members ──

const memberAccountId = sql.raw(`"membership"."account_id"`);
const memberUserId = sql.raw(`"membership"."user_id"`);

const memberGroups = sql<{ id: string; name: string }[]>`coalesce((
  select json_agg(json_build_object('id', g.id, 'name', g.name) order by g.is_default desc, lower(g.name))
  from ${accountGroupMember} m join ${accountGroup} g on g.account_id = m.account_id and g.id = m.group_id
  where m.account_id = ${memberAccountId} and m.user_id = ${memberUserId}), '[]'::json)`;

const memberColumns = {
  userId: user.id,
  firstName: user.firstName,
  lastName: user.lastName,
  email: user.email,
  role: membership.role,
  status: membership.status,
  invitedAt: membership.invitedAt,
  invitationExpiresAt: invitation.expiresAt,
  groups: memberGroups,
  products: sql<{ code: string; name: string }[]>`coalesce((
    select json_agg(distinct jsonb_build_object('code', p.code, 'name', p.name))
    from ${accountGroupMember} m
    join ${integrationGroup} ig on ig.account_id = m.account_id and ig.group_id = m.group_id
    join ${integration} i on i.account_id = ig.account_id and i.id = ig.integration_id and i.status = 'accepted'
    join ${product} p on p.id = i.product_id
    where m.account_id = ${memberAccountId} and m.user_id = ${memberUserId}), '[]'::json)`,
};

export type MemberRow = Awaited<ReturnType<typeof findMember>> & {};

function membersQuery(db: Db) {
  return db
    .select(memberColumns)
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .leftJoin(
      invitation,
      and(
        eq(invitation.accountId, membership.accountId),
        eq(invitation.userId, membership.userId),
        isNull(invitation.acceptedAt),
      ),
    );
}

/** Case- and accent-insensitive search on name and email. */
function memberSearch(accountId: string, q: string) {
  const base = eq(membership.accountId, accountId);
  if (!q) return base;
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return and(
    base,
    sql`(translate(lower(${user.firstName} || ' ' || ${user.lastName} || ' ' || ${user.email}),
      'àáâäãåçèéêëìíîïñòóôöõùúûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy')
      like translate(lower(${pattern}), 'àáâäãåçèéêëìíîïñòóôöõùúûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy'))`,
  );
}

export async function pageMembers(db: Db, accountId: string, q: string, page: number, pageSize: number) {
  const where = memberSearch(accountId, q);
  const [rows, total] = await inOrder([
    () =>
      membersQuery(db)
        .where(where)
        .orderBy(asc(sql`lower(${user.lastName})`), asc(sql`lower(${user.firstName})`), asc(user.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize),
    () =>
      db.select({ n: count() }).from(membership).innerJoin(user, eq(user.id, membership.userId)).where(where),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}

export async function findMember(db: Db, accountId: string, userId: string) {
  const rows = await membersQuery(db).where(
    and(eq(membership.accountId, accountId), eq(membership.userId, userId)),
  );
  return rows[0] ?? null;
}

export function listGroupMembers(db: Db, accountId: string, groupId: string) {
  return membersQuery(db)
    .where(
      and(
        eq(membership.accountId, accountId),
        sql`exists (select 1 from ${accountGroupMember} gm where gm.account_id = ${membership.accountId}
          and gm.group_id = ${groupId} and gm.user_id = ${membership.userId})`,
      ),
    )
    .orderBy(asc(sql`lower(${user.lastName})`), asc(sql`lower(${user.firstName})`));
}

export async function insertMembership(db: Db, accountId: string, userId: string, role: Role): Promise<void> {
  await db.insert(membership).values({ accountId, userId, role, status: "invited" });
}

export async function setMembership(
  db: Db,
  accountId: string,
  userId: string,
  change: { role?: Role; status?: MemberStatus },
): Promise<void> {
  await db
    .update(membership)
    .set(change)
    .where(and(eq(membership.accountId, accountId), eq(membership.userId, userId)));
}

export async function touchInvitedAt(db: Db, accountId: string, userId: string): Promise<void> {
  await db
    .update(membership)
    .set({ invitedAt: sql`now()` })
    .where(and(eq(membership.accountId, accountId), eq(membership.userId, userId)));
}

/** Active admins other than `exceptUserId`: an office keeps at least one. */
export async function countOtherActiveAdmins(
  db: Db,
  accountId: string,
  exceptUserId: string,
): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(membership)
    .where(
      and(
        eq(membership.accountId, accountId),
        eq(membership.role, "admin"),
        eq(membership.status, "active"),
        ne(membership.userId, exceptUserId),
      ),
    );
  return rows[0]?.n ?? 0;
}

export async function deleteMembership(db: Db, accountId: string, userId: string): Promise<void> {
  await db.delete(membership).where(and(eq(membership.accountId, accountId), eq(membership.userId, userId)));
}

// ── Invitations ──

export async function upsertInvitation(
  db: Db,
  row: { accountId: string; userId: string; tokenHash: string; expiresAt: Date; invitedByUserId: string },
): Promise<void> {
  await db
    .insert(invitation)
    .values(row)
    .onConflictDoUpdate({
      target: invitation.userId,
      set: {
        tokenHash: row.tokenHash,
        expiresAt: row.expiresAt,
        invitedByUserId: row.invitedByUserId,
        acceptedAt: null,
      },
    });
}

/** Looked up by its token alone (run `asPlatform`: the link is all the invitee has). */
export async function findInvitationByTokenHash(db: Db, tokenHash: string) {
  const rows = await db
    .select({
      accountId: invitation.accountId,
      userId: invitation.userId,
      expiresAt: invitation.expiresAt,
      acceptedAt: invitation.acceptedAt,
      email: user.email,
      firstName: user.firstName,
      lastName: user.lastName,
      language: user.language,
      officeName: account.commercialName,
      status: membership.status,
    })
    .from(invitation)
    .innerJoin(user, eq(user.id, invitation.userId))
    .innerJoin(account, eq(account.id, invitation.accountId))
    .innerJoin(
      membership,
      and(eq(membership.accountId, invitation.accountId), eq(membership.userId, invitation.userId)),
    )
    .where(eq(invitation.tokenHash, tokenHash));
  return rows[0] ?? null;
}

/** Claims the invitation for acceptance: false when another request accepted it first. */
export async function markInvitationAccepted(db: Db, accountId: string, userId: string): Promise<boolean> {
  const rows = await db
    .update(invitation)
    .set({ acceptedAt: sql`now()` })
    .where(
      and(eq(invitation.accountId, accountId), eq(invitation.userId, userId), isNull(invitation.acceptedAt)),
    )
    .returning({ userId: invitation.userId });
  return rows.length > 0;
}

// ── Sessions and subaccounts ──

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.delete(session).where(eq(session.userId, userId));
}

export async function findSessionGroup(db: Db, sessionId: string): Promise<string | null> {
  const rows = await db.select({ g: session.activeGroupId }).from(session).where(eq(session.id, sessionId));
  return rows[0]?.g ?? null;
}

export async function findSessionIdByToken(db: Db, token: string): Promise<string | null> {
  const rows = await db.select({ id: session.id }).from(session).where(eq(session.token, token));
  return rows[0]?.id ?? null;
}

export async function setSessionGroup(db: Db, sessionId: string, groupId: string): Promise<void> {
  await db.update(session).set({ activeGroupId: groupId }).where(eq(session.id, sessionId));
}

// ── Activity ──

export async function pageActivity(db: Db, accountId: string, page: number, pageSize: number) {
  const actor = sql<
    string | null
  >`(select u.first_name || ' ' || u.last_name from ${user} u where u.id = ${auditEvent.actorUserId})`;
  const [rows, total] = await inOrder([
    () =>
      db
        .select({
          id: auditEvent.id,
          at: auditEvent.createdAt,
          action: auditEvent.action,
          actorUserId: auditEvent.actorUserId,
          actorName: actor,
          subject: auditEvent.subject,
          ipAddress: auditEvent.ipAddress,
          data: auditEvent.data,
        })
        .from(auditEvent)
        .where(eq(auditEvent.accountId, accountId))
        .orderBy(desc(auditEvent.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize),
    () => db.select({ n: count() }).from(auditEvent).where(eq(auditEvent.accountId, accountId)),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}

/** Quotes of the office by their current reference (the audit trail names them so). */
export async function referencesOfQuotes(
  db: Db,
  accountId: string,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: quote.id, reference: quote.reference })
    .from(quote)
    .where(and(eq(quote.accountId, accountId), inArray(quote.id, ids)));
  return new Map(rows.map((r) => [r.id, r.reference]));
}

export async function namesOfUsers(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: user.id, name: sql<string>`${user.firstName} || ' ' || ${user.lastName}` })
    .from(user)
    .where(inArray(user.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}
