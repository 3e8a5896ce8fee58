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
  "perWorker",
  "preventionDiscount",
  "publicArea",
  "rate",
  "wageCeiling",
]);

/** The engine names its steps in code ("wageCeiling"); the broker reads them in words. */
export function trailStep(step: string, t: TFunction): string {
  return KNOWN_STEPS.has(step) ? t(`wizard.trail.steps.${step}` as "wizard.trail.steps.rate") : step;
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
