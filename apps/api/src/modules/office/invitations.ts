import { createHash, randomBytes } from "node:crypto";
import type { Language } from "@courtier/contracts/errors";
import type { InviteUserInput } from "@courtier/contracts/office";
import type { Db } from "@courtier/db/client";
import { asPlatform, inOrder, withTenant } from "@courtier/db/tenancy";
import type { Actor } from "#src/platform/actor.ts";
import { AppError, uniqueViolation } from "#src/platform/errors.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import { hashPassword, isCommonPassword } from "../auth/password.ts";
import {
  deleteUser,
  emailInUse,
  findUserById,
  insertUser,
  markEmailVerified,
  setPassword,
} from "../auth/user.repository.ts";
import { renderMail } from "../mail/mail-templates.ts";
import { enqueueMail } from "../mail/outbox.repository.ts";
import {
  addGroupMember,
  deleteMembership,
  findDefaultGroup,
  findGroup,
  findInvitationByTokenHash,
  findMember,
  findOffice,
  insertMembership,
  markInvitationAccepted,
  setMembership,
  touchInvitedAt,
  upsertInvitation,
} from "./office.repository.ts";

export const INVITATION_DAYS = 7;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

type InviteContext = { db: Db; actor: Actor; publicUrl: string };

/** Makes a fresh token (the previous link stops working) and queues the mail, in the invitee's language. */
async function issueInvitation(
  tx: Db,
  { actor, publicUrl }: Omit<InviteContext, "db">,
  invitee: { userId: string; email: string; firstName: string; language: Language },
): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  await upsertInvitation(tx, {
    accountId: actor.accountId,
    userId: invitee.userId,
    tokenHash: hashToken(token),
    expiresAt,
    invitedByUserId: actor.userId,
  });
  const [office, inviter] = await inOrder([
    () => findOffice(tx, actor.accountId),
    () => findUserById(tx, actor.userId),
  ]);
  const mail = renderMail(
    {
      kind: "invitation",
      firstName: invitee.firstName,
      officeName: office!.commercialName,
      inviterName: inviter ? `${inviter.firstName} ${inviter.lastName}` : office!.commercialName,
      acceptUrl: `${publicUrl}/invitation?token=${token}`,
    },
    invitee.language,
  );
  await enqueueMail(tx, { ...mail, to: invitee.email });
}

export async function inviteUser(
  ctx: InviteContext,
  input: Required<Omit<InviteUserInput, "isAdmin" | "groupIds">> & {
    isAdmin: boolean;
    groupIds: string[];
  },
): Promise<string> {
  const { db, actor } = ctx;
  if (await emailInUse(db, input.email)) throw AppError.validation({ email: "EMAIL_TAKEN" });
  const userId = crypto.randomUUID();
  try {
    await withTenant(db, actor.accountId, async (tx) => {
      const groupIds = [...new Set(input.groupIds)];
      for (const groupId of groupIds) {
        if (!(await findGroup(tx, actor.accountId, groupId)))
          throw AppError.validation({ groupIds: "NOT_FOUND" });
      }
      if (groupIds.length === 0) groupIds.push((await findDefaultGroup(tx, actor.accountId)).id);
      await insertUser(tx, {
        id: userId,
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        language: input.language,
      });
      await insertMembership(tx, actor.accountId, userId, input.isAdmin ? "admin" : "intermediary");
      for (const groupId of groupIds) await addGroupMember(tx, actor.accountId, groupId, userId);
      await issueInvitation(tx, ctx, {
        userId,
        email: input.email,
        firstName: input.firstName,
        language: input.language,
      });
      await recordAudit(tx, {
        accountId: actor.accountId,
        actorUserId: actor.userId,
        action: "member.invited",
        subject: userId,
        ipAddress: actor.ip,
        data: { role: input.isAdmin ? "admin" : "intermediary", groups: groupIds.length },
      });
    });
  } catch (error) {
    if (uniqueViolation(error)?.includes("user_email_key"))
      throw AppError.validation({ email: "EMAIL_TAKEN" });
    throw error;
  }
  return userId;
}

async function pendingInvitee(tx: Db, actor: Actor, userId: string) {
  const member = await findMember(tx, actor.accountId, userId);
  if (!member) throw AppError.notFound();
  if (member.status !== "invited") throw new AppError("NOT_INVITED", 409);
  return member;
}

export async function resendInvitation(ctx: InviteContext, userId: string): Promise<void> {
  const { db, actor } = ctx;
  await withTenant(db, actor.accountId, async (tx) => {
    const member = await pendingInvitee(tx, actor, userId);
    const u = await findUserById(tx, userId);
    await issueInvitation(tx, ctx, {
      userId,
      email: member.email,
      firstName: member.firstName,
      language: u!.language,
    });
    await touchInvitedAt(tx, actor.accountId, userId);
    await recordAudit(tx, {
      accountId: actor.accountId,
      actorUserId: actor.userId,
      action: "invitation.resent",
      subject: userId,
      ipAddress: actor.ip,
    });
  });
}

/** The invitee never signed in: the user, their groups and the invitation go. */
export async function cancelInvitation(
  { db, actor }: Omit<InviteContext, "publicUrl">,
  userId: string,
): Promise<void> {
  await withTenant(db, actor.accountId, async (tx) => {
    const member = await pendingInvitee(tx, actor, userId);
    await deleteMembership(tx, actor.accountId, userId);
    await deleteUser(tx, userId);
    await recordAudit(tx, {
      accountId: actor.accountId,
      actorUserId: actor.userId,
      action: "invitation.cancelled",
      subject: userId,
      ipAddress: actor.ip,
      data: { name: `${member.firstName} ${member.lastName}` },
    });
  });
}

async function usableInvitation(tx: Db, token: string) {
  const found = await findInvitationByTokenHash(tx, hashToken(token));
  if (!found || found.acceptedAt || found.status !== "invited" || found.expiresAt.getTime() <= Date.now()) {
    throw new AppError("INVITATION_INVALID", 400);
  }
  return found;
}

/** What the invitation page shows before the password is chosen. The token is all the invitee has. */
export function describeInvitation(db: Db, token: string) {
  return asPlatform(db, async (tx) => {
    const found = await usableInvitation(tx, token);
    return {
      email: found.email,
      firstName: found.firstName,
      lastName: found.lastName,
      officeName: found.officeName,
      expiresAt: found.expiresAt.toISOString(),
      language: found.language,
    };
  });
}

/** Sets the password, activates the membership, and proves the address (the link came by mail). */
export async function acceptInvitation(db: Db, input: { token: string; password: string }, ip: string) {
  if (isCommonPassword(input.password)) throw AppError.validation({ password: "PASSWORD_TOO_COMMON" });
  const passwordHash = await hashPassword(input.password);
  return asPlatform(db, async (tx) => {
    const found = await usableInvitation(tx, input.token);
    // Claimed first, so that two simultaneous acceptances cannot both set a password.
    if (!(await markInvitationAccepted(tx, found.accountId, found.userId))) {
      throw new AppError("INVITATION_INVALID", 400);
    }
    await setPassword(tx, found.userId, passwordHash);
    await markEmailVerified(tx, found.userId);
    await setMembership(tx, found.accountId, found.userId, { status: "active" });
    await recordAudit(tx, {
      accountId: found.accountId,
      actorUserId: found.userId,
      action: "invitation.accepted",
      subject: found.userId,
      ipAddress: ip,
    });
    return { userId: found.userId, email: found.email };
  });
}
