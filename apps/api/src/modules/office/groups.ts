import type { Db } from "@courtier/db/client";
import { withTenant } from "@courtier/db/tenancy";
import sharp from "sharp";
import type { Actor } from "#src/platform/actor.ts";
import { AppError, uniqueViolation } from "#src/platform/errors.ts";
import type { FileStore } from "#src/platform/file-store.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import { countGroupIntegrations } from "../integrations/integrations.repository.ts";
import { groupHasQuotes } from "../quotes/quotes.repository.ts";
import {
  addGroupMember,
  deleteGroup,
  findDefaultGroup,
  findGroup,
  type GroupFields,
  groupIdsOfUser,
  insertGroup,
  listGroupMembers,
  setGroupLogoPath,
  updateGroup,
} from "./office.repository.ts";

type Ctx = { db: Db; actor: Actor };

const nameTaken = (error: unknown) => uniqueViolation(error)?.includes("account_group_name_key");

export async function createGroup({ db, actor }: Ctx, fields: GroupFields): Promise<string> {
  try {
    return await withTenant(db, actor.accountId, async (tx) => {
      const groupId = await insertGroup(tx, actor.accountId, fields);
      await recordAudit(tx, {
        accountId: actor.accountId,
        actorUserId: actor.userId,
        action: "group.created",
        subject: groupId,
        ipAddress: actor.ip,
        data: { name: fields.name },
      });
      return groupId;
    });
  } catch (error) {
    if (nameTaken(error)) throw AppError.validation({ name: "GROUP_NAME_TAKEN" });
    throw error;
  }
}

export async function editGroup({ db, actor }: Ctx, groupId: string, fields: GroupFields): Promise<void> {
  try {
    await withTenant(db, actor.accountId, async (tx) => {
      const group = await findGroup(tx, actor.accountId, groupId);
      if (!group) throw AppError.notFound();
      // "Default" is the name the manual gives the fallback group; it keeps it.
      await updateGroup(
        tx,
        actor.accountId,
        groupId,
        group.isDefault ? { ...fields, name: group.name } : fields,
      );
      await recordAudit(tx, {
        accountId: actor.accountId,
        actorUserId: actor.userId,
        action: "group.updated",
        subject: groupId,
        ipAddress: actor.ip,
        data: { name: group.isDefault ? group.name : fields.name },
      });
    });
  } catch (error) {
    if (nameTaken(error)) throw AppError.validation({ name: "GROUP_NAME_TAKEN" });
    throw error;
  }
}

/**
 * Deleting a group: never Default; never one with integrations (or, when quotes arrive, quotes).
 * Members left without a group go to Default.
 */
export async function removeGroup({ db, actor }: Ctx, groupId: string, files: FileStore): Promise<void> {
  const logoPath = await withTenant(db, actor.accountId, async (tx) => {
    const group = await findGroup(tx, actor.accountId, groupId);
    if (!group) throw AppError.notFound();
    if (group.isDefault) throw new AppError("GROUP_IS_DEFAULT", 409);
    if (
      (await countGroupIntegrations(tx, actor.accountId, groupId)) > 0 ||
      (await groupHasQuotes(tx, actor.accountId, groupId))
    )
      throw new AppError("GROUP_IN_USE", 409);
    const members = await listGroupMembers(tx, actor.accountId, groupId);
    await deleteGroup(tx, actor.accountId, groupId);
    const fallback = await findDefaultGroup(tx, actor.accountId);
    for (const m of members) {
      if ((await groupIdsOfUser(tx, actor.accountId, m.userId)).length === 0) {
        await addGroupMember(tx, actor.accountId, fallback.id, m.userId);
      }
    }
    await recordAudit(tx, {
      accountId: actor.accountId,
      actorUserId: actor.userId,
      action: "group.deleted",
      subject: groupId,
      ipAddress: actor.ip,
      data: { name: group.name },
    });
    return group.logoPath;
  });
  if (logoPath) await files.remove(logoPath);
}

const LOGO_MAX_BYTES = 2 * 1024 * 1024;

/** PNG, JPEG or WebP, recognised by the first bytes, whatever the name or declared type. */
export function sniffImage(data: Buffer): "png" | "jpeg" | "webp" | null {
  if (
    data.length >= 8 &&
    data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  ) {
    return "png";
  }
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return "jpeg";
  if (
    data.length >= 12 &&
    data.toString("ascii", 0, 4) === "RIFF" &&
    data.toString("ascii", 8, 12) === "WEBP"
  ) {
    return "webp";
  }
  return null;
}

/** Checked by content, decoded, and stored resized as WebP (at most 256 × 256). */
export async function setGroupLogo({ db, actor }: Ctx, groupId: string, data: Buffer, files: FileStore) {
  if (data.length > LOGO_MAX_BYTES) throw AppError.validation({ logo: "LOGO_TOO_LARGE" });
  if (!sniffImage(data)) throw AppError.validation({ logo: "LOGO_NOT_AN_IMAGE" });
  let resized: Buffer;
  try {
    resized = await sharp(data, { limitInputPixels: 40_000_000 })
      .rotate()
      .resize(256, 256, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 85 })
      .toBuffer();
  } catch {
    // The first bytes said image, the rest did not.
    throw AppError.validation({ logo: "LOGO_NOT_AN_IMAGE" });
  }
  const key = `group-logos/${actor.accountId}/${groupId}-${Date.now()}.webp`;
  const previous = await withTenant(db, actor.accountId, async (tx) => {
    const group = await findGroup(tx, actor.accountId, groupId);
    if (!group) throw AppError.notFound();
    await files.put(key, resized);
    await setGroupLogoPath(tx, actor.accountId, groupId, key);
    await recordAudit(tx, {
      accountId: actor.accountId,
      actorUserId: actor.userId,
      action: "group.logo_changed",
      subject: groupId,
      ipAddress: actor.ip,
    });
    return group.logoPath;
  });
  if (previous) await files.remove(previous);
}

export async function removeGroupLogo({ db, actor }: Ctx, groupId: string, files: FileStore) {
  const previous = await withTenant(db, actor.accountId, async (tx) => {
    const group = await findGroup(tx, actor.accountId, groupId);
    if (!group) throw AppError.notFound();
    await setGroupLogoPath(tx, actor.accountId, groupId, null);
    return group.logoPath;
  });
  if (previous) await files.remove(previous);
}
