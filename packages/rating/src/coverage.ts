/** The languages every user-facing text of a tariff and of the engine exists in. */
export const LANGUAGES = ["nl", "fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export type LocalizedText = Record<Language, string>;

/** The coverages a broker chooses in the wizard (step 1.2) and the claims history is kept for. */
export const COVERAGES = [
  "workAccidents",
  "generalLiability",
  "property",
  "objectiveLiability",
  "legalAid",
] as const;
export type Coverage = (typeof COVERAGES)[number];

/**
 * The premium lines of a quote. One coverage can produce several lines (fire splits into
 * building, contents and its options) because each line has its own taxes and commission.
 */
export const LINE_KINDS = [
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
] as const;
export type LineKind = (typeof LINE_KINDS)[number];

export const LINE_COVERAGE: Record<LineKind, Coverage> = {
  workAccidentsLegal: "workAccidents",
  workAccidentsTopUp: "workAccidents",
  generalLiability: "generalLiability",
  fireBuilding: "property",
  fireContents: "property",
  theft: "property",
  businessInterruption: "property",
  machineBreakdown: "property",
  objectiveLiability: "objectiveLiability",
  legalAid: "legalAid",
};

export const CONSTRUCTION_CLASSES = ["A", "B", "C"] as const;
export type ConstructionClass = (typeof CONSTRUCTION_CLASSES)[number];

export const PREMISES_TYPES = ["shop", "restaurant", "office", "hotel", "other"] as const;
export type PremisesType = (typeof PREMISES_TYPES)[number];

export const PAYMENT_FREQUENCIES = ["annual", "semiannual", "quarterly"] as const;
export type PaymentFrequency = (typeof PAYMENT_FREQUENCIES)[number];

export const ACCEPTANCES = ["accepted", "referral", "declined"] as const;
export type Acceptance = (typeof ACCEPTANCES)[number];
