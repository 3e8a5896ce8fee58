import {
  addDays,
  belgianToday,
  checkDraft,
  type QuoteAction,
  type QuoteDraft,
  type QuoteStatus,
  quoteDraftSchema,
} from "@courtier/contracts/quotes";
import type { QuoteDetail, QuotePricing } from "@courtier/contracts/responses";
import type { Db } from "@courtier/db/client";
import { inOrder, withTenant } from "@courtier/db/tenancy";
import type { CompiledTariff } from "@courtier/rating";
import type { Actor } from "#src/platform/actor.ts";
import { AppError } from "#src/platform/errors.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import { findUserById } from "../auth/user.repository.ts";
import { acceptedProductsOfGroup } from "../integrations/integrations.repository.ts";
import { resolveSubaccount, type Viewer } from "../office/visibility.ts";
import { priceDraft, tariffById, tariffInForce, withoutCommission } from "./pricing.ts";
import {
  deleteUnsubmittedQuote,
  findProductWithInsurer,
  findVisibleQuote,
  insertQuote,
  nextQuoteSequence,
  producerNumberOf,
  type QuoteRow,
  quoteContext,
  updateQuote,
} from "./quotes.repository.ts";
import { searchDocument } from "./search-text.ts";

/** How long an offer stays valid once issued. */
export const OFFER_VALIDITY_DAYS = 30;

/** Statuses in which the broker may still change the draft (an offer goes back to "Actief"). */
const EDITABLE: readonly QuoteStatus[] = ["active", "offer"];

/** The only legal moves of the broker; the insurer's are in insurer-quotes.ts. */
const TRANSITIONS: Record<QuoteAction, { from: readonly QuoteStatus[]; to: QuoteStatus }> = {
  issueOffer: { from: ["active"], to: "offer" },
  submit: { from: ["offer"], to: "submitted" },
  archive: { from: ["active", "offer", "expired", "accepted", "refused"], to: "archived" },
};

/** `PV_TPE-KMO_Proxi_0257`: insurer prefix, product code, the client's first word, the number. */
export function quoteReference(
  prefix: string,
  productCode: string,
  companyName: string,
  sequence: number,
): string {
  const word = (companyName
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .match(/[A-Za-z0-9]+/) ?? [""])[0]!;
  const short = word.slice(0, 15);
  const number = String(sequence).padStart(4, "0");
  return [prefix, productCode, short, number].filter(Boolean).join("_");
}

type ProductInfo = NonNullable<Awaited<ReturnType<typeof findProductWithInsurer>>>;

function searchTextOf(
  draft: QuoteDraft,
  reference: string,
  intermediary: string,
  tariff: CompiledTariff | null,
): string {
  const a = draft.activity;
  const activity = a.activityCode ? tariff?.activitiesByCode.get(a.activityCode) : undefined;
  return searchDocument([
    reference,
    a.companyName,
    a.enterpriseNumber,
    a.enterpriseNumber?.replace(/\D/g, ""),
    a.street,
    a.houseNumber,
    a.postcode,
    a.city,
    a.activityCode,
    activity?.name.nl,
    activity?.name.fr,
    activity?.name.en,
    intermediary,
  ]);
}

/** The columns derived from a draft: what the list shows and search finds. */
function derivedColumns(
  draft: QuoteDraft,
  product: ProductInfo,
  sequence: number,
  intermediary: string,
  tariff: CompiledTariff | null,
) {
  const companyName = draft.activity.companyName?.trim() ?? "";
  const reference = quoteReference(product.referencePrefix, product.code, companyName, sequence);
  return {
    reference,
    companyName,
    city: draft.activity.city?.trim() ?? "",
    clientLanguage: draft.summary.clientLanguage ?? null,
    searchText: searchTextOf(draft, reference, intermediary, tariff),
  };
}

/** The group the caller works in now (the subaccount), checked against what they may see. */
export async function currentGroup(db: Db, viewer: Viewer, chosenGroupId: string | null) {
  return (await resolveSubaccount(db, viewer, chosenGroupId)).current;
}

/** "Nieuw": a tarification in the current subaccount's group, for a product that group may quote. */
export async function createQuote(db: Db, actor: Actor, chosenGroupId: string | null, productId: string) {
  return withTenant(db, actor.accountId, async (tx) => {
    const group = await currentGroup(tx, actor, chosenGroupId);
    const access = await acceptedProductsOfGroup(tx, actor.accountId, group.id);
    if (!access.some((p) => p.productId === productId)) throw new AppError("NO_PRODUCT_ACCESS", 403);
    const product = (await findProductWithInsurer(tx, productId))!;
    const today = belgianToday();
    const tariff = tariffInForce(product.insurerName, product.code, today);
    if (!tariff) throw new AppError("NO_PRODUCT_ACCESS", 403);
    const sequence = await nextQuoteSequence(tx, product.id);
    const draft = quoteDraftSchema.parse({
      activity: { startDate: today },
      summary: { clientLanguage: actor.language },
    });
    const intermediary = await intermediaryName(tx, actor.userId);
    const id = await insertQuote(tx, {
      accountId: actor.accountId,
      groupId: group.id,
      productId: product.id,
      createdByUserId: actor.userId,
      sequence,
      tariffVersion: tariff.id,
      draft,
      ...derivedColumns(draft, product, sequence, intermediary, tariff),
    });
    await recordAudit(tx, {
      accountId: actor.accountId,
      actorUserId: actor.userId,
      action: "quote.created",
      subject: id,
      ipAddress: actor.ip,
      data: { product: product.name, group: group.name },
    });
    return id;
  });
}

async function intermediaryName(db: Db, userId: string): Promise<string> {
  return (await findUserById(db, userId))?.name ?? "";
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]!.toUpperCase())
    .join("");

function actionsFor(status: QuoteStatus): QuoteDetail["actions"] {
  const actions: QuoteDetail["actions"] = [];
  if (EDITABLE.includes(status)) actions.push("edit");
  for (const [action, rule] of Object.entries(TRANSITIONS) as [
    QuoteAction,
    (typeof TRANSITIONS)[QuoteAction],
  ][]) {
    if (rule.from.includes(status)) actions.push(action);
  }
  if (["offer", "submitted", "accepted", "refused"].includes(status)) actions.push("pdf");
  actions.push("copy");
  return actions;
}

/** The price a quote shows: frozen once offered, live while it is a draft. */
export function pricingOf(row: QuoteRow, today = belgianToday()): QuotePricing {
  if (row.pricing) return row.pricing as unknown as QuotePricing;
  const tariff = tariffById(row.tariffVersion);
  if (!tariff) return { missingSteps: [], incompleteCoverages: [], result: null };
  return priceDraft(quoteDraftSchema.parse(row.draft), tariff, today);
}

/** A quote as the broker's screens and the PDF need it. */
export async function presentQuote(db: Db, row: QuoteRow, forStaff = false): Promise<QuoteDetail> {
  const [ctx, product] = await inOrder([
    () => quoteContext(db, row),
    () => findProductWithInsurer(db, row.productId),
  ]);
  const pricing = pricingOf(row);
  const draft = quoteDraftSchema.parse(row.draft);
  const activityCode = draft.activity.activityCode;
  const activity = activityCode
    ? tariffById(row.tariffVersion)?.activitiesByCode.get(activityCode)
    : undefined;
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    tariffVersion: row.tariffVersion,
    validUntil: row.validUntil,
    offeredAt: row.offeredAt?.toISOString() ?? null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    product: {
      id: product!.id,
      name: product!.name,
      versionLabel: product!.versionLabel,
      insurerName: product!.insurerName,
      producerNumber: await producerNumberOf(db, row.accountId, row.groupId, row.productId),
    },
    group: { id: row.groupId, name: ctx.groupName },
    intermediary: {
      id: row.createdByUserId,
      name: ctx.intermediaryName,
      initials: initials(ctx.intermediaryName),
    },
    office: { commercialName: ctx.officeName, enterpriseNumber: ctx.officeEnterpriseNumber },
    draft,
    activityName: activity ? { ...activity.name } : null,
    pricing: forStaff ? withoutCommission(pricing) : pricing,
    decision:
      row.decidedAt && (row.status === "accepted" || row.status === "refused")
        ? {
            decision: row.status === "accepted" ? "accept" : "refuse",
            message: row.decisionMessage ?? "",
            decidedAt: row.decidedAt.toISOString(),
            decidedBy: ctx.deciderName ?? "",
          }
        : null,
    actions: forStaff ? [] : actionsFor(row.status),
  };
}

export function getQuote(db: Db, viewer: Viewer, quoteId: string) {
  return withTenant(db, viewer.accountId, async (tx) => {
    const row = await findVisibleQuote(tx, viewer, quoteId);
    if (!row) throw AppError.notFound();
    return presentQuote(tx, row);
  });
}

/** Why an update matched no row: gone, changed by someone else, or no longer editable. */
async function explainMiss(
  db: Db,
  viewer: Viewer,
  quoteId: string,
  version: number,
  allowed: readonly QuoteStatus[],
) {
  const current = await findVisibleQuote(db, viewer, quoteId);
  if (!current) return AppError.notFound();
  if (current.version !== version) return new AppError("QUOTE_STALE", 412);
  if (!allowed.includes(current.status))
    return new AppError(EDITABLE === allowed ? "QUOTE_READ_ONLY" : "ILLEGAL_TRANSITION", 409);
  return new AppError("QUOTE_STALE", 412);
}

/** Autosave. Saving an offer puts it back to "Actief": the offer no longer matches the input. */
export function saveDraft(db: Db, actor: Actor, quoteId: string, version: number, draft: QuoteDraft) {
  return withTenant(db, actor.accountId, async (tx) => {
    const row = await findVisibleQuote(tx, actor, quoteId);
    if (!row) throw AppError.notFound();
    if (row.version !== version) throw new AppError("QUOTE_STALE", 412);
    if (!EDITABLE.includes(row.status)) throw new AppError("QUOTE_READ_ONLY", 409);
    const product = (await findProductWithInsurer(tx, row.productId))!;
    const ctx = await quoteContext(tx, row);
    const saved = await updateQuote(
      tx,
      { accountId: row.accountId, id: row.id, version, fromStatuses: EDITABLE },
      {
        draft,
        status: "active",
        pricing: null,
        validUntil: null,
        offeredAt: null,
        ...derivedColumns(draft, product, row.sequence, ctx.intermediaryName, tariffById(row.tariffVersion)),
      },
    );
    if (!saved) throw await explainMiss(tx, actor, quoteId, version, EDITABLE);
    return saved;
  });
}

/** The tariff version of a quote the viewer may see (404 otherwise): what the live premium needs. */
export function visibleTariffVersion(db: Db, viewer: Viewer, quoteId: string): Promise<string> {
  return withTenant(db, viewer.accountId, async (tx) => {
    const row = await findVisibleQuote(tx, viewer, quoteId);
    if (!row) throw AppError.notFound();
    return row.tariffVersion;
  });
}

/** The live premium of a draft with a tariff version; nothing is saved. */
export function priceWithTariff(tariffVersion: string, draft: QuoteDraft): QuotePricing {
  const tariff = tariffById(tariffVersion);
  if (!tariff) return { missingSteps: [], incompleteCoverages: [], result: null };
  return priceDraft(draft, tariff, belgianToday());
}

/** Turns the draft's step issues into field errors, or refuses a quote the engine cannot offer. */
function offerablePricing(row: QuoteRow, today: string): QuotePricing {
  const draft = quoteDraftSchema.parse(row.draft);
  const issues = checkDraft(draft, today);
  const tariff = tariffById(row.tariffVersion);
  if (tariff && draft.activity.activityCode && !tariff.activitiesByCode.has(draft.activity.activityCode)) {
    issues.push({ path: "activity.activityCode", code: "UNKNOWN_ACTIVITY", step: "activity" });
  }
  if (issues.length > 0) {
    throw new AppError(
      "QUOTE_INCOMPLETE",
      400,
      Object.fromEntries(issues.map((issue) => [issue.path, issue.code])) as never,
    );
  }
  const pricing = priceDraft(draft, tariff!, today);
  if (!pricing.result || pricing.incompleteCoverages.length > 0) throw new AppError("QUOTE_INCOMPLETE", 400);
  if (pricing.result.status === "declined") throw new AppError("QUOTE_DECLINED", 409);
  return pricing;
}

export async function transitionQuote(
  db: Db,
  actor: Actor,
  quoteId: string,
  version: number,
  action: QuoteAction,
) {
  const rule = TRANSITIONS[action];
  const outcome = await withTenant(db, actor.accountId, async (tx) => {
    const row = await findVisibleQuote(tx, actor, quoteId);
    if (!row) throw AppError.notFound();
    if (row.version !== version) throw new AppError("QUOTE_STALE", 412);
    if (!rule.from.includes(row.status)) throw new AppError("ILLEGAL_TRANSITION", 409);
    const today = belgianToday();
    let values: Parameters<typeof updateQuote>[2] = { status: rule.to };
    if (action === "issueOffer") {
      const pricing = offerablePricing(row, today);
      values = {
        ...values,
        pricing: pricing as never,
        validUntil: addDays(today, OFFER_VALIDITY_DAYS),
        offeredAt: new Date(),
      };
    }
    if (action === "submit") {
      if (row.validUntil && row.validUntil < today) {
        // The sweep has not passed yet: the offer expires now, and stays expired after the refusal.
        const expired = await updateQuote(
          tx,
          { accountId: row.accountId, id: row.id, version, fromStatuses: ["offer"] },
          { status: "expired" },
        );
        // The sweep may have been first: then it wrote the event.
        if (expired)
          await recordAudit(tx, {
            accountId: actor.accountId,
            actorUserId: actor.userId,
            action: "quote.expired",
            subject: row.id,
            ipAddress: actor.ip,
            data: { validUntil: row.validUntil },
          });
        return "expired" as const;
      }
      values = { ...values, submittedAt: new Date() };
    }
    const saved = await updateQuote(
      tx,
      { accountId: row.accountId, id: row.id, version, fromStatuses: rule.from },
      values,
    );
    if (!saved) throw await explainMiss(tx, actor, quoteId, version, rule.from);
    await recordAudit(tx, {
      accountId: actor.accountId,
      actorUserId: actor.userId,
      action: `quote.${action === "issueOffer" ? "offer_issued" : action === "submit" ? "submitted" : "archived"}`,
      subject: row.id,
      ipAddress: actor.ip,
      data: { reference: saved.reference },
    });
    return presentQuote(tx, saved);
  });
  if (outcome === "expired") throw new AppError("ILLEGAL_TRANSITION", 409);
  return outcome;
}

/**
 * Erases a quote for good, at a client's request (admins only; never submitted to the insurer).
 * The audit event names no client: the quote's reference carries the client's name.
 */
export function eraseQuote(db: Db, actor: Actor, quoteId: string) {
  return withTenant(db, actor.accountId, async (tx) => {
    const row = await findVisibleQuote(tx, actor, quoteId);
    if (!row) throw AppError.notFound();
    // Once submitted, the insurer holds it too (and may have made a policy of it): erasing is theirs.
    // The delete itself checks that, so a submission committed meanwhile wins.
    if (!(await deleteUnsubmittedQuote(tx, { accountId: row.accountId, id: row.id }))) {
      const still = await findVisibleQuote(tx, actor, quoteId);
      throw still ? new AppError("QUOTE_AT_INSURER", 409) : AppError.notFound();
    }
    await recordAudit(tx, {
      accountId: actor.accountId,
      actorUserId: actor.userId,
      action: "quote.erased",
      subject: row.id,
      ipAddress: actor.ip,
      data: { status: row.status },
    });
  });
}

/** "Kopiëren": the same input in a new quote of the same group, priced with today's tariff. */
export function copyQuote(db: Db, actor: Actor, quoteId: string) {
  return withTenant(db, actor.accountId, async (tx) => {
    const row = await findVisibleQuote(tx, actor, quoteId);
    if (!row) throw AppError.notFound();
    const access = await acceptedProductsOfGroup(tx, row.accountId, row.groupId);
    if (!access.some((p) => p.productId === row.productId)) throw new AppError("NO_PRODUCT_ACCESS", 403);
    const product = (await findProductWithInsurer(tx, row.productId))!;
    const today = belgianToday();
    const tariff = tariffInForce(product.insurerName, product.code, today);
    if (!tariff) throw new AppError("NO_PRODUCT_ACCESS", 403);
    const sequence = await nextQuoteSequence(tx, product.id);
    const draft = quoteDraftSchema.parse(row.draft);
    const intermediary = await intermediaryName(tx, actor.userId);
    const id = await insertQuote(tx, {
      accountId: row.accountId,
      groupId: row.groupId,
      productId: row.productId,
      createdByUserId: actor.userId,
      sequence,
      tariffVersion: tariff.id,
      draft,
      ...derivedColumns(draft, product, sequence, intermediary, tariff),
    });
    await recordAudit(tx, {
      accountId: actor.accountId,
      actorUserId: actor.userId,
      action: "quote.copied",
      subject: id,
      ipAddress: actor.ip,
      data: { from: row.reference },
    });
    return id;
  });
}
