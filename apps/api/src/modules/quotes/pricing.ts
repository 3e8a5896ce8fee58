import {
  checkStep,
  QUOTE_COVERAGES,
  type QuoteCoverage,
  type QuoteDraft,
  type StepId,
  wizardSections,
} from "@courtier/contracts/quotes";
import type { QuotePricing } from "@courtier/contracts/responses";
import {
  type CompiledTariff,
  findTariffInForce,
  getShippedTariff,
  priceQuote,
  RatingError,
  type RatingResult,
  ratingInputSchema,
  shippedTariffIds,
} from "@courtier/rating";

/**
 * The bridge between the wizard's draft and the rating engine. A draft is priced as far as it
 * goes: once the company basics are known, every chosen coverage whose own steps are complete is
 * priced, and the others are named as incomplete. The engine itself is never bypassed.
 */

/** The tariffs an insurer published for a product (tariffs are data; see packages/rating). */
export function tariffsOf(insurerName: string, productCode: string): CompiledTariff[] {
  return shippedTariffIds
    .map((id) => getShippedTariff(id)!)
    .filter((t) => t.insurer === insurerName && t.document.product.code === productCode);
}

/** The tariff in force today for a product, or null when the insurer has none in force. */
export function tariffInForce(
  insurerName: string,
  productCode: string,
  today: string,
): CompiledTariff | null {
  return findTariffInForce(tariffsOf(insurerName, productCode), today) ?? null;
}

export function tariffById(id: string): CompiledTariff | null {
  return getShippedTariff(id) ?? null;
}

const BASICS = ["activityCode", "postcode", "blueCollarCount", "whiteCollarCount", "turnoverCents"] as const;

const coverageSteps = (coverage: QuoteCoverage): readonly StepId[] =>
  wizardSections.find((s) => s.coverage === coverage)!.steps;

function coverageInput(draft: QuoteDraft, coverage: QuoteCoverage) {
  switch (coverage) {
    case "workAccidents": {
      const w = draft.workAccidents;
      return {
        blueCollarPayrollCents: w.blueCollarPayrollCents!,
        whiteCollarPayrollCents: w.whiteCollarPayrollCents!,
        topUp: w.topUp ?? false,
      };
    }
    case "generalLiability": {
      const g = draft.generalLiability;
      return {
        limit: g.limit!,
        afterDelivery: g.afterDelivery!,
        entrustedGoods: g.entrustedGoods!,
        deductibleCents: g.deductibleCents!,
      };
    }
    case "property": {
      const p = draft.property;
      const bi = p.businessInterruption;
      return {
        occupancy: p.occupancy!,
        buildingCents: p.buildingCents!,
        contentsCents: p.contentsCents!,
        construction: p.construction!,
        alarm: p.alarm!,
        sprinklers: p.sprinklers!,
        theft: p.theft ?? false,
        ...(bi && bi !== "none"
          ? {
              businessInterruption:
                bi === "dailyIndemnity"
                  ? { formula: bi, dailyIndemnityCents: p.dailyIndemnityCents, days: p.days }
                  : { formula: bi },
            }
          : {}),
        ...(p.machineBreakdownCents ? { machineBreakdownCents: p.machineBreakdownCents } : {}),
      };
    }
    case "objectiveLiability":
      return {
        premisesType: draft.objectiveLiability.premisesType!,
        publicAreaM2: draft.objectiveLiability.publicAreaM2!,
      };
    case "legalAid":
      return { formula: draft.legalAid.formula! };
  }
}

/** The rating request a draft amounts to, with what is still missing. */
export function ratingRequestOf(draft: QuoteDraft, tariff: CompiledTariff, today: string) {
  const a = draft.activity;
  const missingSteps: StepId[] = [];
  const basicsKnown =
    BASICS.every((key) => a[key] !== undefined && a[key] !== "") &&
    tariff.activitiesByCode.has(a.activityCode ?? "") &&
    /^[1-9]\d{3}$/.test(a.postcode ?? "");
  if (!basicsKnown) missingSteps.push("activity");
  const chosen = QUOTE_COVERAGES.filter((c) => draft.coverages[c] === true);
  if (chosen.length === 0) missingSteps.push("coverages");
  const complete = chosen.filter((c) =>
    coverageSteps(c).every((step) => checkStep(step, draft, today).length === 0),
  );
  const incompleteCoverages = chosen.filter((c) => !complete.includes(c));
  if (missingSteps.length > 0 || complete.length === 0)
    return { request: null, missingSteps, incompleteCoverages };
  const effectiveDate =
    a.startDate && /^\d{4}-\d{2}-\d{2}$/.test(a.startDate) && a.startDate >= tariff.validFrom
      ? a.startDate
      : today;
  const claims = draft.claims;
  const request = {
    effectiveDate,
    company: {
      name: a.companyName?.trim() || "-",
      activityCode: a.activityCode!,
      postcode: a.postcode!,
      blueCollarCount: a.blueCollarCount!,
      whiteCollarCount: a.whiteCollarCount!,
      turnoverCents: a.turnoverCents!,
    },
    coverages: Object.fromEntries(complete.map((c) => [c, coverageInput(draft, c)])),
    claimsHistory: {
      ...Object.fromEntries(
        chosen.map((c) => [c, { count: claims[c]?.count ?? 0, totalCents: claims[c]?.totalCents ?? 0 }]),
      ),
      cancelledByInsurer: claims.cancelledByInsurer ?? false,
    },
    paymentFrequency: draft.summary.paymentFrequency ?? "annual",
  };
  return { request, missingSteps, incompleteCoverages };
}

/** Prices a draft with a tariff as far as it is filled in. */
export function priceDraft(draft: QuoteDraft, tariff: CompiledTariff, today: string): QuotePricing {
  const { request, missingSteps, incompleteCoverages } = ratingRequestOf(draft, tariff, today);
  if (!request) return { missingSteps, incompleteCoverages, result: null };
  const parsed = ratingInputSchema.safeParse(request);
  if (!parsed.success) {
    // A cross-field rule the step rules did not catch: the coverage it names is not priceable yet.
    const named = new Set(
      parsed.error.issues
        .map((issue) => String(issue.path[1] ?? ""))
        .filter((c) => QUOTE_COVERAGES.includes(c as QuoteCoverage)),
    );
    if (named.size === 0) return { missingSteps: ["activity"], incompleteCoverages, result: null };
    const rest = { ...draft, coverages: { ...draft.coverages } };
    for (const c of named) rest.coverages[c as QuoteCoverage] = false;
    const retry = priceDraft(rest, tariff, today);
    return { ...retry, incompleteCoverages: [...incompleteCoverages, ...named] };
  }
  try {
    return { missingSteps, incompleteCoverages, result: priceQuote({ ...parsed.data, tariff }) };
  } catch (error) {
    if (error instanceof RatingError)
      return { missingSteps: ["activity"], incompleteCoverages, result: null };
    throw error;
  }
}

/** What insurer staff see: the broker's commission is the broker's business. */
export function withoutCommission(pricing: QuotePricing): QuotePricing {
  if (!pricing.result) return pricing;
  const result: RatingResult = {
    ...pricing.result,
    totalCommissionCents: 0,
    lines: pricing.result.lines.map((line) => ({ ...line, commissionCents: 0 })),
  };
  return { ...pricing, result };
}
