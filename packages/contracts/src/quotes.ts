import { z } from "zod";
import { languageField } from "./fields.ts";
import { parseEnterpriseNumber } from "./identifiers.ts";
import { cityMatchesPostcode, isKnownPostcode } from "./postcodes.ts";

/**
 * A tarification ("quote") as the wizard edits it. The draft is saved as it is typed: every field
 * may be missing and only its shape is checked (type, length, range), so nothing a broker typed is
 * lost. The rules of each step (`stepSchemas`) are checked on "Volgende stap" in the browser and
 * again by the server before a quote becomes an offer. Money is in integer euro cents.
 */

const MAX_CENTS = 100_000_000_000;
const id = z.uuid({ error: "NOT_FOUND" });
const text = (max: number) => z.string({ error: "REQUIRED" }).max(max, { error: "TOO_LONG" });
const cents = z
  .number({ error: "REQUIRED" })
  .int({ error: "NOT_WHOLE" })
  .min(0, { error: "NEGATIVE" })
  .max(MAX_CENTS, { error: "TOO_LARGE" });
const count = (max: number) =>
  z
    .number({ error: "REQUIRED" })
    .int({ error: "NOT_WHOLE" })
    .min(0, { error: "NEGATIVE" })
    .max(max, { error: "TOO_LARGE" });
const flag = z.boolean({ error: "REQUIRED" });

export const LEGAL_FORMS = ["bv", "nv", "cv", "vof", "commv", "vzw", "sole", "other"] as const;
export const QUOTE_COVERAGES = [
  "workAccidents",
  "generalLiability",
  "property",
  "objectiveLiability",
  "legalAid",
] as const;
export type QuoteCoverage = (typeof QUOTE_COVERAGES)[number];
export const PREMISES = ["shop", "restaurant", "office", "hotel", "other"] as const;
export const CONSTRUCTIONS = ["A", "B", "C"] as const;
export const FREQUENCIES = ["annual", "semiannual", "quarterly"] as const;

const claimsLine = z.strictObject({ count: count(1000).optional(), totalCents: cents.optional() });

/** The shape of a saved draft: everything optional, nothing unknown. */
export const quoteDraftSchema = z.strictObject({
  activity: z
    .strictObject({
      companyName: text(120).optional(),
      enterpriseNumber: text(20).optional(),
      legalForm: z.enum(LEGAL_FORMS, { error: "REQUIRED" }).optional(),
      activityCode: text(10).optional(),
      street: text(120).optional(),
      houseNumber: text(12).optional(),
      postcode: text(4).optional(),
      city: text(80).optional(),
      startDate: text(10).optional(),
      blueCollarCount: count(100_000).optional(),
      whiteCollarCount: count(100_000).optional(),
      turnoverCents: cents.optional(),
    })
    .default({}),
  coverages: z
    .strictObject(
      Object.fromEntries(QUOTE_COVERAGES.map((c) => [c, flag.optional()])) as Record<
        QuoteCoverage,
        z.ZodOptional<typeof flag>
      >,
    )
    .default({}),
  claims: z
    .strictObject({
      workAccidents: claimsLine.optional(),
      generalLiability: claimsLine.optional(),
      property: claimsLine.optional(),
      objectiveLiability: claimsLine.optional(),
      legalAid: claimsLine.optional(),
      cancelledByInsurer: flag.optional(),
    })
    .default({}),
  workAccidents: z
    .strictObject({
      blueCollarPayrollCents: cents.optional(),
      whiteCollarPayrollCents: cents.optional(),
      topUp: flag.optional(),
    })
    .default({}),
  generalLiability: z
    .strictObject({
      limit: z.enum(["standard", "high"], { error: "REQUIRED" }).optional(),
      afterDelivery: flag.optional(),
      entrustedGoods: flag.optional(),
      deductibleCents: cents.optional(),
    })
    .default({}),
  property: z
    .strictObject({
      occupancy: z.enum(["owner", "tenant"], { error: "REQUIRED" }).optional(),
      buildingCents: cents.optional(),
      contentsCents: cents.optional(),
      construction: z.enum(CONSTRUCTIONS, { error: "REQUIRED" }).optional(),
      alarm: flag.optional(),
      sprinklers: flag.optional(),
      theft: flag.optional(),
      businessInterruption: z.enum(["none", "dailyIndemnity", "turnover"], { error: "REQUIRED" }).optional(),
      dailyIndemnityCents: cents.optional(),
      days: count(730).optional(),
      machineBreakdownCents: cents.optional(),
    })
    .default({}),
  objectiveLiability: z
    .strictObject({
      premisesType: z.enum(PREMISES, { error: "REQUIRED" }).optional(),
      publicAreaM2: count(1_000_000).optional(),
    })
    .default({}),
  legalAid: z
    .strictObject({ formula: z.enum(["first", "allIn"], { error: "REQUIRED" }).optional() })
    .default({}),
  summary: z
    .strictObject({
      paymentFrequency: z.enum(FREQUENCIES, { error: "REQUIRED" }).optional(),
      clientLanguage: languageField.optional(),
    })
    .default({}),
});
export type QuoteDraft = z.output<typeof quoteDraftSchema>;
export type QuoteDraftInput = z.input<typeof quoteDraftSchema>;

// ── The wizard's steps and their rules ──

export type StepId =
  | "activity"
  | "coverages"
  | "claims"
  | "workAccidentsLegal"
  | "workAccidentsTopUp"
  | "generalLiability"
  | "property"
  | "propertyOptions"
  | "objectiveLiability"
  | "legalAid"
  | "summary";

/** The wizard's sections in order; a section with a coverage only appears when it is chosen. */
export const wizardSections: readonly {
  number: number;
  id: "context" | QuoteCoverage | "summary";
  coverage: QuoteCoverage | null;
  steps: readonly StepId[];
}[] = [
  { number: 1, id: "context", coverage: null, steps: ["activity", "coverages", "claims"] },
  {
    number: 2,
    id: "workAccidents",
    coverage: "workAccidents",
    steps: ["workAccidentsLegal", "workAccidentsTopUp"],
  },
  { number: 3, id: "generalLiability", coverage: "generalLiability", steps: ["generalLiability"] },
  { number: 4, id: "property", coverage: "property", steps: ["property", "propertyOptions"] },
  { number: 5, id: "objectiveLiability", coverage: "objectiveLiability", steps: ["objectiveLiability"] },
  { number: 6, id: "legalAid", coverage: "legalAid", steps: ["legalAid"] },
  { number: 7, id: "summary", coverage: null, steps: ["summary"] },
];

/** The steps a draft shows, in order: those of the chosen coverages only. */
export function visibleSteps(draft: Pick<QuoteDraft, "coverages">): StepId[] {
  return wizardSections
    .filter((section) => section.coverage === null || draft.coverages[section.coverage] === true)
    .flatMap((section) => section.steps);
}

/** Today in Belgium as YYYY-MM-DD (the start date rule is a calendar rule). */
const brusselsDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" });
export function belgianToday(now = new Date()): string {
  // One formatter for all calls: building one costs ~150 µs, formatting ~2 µs.
  return brusselsDate.format(now);
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const isCalendarDate = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

const need = (value: unknown) => value === undefined || value === null || value === "";

type Issue = { path: string; code: string };
type Rule = (draft: QuoteDraft, today: string) => Issue[];

/** A field is present and, for text, not blank. */
function requireFields(section: string, values: Record<string, unknown>, keys: string[]): Issue[] {
  return keys
    .filter((key) => need(values[key]))
    .map((key) => ({ path: `${section}.${key}`, code: "REQUIRED" }));
}

/** The rules of each step, by field path. Codes are `ErrorCode`s, translated next to the field. */
export const stepRules: Record<StepId, Rule> = {
  activity: (draft, today) => {
    const a = draft.activity;
    const issues = requireFields("activity", a, [
      "companyName",
      "legalForm",
      "activityCode",
      "street",
      "houseNumber",
      "postcode",
      "city",
      "startDate",
      "blueCollarCount",
      "whiteCollarCount",
      "turnoverCents",
    ]);
    if (
      a.companyName !== undefined &&
      a.companyName.trim() === "" &&
      !issues.some((i) => i.path.endsWith("companyName"))
    )
      issues.push({ path: "activity.companyName", code: "REQUIRED" });
    if (a.enterpriseNumber?.trim()) {
      const parsed = parseEnterpriseNumber(a.enterpriseNumber);
      if (!parsed.ok) issues.push({ path: "activity.enterpriseNumber", code: parsed.problem });
    }
    if (a.activityCode && !/^\d{2}\.\d{3}$/.test(a.activityCode))
      issues.push({ path: "activity.activityCode", code: "UNKNOWN_ACTIVITY" });
    if (a.postcode?.trim()) {
      const postcode = a.postcode.trim();
      if (!isKnownPostcode(postcode)) issues.push({ path: "activity.postcode", code: "INVALID_POSTCODE" });
      else if (a.city?.trim() && !cityMatchesPostcode(postcode, a.city))
        issues.push({ path: "activity.city", code: "CITY_POSTCODE_MISMATCH" });
    }
    if (a.startDate) {
      if (!isCalendarDate(a.startDate)) issues.push({ path: "activity.startDate", code: "INVALID_DATE" });
      else if (a.startDate < addDays(today, -30) || a.startDate > addDays(today, 365))
        issues.push({ path: "activity.startDate", code: "START_DATE_OUT_OF_RANGE" });
    }
    return issues;
  },
  coverages: (draft) =>
    QUOTE_COVERAGES.some((c) => draft.coverages[c] === true)
      ? []
      : [{ path: "coverages", code: "NO_COVERAGE_CHOSEN" }],
  claims: (draft) => {
    const issues: Issue[] = [];
    if (draft.claims.cancelledByInsurer === undefined)
      issues.push({ path: "claims.cancelledByInsurer", code: "REQUIRED" });
    return issues;
  },
  workAccidentsLegal: (draft) => {
    const wa = draft.workAccidents;
    const issues = requireFields("workAccidents", wa, ["blueCollarPayrollCents", "whiteCollarPayrollCents"]);
    if ((wa.blueCollarPayrollCents ?? 0) > 0 && draft.activity.blueCollarCount === 0)
      issues.push({ path: "workAccidents.blueCollarPayrollCents", code: "PAYROLL_WITHOUT_WORKERS" });
    if ((wa.whiteCollarPayrollCents ?? 0) > 0 && draft.activity.whiteCollarCount === 0)
      issues.push({ path: "workAccidents.whiteCollarPayrollCents", code: "PAYROLL_WITHOUT_WORKERS" });
    return issues;
  },
  workAccidentsTopUp: (draft) => requireFields("workAccidents", draft.workAccidents, ["topUp"]),
  generalLiability: (draft) =>
    requireFields("generalLiability", draft.generalLiability, [
      "limit",
      "afterDelivery",
      "entrustedGoods",
      "deductibleCents",
    ]),
  property: (draft) => {
    const p = draft.property;
    const issues = requireFields("property", p, [
      "occupancy",
      "buildingCents",
      "contentsCents",
      "construction",
      "alarm",
      "sprinklers",
    ]);
    if (p.buildingCents === 0 && p.contentsCents === 0)
      issues.push({ path: "property.buildingCents", code: "NOTHING_INSURED" });
    return issues;
  },
  propertyOptions: (draft) => {
    const p = draft.property;
    const issues = requireFields("property", p, ["theft", "businessInterruption"]);
    if (p.theft && p.contentsCents === 0)
      issues.push({ path: "property.theft", code: "THEFT_NEEDS_CONTENTS" });
    if (p.businessInterruption === "dailyIndemnity") {
      issues.push(...requireFields("property", p, ["dailyIndemnityCents", "days"]));
      if (p.dailyIndemnityCents === 0)
        issues.push({ path: "property.dailyIndemnityCents", code: "REQUIRED" });
      if (p.days === 0) issues.push({ path: "property.days", code: "REQUIRED" });
    }
    if (p.businessInterruption === "turnover" && draft.activity.turnoverCents === 0)
      issues.push({ path: "property.businessInterruption", code: "TURNOVER_REQUIRED" });
    return issues;
  },
  objectiveLiability: (draft) =>
    requireFields("objectiveLiability", draft.objectiveLiability, ["premisesType", "publicAreaM2"]),
  legalAid: (draft) => requireFields("legalAid", draft.legalAid, ["formula"]),
  summary: (draft) => requireFields("summary", draft.summary, ["paymentFrequency", "clientLanguage"]),
};

/** The issues of one step, first per field. */
export function checkStep(step: StepId, draft: QuoteDraft, today = belgianToday()): Issue[] {
  const seen = new Set<string>();
  return stepRules[step](draft, today).filter((issue) => !seen.has(issue.path) && seen.add(issue.path));
}

/** The issues of every visible step, with the step they belong to: what stands between a draft and an offer. */
export function checkDraft(draft: QuoteDraft, today = belgianToday()): (Issue & { step: StepId })[] {
  return visibleSteps(draft).flatMap((step) =>
    checkStep(step, draft, today).map((issue) => ({ ...issue, step })),
  );
}

/** The first step of the wizard with an issue, or "summary" when all is well. */
export function firstIncompleteStep(draft: QuoteDraft, today = belgianToday()): StepId {
  return checkDraft(draft, today)[0]?.step ?? "summary";
}

// ── Requests ──

export const QUOTE_STATUSES = [
  "active",
  "offer",
  "submitted",
  "accepted",
  "refused",
  "expired",
  "archived",
] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

/** "Nieuw": a tarification for a product in the current subaccount's group. */
export const createQuoteSchema = z.strictObject({ productId: id });

/** Autosave: the whole draft as it stands. The version it is based on comes in `If-Match`. */
export const saveQuoteSchema = z.strictObject({ draft: quoteDraftSchema });

/** The live premium: a draft priced with the quote's tariff, nothing saved. */
export const priceQuoteSchema = z.strictObject({ draft: quoteDraftSchema });

export const QUOTE_ACTIONS = ["issueOffer", "submit", "archive"] as const;
export type QuoteAction = (typeof QUOTE_ACTIONS)[number];
export const transitionSchema = z.strictObject({
  action: z.enum(QUOTE_ACTIONS, { error: "VALIDATION_FAILED" }),
});

export const insurerDecisionSchema = z.discriminatedUnion(
  "decision",
  [
    z.strictObject({
      decision: z.literal("accept"),
      message: z.string().trim().max(2000, { error: "TOO_LONG" }).default(""),
    }),
    z.strictObject({
      decision: z.literal("refuse"),
      message: z
        .string({ error: "REQUIRED" })
        .trim()
        .min(1, { error: "REQUIRED" })
        .max(2000, { error: "TOO_LONG" }),
    }),
  ],
  { error: "REQUIRED" },
);
export type InsurerDecisionInput = z.input<typeof insurerDecisionSchema>;

export const QUOTE_SORTS = [
  "reference",
  "createdAt",
  "updatedAt",
  "intermediary",
  "product",
  "status",
] as const;

export const quoteListQuerySchema = z.strictObject({
  status: z.enum(QUOTE_STATUSES, { error: "VALIDATION_FAILED" }).optional(),
  intermediary: z.string().max(64, { error: "TOO_LONG" }).optional(),
  sort: z.enum(QUOTE_SORTS, { error: "VALIDATION_FAILED" }).default("updatedAt"),
  dir: z.enum(["asc", "desc"], { error: "VALIDATION_FAILED" }).default("desc"),
  page: z.coerce.number({ error: "VALIDATION_FAILED" }).int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number({ error: "VALIDATION_FAILED" }).int().min(1).max(100).default(50),
});
export type QuoteListQuery = z.input<typeof quoteListQuerySchema>;
export type QuoteListFilter = z.output<typeof quoteListQuerySchema>;

export const quoteSearchQuerySchema = z.strictObject({
  q: z.string({ error: "REQUIRED" }).trim().max(200, { error: "TOO_LONG" }),
  limit: z.coerce.number({ error: "VALIDATION_FAILED" }).int().min(1).max(100).default(20),
});

export const backofficeQuoteQuerySchema = z.strictObject({
  status: z.enum(["submitted", "decided"], { error: "VALIDATION_FAILED" }).default("submitted"),
  page: z.coerce.number({ error: "VALIDATION_FAILED" }).int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number({ error: "VALIDATION_FAILED" }).int().min(1).max(100).default(25),
});

/** The statuses as the manual names them, in the three languages (list, CSV, PDF and mails). */
export const QUOTE_STATUS_LABELS: Record<QuoteStatus, Record<"nl" | "fr" | "en", string>> = {
  active: { nl: "Actief", fr: "Actif", en: "Active" },
  offer: { nl: "Offerte", fr: "Offre", en: "Offer" },
  submitted: { nl: "Ingediend", fr: "Soumis", en: "Submitted" },
  accepted: { nl: "Aanvaard", fr: "Accepté", en: "Accepted" },
  refused: { nl: "Geweigerd", fr: "Refusé", en: "Refused" },
  expired: { nl: "Vervallen", fr: "Expiré", en: "Expired" },
  archived: { nl: "Gearchiveerd", fr: "Archivé", en: "Archived" },
};
