import type { PremiumLine, TrailEntry } from "@courtier/contracts/responses";
import type { TFunction } from "i18next";
import { formatCents, formatNumber } from "./money.ts";

/** A trail's figure with its unit, in the UI language: "2,3 %", "0,4 ‰", "× 1,35", "€ 54.743,48 per werknemer". */
export function trailValue(entry: TrailEntry, language: string, t: TFunction): string {
  switch (entry.unit) {
    case "cents":
      return formatCents(entry.value, language);
    case "centsPerWorker":
      return t("wizard.trail.units.perWorker", { amount: formatCents(entry.value, language) });
    case "percent":
      return `${formatNumber(entry.value, language, 4)} %`;
    case "perMille":
      return `${formatNumber(entry.value, language, 4)} ‰`;
    case "factor":
      return `× ${formatNumber(entry.value, language, 4)}`;
    case "workers":
      return t("wizard.trail.units.workers", { count: entry.value });
    case "days":
      return t("wizard.trail.units.days", { count: entry.value });
    case "m2":
      return `${formatNumber(entry.value, language, 0)} m²`;
    case "claims":
      return t("wizard.trail.units.claims", { count: entry.value });
    default:
      return formatNumber(entry.value, language, 4);
  }
}

const KNOWN_STEPS = new Set([
  "band",
  "base",
  "basis",
  "bonusMalus",
  "bonusMalusClaims",
  "bonusMalusClaimsAmount",
  "capital",
  "categoriesTotal",
  "dailyIndemnity",
  "days",
  "deductibleDiscount",
  "flat",
  "limit",
  "minimumPremium",
  "occupancy",
  "option",
  "paymentSplitSurcharge",
  "payrollAboveCeiling",
  "perWorker",
  "preventionDiscount",
  "publicArea",
  "rate",
  "wageCeiling",
]);

/** The engine names its steps in code ("wageCeiling"); the broker reads them in words. */
function trailStep(step: string, t: TFunction): string {
  return KNOWN_STEPS.has(step) ? t(`wizard.trail.steps.${step}` as "wizard.trail.steps.rate") : step;
}

/** Steps that come right before the rate of the same worker category. */
const BEFORE_RATE = new Set(["wageCeiling", "payrollAboveCeiling"]);

/** "2.blueCollar" is a blue-collar row; "blueCollar+whiteCollar" is both, so neither. */
const categoryOf = (row: string | undefined) => {
  const last = row?.split(".").pop();
  return last === "blueCollar" || last === "whiteCollar" ? last : null;
};

/**
 * A step with the worker category it is about, when it has one: work accidents compute blue- and
 * white-collar payroll one after the other, each as "wage ceiling" (or "payroll above the ceiling")
 * then "rate": the rate's tariff row names the category, and the step before it is for the same one.
 */
export function trailStepOf(
  trail: readonly { step: string; row: string }[],
  index: number,
  t: TFunction,
): string {
  const entry = trail[index]!;
  const category =
    categoryOf(entry.row) ?? (BEFORE_RATE.has(entry.step) ? categoryOf(trail[index + 1]?.row) : null);
  const name = trailStep(entry.step, t);
  return category ? `${name} – ${t(`wizard.trail.categories.${category}`)}` : name;
}

const KNOWN_LINES = new Set([
  "workAccidentsLegal",
  "workAccidentsTopUp",
  "generalLiability",
  "fireBuilding",
  "fireContents",
  "theft",
  "businessInterruption",
  "machineBreakdown",
  "objectiveLiability",
  "legalAid",
]);

export function lineName(line: Pick<PremiumLine, "coverage">, t: TFunction): string {
  return KNOWN_LINES.has(line.coverage)
    ? t(`wizard.lines.${line.coverage}` as "wizard.lines.legalAid")
    : line.coverage;
}

const KNOWN_TAXES = new Set(["insuranceTax", "inamiWorkAccidentLevy", "inamiFireLevy", "safetyFundLevy"]);

export function taxName(kind: string, t: TFunction): string {
  return KNOWN_TAXES.has(kind) ? t(`wizard.taxes.${kind}` as "wizard.taxes.insuranceTax") : kind;
}
