import type { Coverage, LineKind, PaymentFrequency, PremisesType } from "./coverage.ts";
import {
  type AreaRule,
  type CompiledActivity,
  type CompiledLine,
  type CompiledTariff,
  type Rate,
  type ResolvedLegal,
  type ResolvedLineLevies,
  resolveLegal,
} from "./load-tariff.ts";
import { roundHalfUpCents } from "./money.ts";
import { RatingError } from "./rating-error.ts";
import type { QuoteRequest, RatingInput } from "./rating-input.ts";
import {
  CANCELLED_BY_PREVIOUS_INSURER,
  type CompulsoryCoverage,
  makeReason,
  type Reason,
  workAccidentsCompulsory,
} from "./reasons.ts";

export type TrailUnit =
  | "cents"
  | "centsPerWorker"
  | "percent"
  | "perMille"
  | "factor"
  | "workers"
  | "days"
  | "m2"
  | "claims";

/**
 * One step of a premium's computation: which table and row a figure came from, the figure,
 * and the amount after the step (rounded half-up for display; only the line's final amount
 * is rounded for real). Reading a line's trail top to bottom reproduces its net premium.
 */
export interface TrailEntry {
  step: string;
  table: string;
  row: string;
  value: number;
  unit: TrailUnit;
  resultCents: number;
}

export interface Tax {
  /** The levy's kind as the tariff names it, e.g. "insuranceTax". */
  kind: string;
  /** Percent of the net premium, e.g. 9.25. */
  rate: number;
  cents: number;
}

export interface QuoteLine {
  coverage: LineKind;
  /** The coverage of the wizard the line belongs to (fire lines all belong to "property"). */
  group: Coverage;
  netCents: number;
  taxes: Tax[];
  totalCents: number;
  commissionCents: number;
  trail: TrailEntry[];
}

export type QuoteStatus = "priced" | "referral" | "declined";

export interface RatingResult {
  status: QuoteStatus;
  tariffVersion: string;
  effectiveDate: string;
  currency: "EUR";
  lines: QuoteLine[];
  totalNetCents: number;
  totalTaxesCents: number;
  totalAnnualCents: number;
  totalCommissionCents: number;
  paymentFrequency: PaymentFrequency;
  installmentCount: number;
  /** Each installment after the first. */
  installmentCents: number;
  /** The first installment also carries the cents the division leaves over. */
  firstInstallmentCents: number;
  compulsoryCoverages: CompulsoryCoverage[];
  referralReasons: Reason[];
  declineReasons: Reason[];
}

/** A line being built: the unrounded premium so far and its trail. */
interface Draft {
  amount: number;
  trail: TrailEntry[];
}

function step(draft: Draft, name: string, table: string, row: string, value: number, unit: TrailUnit): void {
  draft.trail.push({ step: name, table, row, value, unit, resultCents: roundHalfUpCents(draft.amount) });
}

function applyMinimum(draft: Draft, table: string, minimumCents: number): void {
  if (draft.amount < minimumCents) {
    draft.amount = minimumCents;
    step(draft, "minimumPremium", table, "minimumPremiumCents", minimumCents, "cents");
  }
}

function applyPrevention(draft: Draft, line: CompiledLine, alarm: boolean, sprinklers: boolean) {
  if (alarm && line.alarm) {
    draft.amount *= 1 - line.alarm.factor;
    step(draft, "preventionDiscount", "property.prevention", "alarm", -line.alarm.value, "percent");
  }
  if (sprinklers && line.sprinklers) {
    draft.amount *= 1 - line.sprinklers.factor;
    step(draft, "preventionDiscount", "property.prevention", "sprinklers", -line.sprinklers.value, "percent");
  }
}

/**
 * Everything one quote's pricing reads, gathered once. The input's fields are read here a
 * single time: inputs arrive in many hidden-class shapes (optional fields present or not),
 * and every repeated read of a many-shaped object is a slow, megamorphic lookup.
 */
interface Context {
  tariff: CompiledTariff;
  legal: ResolvedLegal;
  split: Rate;
  activity: CompiledActivity;
  company: QuoteRequest["company"];
  coverages: QuoteRequest["coverages"];
  claims: QuoteRequest["claimsHistory"];
  workers: number;
  lines: QuoteLine[];
}

/** Applies the payment split, rounds, and adds the line's taxes and commission. */
function finish(ctx: Context, line: CompiledLine, legal: ResolvedLineLevies, draft: Draft): void {
  const split = ctx.split;
  if (split.factor !== 0) {
    draft.amount *= 1 + split.factor;
    step(draft, "paymentSplitSurcharge", "paymentFrequencies", split.row, split.value, "percent");
  }
  const missing = legal.missingLevy;
  if (missing !== null) {
    throw new RatingError("MISSING_LEGAL_PARAMETER", [
      { path: "effectiveDate", message: `the tariff has no ${missing} rate in force on this date` },
    ]);
  }
  const netCents = roundHalfUpCents(draft.amount);
  const levies = legal.levies;
  const taxes: Tax[] = [];
  let totalCents = netCents;
  for (const levy of levies) {
    const cents = roundHalfUpCents(netCents * levy.factor);
    taxes.push({ kind: levy.kind, rate: levy.percent, cents });
    totalCents += cents;
  }
  const commissionCents = roundHalfUpCents(netCents * line.commission.factor);
  ctx.lines.push({
    coverage: line.kind,
    group: line.group,
    netCents,
    taxes,
    totalCents,
    commissionCents,
    trail: draft.trail,
  });
}

const INPUT = "input";

function priceWorkAccidents(ctx: Context): void {
  const wa = ctx.coverages.workAccidents;
  if (!wa) return;
  const ceiling = ctx.legal.wageCeiling;
  if (!ceiling) {
    throw new RatingError("MISSING_LEGAL_PARAMETER", [
      {
        path: "effectiveDate",
        message: "the tariff has no work-accident wage ceiling in force on this date",
      },
    ]);
  }
  const { activity } = ctx;
  const { blueCollarCount, whiteCollarCount } = ctx.company;
  const blueCap = blueCollarCount * ceiling.cents;
  const whiteCap = whiteCollarCount * ceiling.cents;
  const blueInsured = Math.min(wa.blueCollarPayrollCents, blueCap);
  const whiteInsured = Math.min(wa.whiteCollarPayrollCents, whiteCap);
  const rates = activity.workAccidentsLegal;

  // The wage ceiling caps each worker's wage; with payroll declared per category, the
  // category's cap is its headcount times the ceiling. The trail's wageCeiling step shows
  // the ceiling per worker and, as its result, the insured payroll of the category.
  const legal: Draft = { amount: blueInsured, trail: [] };
  step(legal, "wageCeiling", "legal.workAccidentWageCeiling", ceiling.row, ceiling.cents, "centsPerWorker");
  legal.amount = blueInsured * rates.blueCollar.factor;
  step(
    legal,
    "rate",
    "workAccidents.legal.ratesPercent",
    rates.blueCollar.row,
    rates.blueCollar.value,
    "percent",
  );
  const bluePremium = legal.amount;
  legal.amount = whiteInsured;
  step(legal, "wageCeiling", "legal.workAccidentWageCeiling", ceiling.row, ceiling.cents, "centsPerWorker");
  legal.amount = whiteInsured * rates.whiteCollar.factor;
  step(
    legal,
    "rate",
    "workAccidents.legal.ratesPercent",
    rates.whiteCollar.row,
    rates.whiteCollar.value,
    "percent",
  );
  legal.amount += bluePremium;
  step(
    legal,
    "categoriesTotal",
    "workAccidents.legal",
    "blueCollar+whiteCollar",
    roundHalfUpCents(legal.amount),
    "cents",
  );

  // Bonus-malus: a loading by number of claims plus one per full step of claims amount,
  // then held within the legal bounds for the firm's size.
  const doc = ctx.tariff.document.workAccidents.bonusMalus;
  const claims = ctx.claims.workAccidents;
  const count = claims?.count ?? 0;
  const amountCents = claims?.totalCents ?? 0;
  const byCount = ctx.tariff.bonusMalusByClaimCount;
  let countRow = byCount[0] as (typeof byCount)[number];
  for (let i = 1; i < byCount.length; i++) {
    const row = byCount[i] as (typeof byCount)[number];
    if (row.claims > count) break;
    countRow = row;
  }
  const amountSteps = Math.floor(amountCents / doc.byClaimsAmount.stepCents);
  const rawPercent = countRow.value + amountSteps * doc.byClaimsAmount.percentPerStep;
  const small = ctx.workers <= doc.smallFirm.maxWorkers;
  const bounds = small ? doc.smallFirm : doc.largeFirm;
  const percent = Math.min(Math.max(rawPercent, bounds.minPercent), bounds.maxPercent);
  step(
    legal,
    "bonusMalusClaims",
    "workAccidents.bonusMalus.byClaimCount",
    countRow.row,
    countRow.value,
    "percent",
  );
  if (amountSteps > 0) {
    step(
      legal,
      "bonusMalusClaimsAmount",
      "workAccidents.bonusMalus.byClaimsAmount",
      "percentPerStep",
      amountSteps * doc.byClaimsAmount.percentPerStep,
      "percent",
    );
  }
  legal.amount *= 1 + percent / 100;
  step(
    legal,
    "bonusMalus",
    "workAccidents.bonusMalus",
    small ? "smallFirm" : "largeFirm",
    percent,
    "percent",
  );
  applyMinimum(legal, "workAccidents.legal", ctx.tariff.document.workAccidents.legal.minimumPremiumCents);
  finish(ctx, ctx.tariff.lines.workAccidentsLegal, ctx.legal.lines.workAccidentsLegal, legal);

  if (!wa.topUp) return;
  const topUpRates = activity.workAccidentsTopUp;
  const blueAbove = wa.blueCollarPayrollCents - blueInsured;
  const whiteAbove = wa.whiteCollarPayrollCents - whiteInsured;
  const topUp: Draft = { amount: blueAbove, trail: [] };
  step(topUp, "payrollAboveCeiling", "legal.workAccidentWageCeiling", ceiling.row, blueAbove, "cents");
  topUp.amount = blueAbove * topUpRates.blueCollar.factor;
  step(
    topUp,
    "rate",
    "workAccidents.topUp.ratesPercent",
    topUpRates.blueCollar.row,
    topUpRates.blueCollar.value,
    "percent",
  );
  const blueTopUp = topUp.amount;
  topUp.amount = whiteAbove;
  step(topUp, "payrollAboveCeiling", "legal.workAccidentWageCeiling", ceiling.row, whiteAbove, "cents");
  topUp.amount = whiteAbove * topUpRates.whiteCollar.factor;
  step(
    topUp,
    "rate",
    "workAccidents.topUp.ratesPercent",
    topUpRates.whiteCollar.row,
    topUpRates.whiteCollar.value,
    "percent",
  );
  topUp.amount += blueTopUp;
  step(
    topUp,
    "categoriesTotal",
    "workAccidents.topUp",
    "blueCollar+whiteCollar",
    roundHalfUpCents(topUp.amount),
    "cents",
  );
  applyMinimum(topUp, "workAccidents.topUp", ctx.tariff.document.workAccidents.topUp.minimumPremiumCents);
  finish(ctx, ctx.tariff.lines.workAccidentsTopUp, ctx.legal.lines.workAccidentsTopUp, topUp);
}

function priceGeneralLiability(ctx: Context): void {
  const gl = ctx.coverages.generalLiability;
  if (!gl) return;
  const { activity } = ctx;
  const doc = ctx.tariff.document.generalLiability;
  let basisCents: number;
  let basisRow: string;
  if (activity.liabilityBasis === "turnover") {
    basisCents = ctx.company.turnoverCents;
    basisRow = "company.turnoverCents";
  } else if (gl.payrollCents !== undefined) {
    basisCents = gl.payrollCents;
    basisRow = "coverages.generalLiability.payrollCents";
  } else if (ctx.coverages.workAccidents) {
    const wa = ctx.coverages.workAccidents;
    basisCents = wa.blueCollarPayrollCents + wa.whiteCollarPayrollCents;
    basisRow = "coverages.workAccidents.payrollCents";
  } else {
    throw new RatingError("MISSING_LIABILITY_BASIS", [
      {
        path: "coverages.generalLiability.payrollCents",
        message: `activity ${activity.code} is rated on payroll: give the payroll or quote work accidents`,
      },
    ]);
  }
  const base = activity.generalLiabilityBase;
  const glRate = activity.generalLiabilityRate;
  const draft: Draft = { amount: base.value, trail: [] };
  step(draft, "base", "generalLiability.byClass", base.row, base.value, "cents");
  draft.amount = basisCents;
  step(draft, "basis", INPUT, basisRow, basisCents, "cents");
  draft.amount = base.value + basisCents * glRate.factor;
  step(draft, "rate", "generalLiability.byClass", glRate.row, glRate.value, "perMille");
  const limit = doc.limits[gl.limit];
  draft.amount *= limit.factor;
  step(draft, "limit", "generalLiability.limits", gl.limit, limit.factor, "factor");
  if (gl.afterDelivery) {
    draft.amount *= 1 + doc.optionsPercent.afterDelivery / 100;
    step(
      draft,
      "option",
      "generalLiability.optionsPercent",
      "afterDelivery",
      doc.optionsPercent.afterDelivery,
      "percent",
    );
  }
  if (gl.entrustedGoods) {
    draft.amount *= 1 + doc.optionsPercent.entrustedGoods / 100;
    step(
      draft,
      "option",
      "generalLiability.optionsPercent",
      "entrustedGoods",
      doc.optionsPercent.entrustedGoods,
      "percent",
    );
  }
  const discounts = ctx.tariff.deductibleDiscounts;
  let discount = discounts[0] as Rate & { fromCents: number };
  for (let i = 1; i < discounts.length; i++) {
    const row = discounts[i] as Rate & { fromCents: number };
    if (row.fromCents > gl.deductibleCents) break;
    discount = row;
  }
  if (discount.factor !== 0) {
    draft.amount *= 1 - discount.factor;
    step(
      draft,
      "deductibleDiscount",
      "generalLiability.deductibleDiscounts",
      discount.row,
      -discount.value,
      "percent",
    );
  }
  applyMinimum(draft, "generalLiability", doc.minimumPremiumCents);
  finish(ctx, ctx.tariff.lines.generalLiability, ctx.legal.lines.generalLiability, draft);
}

function priceCapital(table: string, capitalRow: string, capitalCents: number, capitalRate: Rate): Draft {
  const draft: Draft = { amount: capitalCents, trail: [] };
  step(draft, "capital", INPUT, capitalRow, capitalCents, "cents");
  draft.amount = capitalCents * capitalRate.factor;
  step(draft, "rate", table, capitalRate.row, capitalRate.value, "perMille");
  return draft;
}

function priceProperty(ctx: Context): void {
  const property = ctx.coverages.property;
  if (!property) return;
  const { activity } = ctx;
  const doc = ctx.tariff.document.property;
  const { alarm, sprinklers, construction } = property;

  if (property.buildingCents > 0) {
    const draft = priceCapital(
      "property.building.perMille",
      "coverages.property.buildingCents",
      property.buildingCents,
      activity.fireBuilding[construction],
    );
    const occupancy = doc.building.occupancyFactors[property.occupancy];
    draft.amount *= occupancy;
    step(draft, "occupancy", "property.building.occupancyFactors", property.occupancy, occupancy, "factor");
    applyPrevention(draft, ctx.tariff.lines.fireBuilding, alarm, sprinklers);
    applyMinimum(draft, "property.building", doc.building.minimumPremiumCents);
    finish(ctx, ctx.tariff.lines.fireBuilding, ctx.legal.lines.fireBuilding, draft);
  }
  if (property.contentsCents > 0) {
    const draft = priceCapital(
      "property.contents.perMille",
      "coverages.property.contentsCents",
      property.contentsCents,
      activity.fireContents[construction],
    );
    applyPrevention(draft, ctx.tariff.lines.fireContents, alarm, sprinklers);
    applyMinimum(draft, "property.contents", doc.contents.minimumPremiumCents);
    finish(ctx, ctx.tariff.lines.fireContents, ctx.legal.lines.fireContents, draft);
  }
  if (property.theft) {
    const draft = priceCapital(
      "property.theft.perMille",
      "coverages.property.contentsCents",
      property.contentsCents,
      activity.theft,
    );
    applyPrevention(draft, ctx.tariff.lines.theft, alarm, sprinklers);
    applyMinimum(draft, "property.theft", doc.theft.minimumPremiumCents);
    finish(ctx, ctx.tariff.lines.theft, ctx.legal.lines.theft, draft);
  }
  const bi = property.businessInterruption;
  if (bi) {
    let draft: Draft;
    if (bi.formula === "turnover") {
      draft = priceCapital(
        "property.businessInterruption.turnoverPerMille",
        "company.turnoverCents",
        ctx.company.turnoverCents,
        activity.businessInterruptionTurnover,
      );
    } else {
      const days = bi.days ?? 0;
      if (days > doc.businessInterruption.maxDays) {
        throw new RatingError("DAYS_ABOVE_TARIFF_MAXIMUM", [
          {
            path: "coverages.property.businessInterruption.days",
            message: `at most ${doc.businessInterruption.maxDays} days under this tariff`,
          },
        ]);
      }
      const daily = bi.dailyIndemnityCents ?? 0;
      const biRate = activity.businessInterruptionDaily;
      draft = { amount: daily, trail: [] };
      step(
        draft,
        "dailyIndemnity",
        INPUT,
        "coverages.property.businessInterruption.dailyIndemnityCents",
        daily,
        "cents",
      );
      draft.amount = daily * days;
      step(draft, "days", INPUT, "coverages.property.businessInterruption.days", days, "days");
      draft.amount *= biRate.factor;
      step(
        draft,
        "rate",
        "property.businessInterruption.dailyIndemnityPerMille",
        biRate.row,
        biRate.value,
        "perMille",
      );
    }
    applyPrevention(draft, ctx.tariff.lines.businessInterruption, alarm, sprinklers);
    applyMinimum(draft, "property.businessInterruption", doc.businessInterruption.minimumPremiumCents);
    finish(ctx, ctx.tariff.lines.businessInterruption, ctx.legal.lines.businessInterruption, draft);
  }
  if (property.machineBreakdownCents !== undefined && property.machineBreakdownCents > 0) {
    const draft = priceCapital(
      "property.machineBreakdown.perMille",
      "coverages.property.machineBreakdownCents",
      property.machineBreakdownCents,
      activity.machineBreakdown,
    );
    applyPrevention(draft, ctx.tariff.lines.machineBreakdown, alarm, sprinklers);
    applyMinimum(draft, "property.machineBreakdown", doc.machineBreakdown.minimumPremiumCents);
    finish(ctx, ctx.tariff.lines.machineBreakdown, ctx.legal.lines.machineBreakdown, draft);
  }
}

function priceObjectiveLiability(ctx: Context): void {
  const ol = ctx.coverages.objectiveLiability;
  if (!ol) return;
  const bands = ctx.tariff.objectiveLiabilityBands[ol.premisesType];
  let band = bands[bands.length - 1];
  for (const candidate of bands) {
    if (candidate.upToM2 === null || ol.publicAreaM2 <= candidate.upToM2) {
      band = candidate;
      break;
    }
  }
  if (!band) return;
  const draft: Draft = { amount: ol.publicAreaM2, trail: [] };
  step(draft, "publicArea", INPUT, "coverages.objectiveLiability.publicAreaM2", ol.publicAreaM2, "m2");
  draft.amount = band.premiumCents;
  step(draft, "band", "objectiveLiability.bands", band.row, band.premiumCents, "cents");
  finish(ctx, ctx.tariff.lines.objectiveLiability, ctx.legal.lines.objectiveLiability, draft);
}

function priceLegalAid(ctx: Context): void {
  const legalAid = ctx.coverages.legalAid;
  if (!legalAid) return;
  const formula = ctx.tariff.document.legalAid.formulas[legalAid.formula];
  const workers = ctx.workers;
  const draft: Draft = { amount: formula.flatCents, trail: [] };
  step(draft, "flat", "legalAid.formulas", legalAid.formula, formula.flatCents, "cents");
  draft.amount += workers * formula.perWorkerCents;
  step(draft, "perWorker", "legalAid.formulas", legalAid.formula, formula.perWorkerCents, "centsPerWorker");
  finish(ctx, ctx.tariff.lines.legalAid, ctx.legal.lines.legalAid, draft);
}

/** Whether the law makes objective liability compulsory for these premises on this date. */
export function isObjectiveLiabilityCompulsory(
  tariff: CompiledTariff,
  effectiveDate: string,
  premisesType: PremisesType,
  publicAreaM2: number,
): boolean {
  return areaRuleApplies(
    resolveLegal(tariff, effectiveDate).objectiveLiabilityRules?.[premisesType],
    publicAreaM2,
  );
}

function areaRuleApplies(rule: AreaRule | undefined, publicAreaM2: number): boolean {
  if (rule === undefined || rule === "never") return false;
  if (rule === "always") return true;
  return publicAreaM2 > rule.aboveM2;
}

function checkClaims(
  claims: { count: number; totalCents: number } | undefined,
  coverage: Coverage,
  rules: CompiledTariff["document"]["referral"],
  referral: Reason[],
): number {
  if (!claims) return 0;
  if (claims.count > rules.maxClaimsPerCoverage) {
    referral.push(
      makeReason("CLAIMS_COUNT_ABOVE_LIMIT", coverage, {
        coverage,
        count: claims.count,
        max: rules.maxClaimsPerCoverage,
      }),
    );
  }
  if (claims.totalCents > rules.maxClaimsAmountCentsPerCoverage) {
    referral.push(
      makeReason("CLAIMS_AMOUNT_ABOVE_LIMIT", coverage, {
        coverage,
        amountCents: claims.totalCents,
        maxCents: rules.maxClaimsAmountCentsPerCoverage,
      }),
    );
  }
  return claims.count;
}

function collectReasons(ctx: Context, referral: Reason[], decline: Reason[]): void {
  const { tariff, activity, company, coverages, claims: claimsHistory, workers } = ctx;
  const rules = tariff.document.referral;
  const acceptanceReason = activity.acceptanceReason;
  if (acceptanceReason?.code === "ACTIVITY_DECLINED") decline.push(acceptanceReason);
  else if (acceptanceReason) referral.push(acceptanceReason);
  // Read by name rather than in a loop over keys: a keyed read over five names is one of
  // the slow paths of the engine (see docs/decisions/020-rating-engine-design.md).
  const totalClaims =
    checkClaims(claimsHistory.workAccidents, "workAccidents", rules, referral) +
    checkClaims(claimsHistory.generalLiability, "generalLiability", rules, referral) +
    checkClaims(claimsHistory.property, "property", rules, referral) +
    checkClaims(claimsHistory.objectiveLiability, "objectiveLiability", rules, referral) +
    checkClaims(claimsHistory.legalAid, "legalAid", rules, referral);
  const declineMax = tariff.document.decline.maxClaimsTotal;
  if (totalClaims > declineMax) {
    decline.push(
      makeReason("CLAIMS_TOTAL_ABOVE_DECLINE_LIMIT", null, { count: totalClaims, max: declineMax }),
    );
  }
  if (claimsHistory.cancelledByInsurer && rules.cancelledByInsurer) {
    referral.push(CANCELLED_BY_PREVIOUS_INSURER);
  }
  if (workers > rules.maxWorkers) {
    referral.push(makeReason("WORKERS_ABOVE_LIMIT", null, { count: workers, max: rules.maxWorkers }));
  }
  const wa = coverages.workAccidents;
  if (wa) {
    const payroll = wa.blueCollarPayrollCents + wa.whiteCollarPayrollCents;
    if (payroll > rules.maxPayrollCents) {
      referral.push(
        makeReason("PAYROLL_ABOVE_LIMIT", "workAccidents", {
          amountCents: payroll,
          maxCents: rules.maxPayrollCents,
        }),
      );
    }
  }
  if (company.turnoverCents > rules.maxTurnoverCents) {
    referral.push(
      makeReason("TURNOVER_ABOVE_LIMIT", null, {
        amountCents: company.turnoverCents,
        maxCents: rules.maxTurnoverCents,
      }),
    );
  }
  const property = coverages.property;
  if (property) {
    if (property.buildingCents > rules.maxBuildingCents) {
      referral.push(
        makeReason("BUILDING_ABOVE_LIMIT", "property", {
          amountCents: property.buildingCents,
          maxCents: rules.maxBuildingCents,
        }),
      );
    }
    if (property.contentsCents > rules.maxContentsCents) {
      referral.push(
        makeReason("CONTENTS_ABOVE_LIMIT", "property", {
          amountCents: property.contentsCents,
          maxCents: rules.maxContentsCents,
        }),
      );
    }
    const machinery = property.machineBreakdownCents ?? 0;
    if (machinery > rules.maxMachineBreakdownCents) {
      referral.push(
        makeReason("MACHINERY_ABOVE_LIMIT", "property", {
          amountCents: machinery,
          maxCents: rules.maxMachineBreakdownCents,
        }),
      );
    }
  }
}

/**
 * Prices a quote. Pure: the tariff and the effective date come in with the input, and the
 * same input always gives the same result.
 *
 * The input must have passed `ratingInputSchema` (see parseQuoteRequest); what only the
 * tariff can judge (an unknown activity, a date outside the tariff) throws a RatingError.
 */
export function priceQuote(input: RatingInput): RatingResult {
  const { tariff, effectiveDate, company, coverages, claimsHistory, paymentFrequency } = input;
  const activity = tariff.activitiesByCode.get(company.activityCode);
  if (!activity) {
    throw new RatingError("UNKNOWN_ACTIVITY", [
      {
        path: "company.activityCode",
        message: `${company.activityCode} is not an activity of tariff ${tariff.id}`,
      },
    ]);
  }
  if (effectiveDate < tariff.validFrom || (tariff.validTo !== null && effectiveDate > tariff.validTo)) {
    throw new RatingError("TARIFF_NOT_IN_FORCE", [
      {
        path: "effectiveDate",
        message: `tariff ${tariff.id} is in force from ${tariff.validFrom}${tariff.validTo ? ` to ${tariff.validTo}` : ""}`,
      },
    ]);
  }
  const legal = resolveLegal(tariff, effectiveDate);
  const frequency = tariff.paymentFrequencies[paymentFrequency];
  const workers = company.blueCollarCount + company.whiteCollarCount;
  const ctx: Context = {
    tariff,
    legal,
    split: frequency.surcharge,
    activity,
    company,
    coverages,
    claims: claimsHistory,
    workers,
    lines: [],
  };

  const referralReasons: Reason[] = [];
  const declineReasons: Reason[] = [];
  collectReasons(ctx, referralReasons, declineReasons);

  const compulsoryCoverages: CompulsoryCoverage[] = [];
  if (workers > 0) compulsoryCoverages.push(workAccidentsCompulsory(coverages.workAccidents !== undefined));
  const ol = coverages.objectiveLiability;
  if (ol && areaRuleApplies(legal.objectiveLiabilityRules?.[ol.premisesType], ol.publicAreaM2)) {
    const notice = legal.objectiveLiabilityNotices?.[ol.premisesType];
    if (notice) compulsoryCoverages.push(notice);
  }

  // A declined quote carries no price: the insurer makes no offer, so none is shown.
  if (declineReasons.length === 0) {
    priceWorkAccidents(ctx);
    priceGeneralLiability(ctx);
    priceProperty(ctx);
    priceObjectiveLiability(ctx);
    priceLegalAid(ctx);
  }

  let totalNetCents = 0;
  let totalAnnualCents = 0;
  let totalCommissionCents = 0;
  for (const line of ctx.lines) {
    totalNetCents += line.netCents;
    totalAnnualCents += line.totalCents;
    totalCommissionCents += line.commissionCents;
  }
  const installmentCount = frequency.installments;
  const installmentCents = Math.floor(totalAnnualCents / installmentCount);
  return {
    status: declineReasons.length > 0 ? "declined" : referralReasons.length > 0 ? "referral" : "priced",
    tariffVersion: tariff.id,
    effectiveDate,
    currency: "EUR",
    lines: ctx.lines,
    totalNetCents,
    totalTaxesCents: totalAnnualCents - totalNetCents,
    totalAnnualCents,
    totalCommissionCents,
    paymentFrequency,
    installmentCount,
    installmentCents,
    firstInstallmentCents: totalAnnualCents - installmentCents * (installmentCount - 1),
    compulsoryCoverages,
    referralReasons,
    declineReasons,
  };
}
