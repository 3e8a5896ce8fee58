import type { Db } from "@courtier/db/client";
import { accountGroup, accountGroupMember } from "@courtier/db/schema";
import { and, asc, type Column, eq, exists, type SQL, sql } from "drizzle-orm";
import type { Role } from "./office.repository.ts";

/**
 * The rule of the manual's "Groep": a colleague sees the quotes of the groups they belong to, an
 * admin those of every group of the office, and no one anything of another office. Quotes (and
 * anything else kept per group) filter with `visibleTo`; the subaccount menu lists `visibleGroups`.
 */
export type Viewer = { accountId: string; userId: string; role: Role };

/** SQL condition on a row with `account_id` and `group_id` columns: may this viewer see it? */
export function visibleTo(viewer: Viewer, columns: { accountId: Column | SQL; groupId: Column | SQL }): SQL {
  const sameOffice = sql`${columns.accountId} = ${viewer.accountId}`;
  if (viewer.role === "admin") return sameOffice;
  return and(
    sameOffice,
    exists(
      sql`(select 1 from ${accountGroupMember} vm where vm.account_id = ${viewer.accountId}
        and vm.user_id = ${viewer.userId} and vm.group_id = ${columns.groupId})`,
    ),
  ) as SQL;
}

/** The groups a viewer may work in, Default first. */
export function visibleGroups(db: Db, viewer: Viewer) {
  return db
    .select({ id: accountGroup.id, name: accountGroup.name, isDefault: accountGroup.isDefault })
    .from(accountGroup)
    .where(visibleTo(viewer, { accountId: accountGroup.accountId, groupId: accountGroup.id }))
    .orderBy(sql`${accountGroup.isDefault} desc`, asc(sql`lower(${accountGroup.name})`));
}

/**
 * The subaccount: the group the session chose if the viewer may still see it, else their first
 * group. A user always has one: removing the last group puts them back in Default.
 */
export async function resolveSubaccount(db: Db, viewer: Viewer, chosenGroupId: string | null) {
  const groups = await visibleGroups(db, viewer);
  const current = groups.find((g) => g.id === chosenGroupId) ?? groups[0];
  if (!current) {
    const [fallback] = await db
      .select({ id: accountGroup.id, name: accountGroup.name, isDefault: accountGroup.isDefault })
      .from(accountGroup)
      .where(and(eq(accountGroup.accountId, viewer.accountId), eq(accountGroup.isDefault, true)));
    return { current: fallback!, groups: [fallback!] };
  }
  return { current, groups };
}
