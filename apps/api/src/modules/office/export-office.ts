import type { Db } from "@courtier/db/client";
import { auditEvent } from "@courtier/db/schema";
import { inOrder, withTenant } from "@courtier/db/tenancy";
import { asc, eq } from "drizzle-orm";
import type { Actor } from "#src/platform/actor.ts";
import { AppError } from "#src/platform/errors.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import { listOfficeConversations } from "../chat/chat.repository.ts";
import { listOfficeIntegrations } from "../integrations/integrations.repository.ts";
import { listOfficeQuotes } from "../quotes/quotes.repository.ts";
import { presentGroup, presentMember } from "./member.presenter.ts";
import { findOffice, listGroups, pageMembers } from "./office.repository.ts";

/**
 * Everything the platform holds about one office, as JSON (GDPR access and portability): the
 * office, its users, groups, integrations, tarifications, chat conversations and audit trail.
 * Never passwords, tokens or sessions.
 */
export async function exportOffice(db: Db, actor: Actor) {
  if (actor.role !== "admin") throw AppError.forbidden();
  return withTenant(db, actor.accountId, async (tx) => {
    const office = await findOffice(tx, actor.accountId);
    if (!office) throw AppError.notFound();
    const [members, groups, integrations, quotes, conversations, audit] = await inOrder([
      () => pageMembers(tx, actor.accountId, "", 1, 100_000),
      () => listGroups(tx, actor.accountId),
      () => listOfficeIntegrations(tx, actor.accountId),
      () => listOfficeQuotes(tx, actor.accountId),
      () => listOfficeConversations(tx, actor.accountId),
      () =>
        tx
          .select({
            at: auditEvent.createdAt,
            action: auditEvent.action,
            actorUserId: auditEvent.actorUserId,
            subject: auditEvent.subject,
            ipAddress: auditEvent.ipAddress,
            data: auditEvent.data,
          })
          .from(auditEvent)
          .where(eq(auditEvent.accountId, actor.accountId))
          .orderBy(asc(auditEvent.id)),
    ]);
    await recordAudit(tx, {
      accountId: actor.accountId,
      actorUserId: actor.userId,
      action: "office.exported",
      subject: actor.accountId,
      ipAddress: actor.ip,
    });
    return {
      exportedAt: new Date().toISOString(),
      office: {
        id: office.id,
        commercialName: office.commercialName,
        enterpriseNumber: office.enterpriseNumber,
        street: office.street,
        number: office.number,
        postcode: office.postcode,
        city: office.city,
        website: office.website,
        phone: office.phone,
        createdAt: office.createdAt.toISOString(),
      },
      users: members.rows.map(presentMember),
      groups: groups.map(presentGroup).map(({ logoUrl: _logo, ...g }) => g),
      integrations: integrations.map((i) => ({
        id: i.id,
        product: i.productName,
        insurer: i.insurerName,
        producerNumber: i.producerNumber,
        status: i.status,
        groups: i.groups,
        requestedAt: i.requestedAt.toISOString(),
        requestedBy: i.requestedBy,
        decidedAt: i.decidedAt?.toISOString() ?? null,
        reason: i.reason,
      })),
      quotes: quotes.map((q) => ({
        id: q.id,
        reference: q.reference,
        status: q.status,
        groupId: q.groupId,
        createdByUserId: q.createdByUserId,
        tariffVersion: q.tariffVersion,
        input: q.draft,
        offer: q.pricing,
        validUntil: q.validUntil,
        offeredAt: q.offeredAt?.toISOString() ?? null,
        submittedAt: q.submittedAt?.toISOString() ?? null,
        decidedAt: q.decidedAt?.toISOString() ?? null,
        decisionMessage: q.decisionMessage,
        createdAt: q.createdAt.toISOString(),
        updatedAt: q.updatedAt.toISOString(),
      })),
      conversations: conversations.map((c) => ({
        id: c.id,
        userId: c.userId,
        status: c.status,
        language: c.language,
        createdAt: c.createdAt.toISOString(),
        messages: c.messages.map((m) => ({
          author: m.author,
          authorUserId: m.authorUserId,
          body: m.body,
          at: m.createdAt.toISOString(),
        })),
      })),
      audit: audit.map((a) => ({ ...a, at: a.at.toISOString() })),
    };
  });
}
