import type { Db } from "@courtier/db/client";
import { withTenant } from "@courtier/db/tenancy";
import type { Actor } from "#src/platform/actor.ts";
import { AppError } from "#src/platform/errors.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import {
  addGroupMember,
  countOtherActiveAdmins,
  deleteSessionsOfUser,
  findDefaultGroup,
  findGroup,
  findMember,
  groupIdsOfUser,
  type Role,
  removeGroupMember,
  setMembership,
} from "./office.repository.ts";

type Ctx = { db: Db; actor: Actor };

async function memberOrNotFound(tx: Db, actor: Actor, userId: string) {
  const member = await findMember(tx, actor.accountId, userId);
  if (!member) throw AppError.notFound();
  return member;
}

/** An office always keeps one active admin: refuse what would take away the last. */
async function keepAnAdmin(tx: Db, actor: Actor, userId: string, member: { role: Role; status: string }) {
  if (member.role === "admin" && member.status === "active") {
    if ((await countOtherActiveAdmins(tx, actor.accountId, userId)) === 0)
      throw new AppError("LAST_ADMIN", 409);
  }
}

export function changeRole({ db, actor }: Ctx, userId: string, role: Role) {
  return withTenant(db, actor.accountId, async (tx) => {
    const member = await memberOrNotFound(tx, actor, userId);
    if (member.role === role) return;
    if (role !== "admin") await keepAnAdmin(tx, actor, userId, member);
    await setMembership(tx, actor.accountId, userId, { role });
    await recordAudit(tx, {
      accountId: actor.accountId,
      actorUserId: actor.userId,
      action: "member.role_changed",
      subject: userId,
      ipAddress: actor.ip,
      data: { role },
    });
  });
}

/** Disabling ends the user's sessions at once. */
export function setMemberEnabled({ db, actor }: Ctx, userId: string, enabled: boolean) {
  return withTenant(db, actor.accountId, async (tx) => {
    const member = await memberOrNotFound(tx, actor, userId);
    if (member.status === "invited") throw new AppError("NOT_INVITED", 409);
    const status = enabled ? "active" : "disabled";
    if (member.status === status) return;
    if (!enabled) await keepAnAdmin(tx, actor, userId, member);
    await setMembership(tx, actor.accountId, userId, { status });
    if (!enabled) await deleteSessionsOfUser(tx, userId);
    await recordAudit(tx, {
      accountId: actor.accountId,
      actorUserId: actor.userId,
      action: enabled ? "member.enabled" : "member.disabled",
      subject: userId,
      ipAddress: actor.ip,
    });
  });
}

export function addMemberToGroup({ db, actor }: Ctx, userId: string, groupId: string) {
  return withTenant(db, actor.accountId, async (tx) => {
    await memberOrNotFound(tx, actor, userId);
    if (!(await findGroup(tx, actor.accountId, groupId))) throw AppError.notFound();
    if (!(await addGroupMember(tx, actor.accountId, groupId, userId)))
      throw new AppError("ALREADY_IN_GROUP", 409);
    await recordAudit(tx, {
      accountId: actor.accountId,
      actorUserId: actor.userId,
      action: "group.member_added",
      subject: groupId,
      ipAddress: actor.ip,
      data: { userId },
    });
  });
}

/** A user with no group is in Default: removing the last group puts them back there. */
export function removeMemberFromGroup({ db, actor }: Ctx, userId: string, groupId: string) {
  return withTenant(db, actor.accountId, async (tx) => {
    await memberOrNotFound(tx, actor, userId);
    if (!(await removeGroupMember(tx, actor.accountId, groupId, userId))) throw AppError.notFound();
    if ((await groupIdsOfUser(tx, actor.accountId, userId)).length === 0) {
      const fallback = await findDefaultGroup(tx, actor.accountId);
      await addGroupMember(tx, actor.accountId, fallback.id, userId);
    }
    await recordAudit(tx, {
      accountId: actor.accountId,
      actorUserId: actor.userId,
      action: "group.member_removed",
      subject: groupId,
      ipAddress: actor.ip,
      data: { userId },
    });
  });
}
