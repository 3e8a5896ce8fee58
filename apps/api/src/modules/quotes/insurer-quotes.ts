import type { InsurerDecisionInput } from "@courtier/contracts/quotes";
import type { BackofficeQuotePage, QuotePricing } from "@courtier/contracts/responses";
import type { Db } from "@courtier/db/client";
import { asPlatform } from "@courtier/db/tenancy";
import { AppError } from "#src/platform/errors.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import type { StaffActor } from "../backoffice/staff.ts";
import { renderMail } from "../mail/mail-templates.ts";
import { enqueueMail } from "../mail/outbox.repository.ts";
import { findInsurerQuote, pageInsurerQuotes, quoteContext, updateQuote } from "./quotes.repository.ts";
import { presentQuote } from "./quotes.ts";

/**
 * The insurer's side of a submission. Staff work across offices (platform scope), and every query
 * filters on their own insurer's products: another insurer's quote is as unknown as a made-up id.
 */

export function pageSubmittedQuotes(
  db: Db,
  staff: StaffActor,
  query: { status: "submitted" | "decided"; page: number; pageSize: number },
): Promise<BackofficeQuotePage> {
  return asPlatform(db, async (tx) => {
    const { rows, total } = await pageInsurerQuotes(tx, {
      insurerId: staff.insurerId,
      decided: query.status === "decided",
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return {
      quotes: rows.map((r) => {
        const result = (r.pricing as QuotePricing | null)?.result ?? null;
        return {
          id: r.id,
          reference: r.reference,
          status: r.status,
          submittedAt: r.submittedAt?.toISOString() ?? null,
          office: { commercialName: r.officeName },
          intermediary: r.intermediary,
          companyName: r.companyName,
          totalAnnualCents: result?.totalAnnualCents ?? null,
          referral: result?.status === "referral",
          decidedAt: r.decidedAt?.toISOString() ?? null,
        };
      }),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

export function getSubmittedQuote(db: Db, staff: StaffActor, quoteId: string) {
  return asPlatform(db, async (tx) => {
    const row = await findInsurerQuote(tx, staff.insurerId, quoteId);
    if (!row) throw AppError.notFound();
    return presentQuote(tx, row, true);
  });
}

/** Accept or refuse a submitted quote; the intermediary who made it is mailed in their language. */
export function decideQuote(
  db: Db,
  staff: StaffActor,
  quoteId: string,
  input: InsurerDecisionInput,
  quoteUrl: (id: string) => string,
) {
  return asPlatform(db, async (tx) => {
    const row = await findInsurerQuote(tx, staff.insurerId, quoteId);
    if (!row) throw AppError.notFound();
    if (row.status !== "submitted") throw new AppError("ALREADY_DECIDED", 409);
    const status = input.decision === "accept" ? "accepted" : "refused";
    const message = input.message?.trim() ?? "";
    const saved = await updateQuote(
      tx,
      { accountId: row.accountId, id: row.id, version: row.version, fromStatuses: ["submitted"] },
      { status, decidedAt: new Date(), decidedByUserId: staff.userId, decisionMessage: message },
    );
    // Two staff deciding at once: the second finds it decided.
    if (!saved) throw new AppError("ALREADY_DECIDED", 409);
    const ctx = await quoteContext(tx, row);
    const detail = await presentQuote(tx, saved, true);
    const mail = renderMail(
      {
        kind: "quote-decision",
        firstName: ctx.intermediaryFirstName,
        decision: status,
        reference: saved.reference,
        companyName: saved.companyName,
        insurerName: detail.product.insurerName,
        message,
        quoteUrl: quoteUrl(saved.id),
      },
      ctx.intermediaryLanguage,
    );
    await enqueueMail(tx, { ...mail, to: ctx.intermediaryEmail });
    await recordAudit(tx, {
      accountId: row.accountId,
      actorUserId: staff.userId,
      action: `quote.${status}`,
      subject: row.id,
      ipAddress: staff.ip,
      data: { reference: saved.reference, ...(message ? { message } : {}) },
    });
    return detail;
  });
}
