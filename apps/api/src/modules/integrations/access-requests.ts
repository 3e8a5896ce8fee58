import type { AccessRequestInput, DecisionInput } from "@courtier/contracts/integrations";
import type { Db } from "@courtier/db/client";
import { asPlatform, withTenant } from "@courtier/db/tenancy";
import type { Actor } from "#src/platform/actor.ts";
import { AppError, uniqueViolation } from "#src/platform/errors.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import type { StaffActor } from "../backoffice/staff.ts";
import { renderMail } from "../mail/mail-templates.ts";
import { enqueueMail } from "../mail/outbox.repository.ts";
import { findGroup } from "../office/office.repository.ts";
import {
  decisionRecipients,
  findInsurerIntegration,
  findProduct,
  groupsAlreadyIntegrated,
  type IntegrationRow,
  insertIntegration,
  setIntegrationStatus,
} from "./integrations.repository.ts";

/**
 * "Nieuw toegangsverzoek": one integration per producer number, linked to the groups that quote
 * with it. Only admins request (they hold the office structure the request is about).
 */
export async function requestAccess(
  db: Db,
  actor: Actor,
  input: Required<AccessRequestInput>,
): Promise<string> {
  if (actor.role !== "admin") throw AppError.forbidden();
  const product = await findProduct(db, input.productId);
  if (!product) throw AppError.validation({ productId: "NOT_FOUND" });
  if (!new RegExp(product.producerNumberPattern).test(input.producerNumber)) {
    throw AppError.validation({ producerNumber: "PRODUCER_NUMBER_FORMAT" });
  }
  const groupIds = [...new Set(input.groupIds)];
  try {
    return await withTenant(db, actor.accountId, async (tx) => {
      for (const groupId of groupIds) {
        if (!(await findGroup(tx, actor.accountId, groupId)))
          throw AppError.validation({ groupIds: "NOT_FOUND" });
      }
      if ((await groupsAlreadyIntegrated(tx, actor.accountId, product.id, groupIds)).length > 0) {
        throw AppError.validation({ groupIds: "GROUP_ALREADY_INTEGRATED" });
      }
      const id = await insertIntegration(tx, {
        accountId: actor.accountId,
        productId: product.id,
        producerNumber: input.producerNumber,
        requestedByUserId: actor.userId,
        groupIds,
      });
      await recordAudit(tx, {
        accountId: actor.accountId,
        actorUserId: actor.userId,
        action: "integration.requested",
        subject: id,
        ipAddress: actor.ip,
        data: { product: product.name, producerNumber: input.producerNumber, groups: groupIds.length },
      });
      return id;
    });
  } catch (error) {
    if (uniqueViolation(error)?.includes("integration_open_producer_key")) {
      throw AppError.validation({ producerNumber: "DUPLICATE_REQUEST" });
    }
    throw error;
  }
}

async function mailDecision(
  tx: Db,
  row: IntegrationRow,
  decision: "accepted" | "refused" | "revoked",
  reason: string | null,
  productsUrl: string,
) {
  const recipients = await decisionRecipients(tx, row.accountId, row.requestedByUserId);
  for (const r of recipients) {
    const mail = renderMail(
      {
        kind: "access-decision",
        firstName: r.firstName,
        decision,
        productName: row.productName,
        insurerName: row.insurerName,
        producerNumber: row.producerNumber,
        groups: row.groups.map((g) => g.name).join(", "),
        reason,
        productsUrl,
      },
      r.language,
    );
    await enqueueMail(tx, { ...mail, to: r.email });
  }
}

type StaffCtx = { db: Db; staff: StaffActor; productsUrl: string };

/**
 * The insurer decides. Staff reach integrations of their own insurer's products only: another
 * insurer's request is as unknown as a made-up id. The platform scope is needed because staff
 * work across offices; the insurer filter is in every query.
 */
export function decideAccess(
  { db, staff, productsUrl }: StaffCtx,
  integrationId: string,
  input: DecisionInput,
) {
  return asPlatform(db, async (tx) => {
    const row = await findInsurerIntegration(tx, staff.insurerId, integrationId);
    if (!row) throw AppError.notFound();
    if (row.status !== "pending") throw new AppError("ALREADY_DECIDED", 409);
    const status = input.decision === "accept" ? "accepted" : "refused";
    const reason = input.decision === "refuse" ? input.reason : null;
    const changed = await setIntegrationStatus(tx, row.accountId, row.id, "pending", {
      status,
      decidedByUserId: staff.userId,
      reason,
    });
    // Two staff deciding at once: the second finds it decided.
    if (!changed) throw new AppError("ALREADY_DECIDED", 409);
    await mailDecision(tx, row, status, reason, productsUrl);
    await recordAudit(tx, {
      accountId: row.accountId,
      actorUserId: staff.userId,
      action: `integration.${status}`,
      subject: row.id,
      ipAddress: staff.ip,
      data: { product: row.productName, producerNumber: row.producerNumber, ...(reason ? { reason } : {}) },
    });
  });
}

export function revokeAccess({ db, staff, productsUrl }: StaffCtx, integrationId: string, reason: string) {
  return asPlatform(db, async (tx) => {
    const row = await findInsurerIntegration(tx, staff.insurerId, integrationId);
    if (!row) throw AppError.notFound();
    if (row.status !== "accepted") throw new AppError("NOT_ACCEPTED", 409);
    const changed = await setIntegrationStatus(tx, row.accountId, row.id, "accepted", {
      status: "revoked",
      decidedByUserId: staff.userId,
      reason,
    });
    if (!changed) throw new AppError("NOT_ACCEPTED", 409);
    await mailDecision(tx, row, "revoked", reason, productsUrl);
    await recordAudit(tx, {
      accountId: row.accountId,
      actorUserId: staff.userId,
      action: "integration.revoked",
      subject: row.id,
      ipAddress: staff.ip,
      data: { product: row.productName, producerNumber: row.producerNumber, reason },
    });
  });
}
