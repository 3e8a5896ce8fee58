import {
  type Acceptance,
  CONSTRUCTION_CLASSES,
  type ConstructionClass,
  type Coverage,
  LINE_COVERAGE,
  type LineKind,
  type LocalizedText,
  PAYMENT_FREQUENCIES,
  type PaymentFrequency,
  PREMISES_TYPES,
  type PremisesType,
} from "./coverage.ts";
import { issuesFromZod, RatingError, type RatingIssue } from "./rating-error.ts";
import {
  activityReason,
  type CompulsoryCoverage,
  objectiveLiabilityCompulsory,
  type Reason,
} from "./reasons.ts";
import { type Tariff, tariffSchema } from "./tariff-schema.ts";

/**
 * A figure read from a tariff table, ready to multiply. `value` is what the tariff author
 * wrote (a percent, a per-mille or a factor) and is what the trail shows; `factor` is the
 * same figure divided out once at load time so the engine only multiplies.
 */
export interface Rate {
  readonly value: number;
  readonly factor: number;
  /** The row of its table, e.g. "3.blueCollar", precomputed so pricing builds no strings. */
  readonly row: string;
}

export interface CompiledActivity {
  readonly code: string;
  readonly name: LocalizedText;
  readonly riskClass: string;
  readonly fireClass: string;
  readonly liabilityBasis: "turnover" | "payroll";
  readonly acceptance: Acceptance;
  /** The referral or decline reason the activity itself gives; null when accepted. */
  readonly acceptanceReason: Reason | null;
  readonly workAccidentsLegal: { readonly blueCollar: Rate; readonly whiteCollar: Rate };
  readonly workAccidentsTopUp: { readonly blueCollar: Rate; readonly whiteCollar: Rate };
  readonly generalLiabilityBase: Rate;
  readonly generalLiabilityRate: Rate;
  readonly fireBuilding: Readonly<Record<ConstructionClass, Rate>>;
  readonly fireContents: Readonly<Record<ConstructionClass, Rate>>;
  readonly theft: Rate;
  readonly businessInterruptionTurnover: Rate;
  readonly businessInterruptionDaily: Rate;
  readonly machineBreakdown: Rate;
}

export interface DatedEntry {
  readonly validFrom: string;
  readonly validTo: string | null;
}

export interface CompiledLevy {
  readonly kind: string;
  readonly name: LocalizedText;
  readonly rates: readonly (DatedEntry & { readonly percent: number })[];
}

export interface ResolvedLevy {
  readonly kind: string;
  readonly percent: number;
  readonly factor: number;
}

export type AreaRule = "always" | "never" | { readonly aboveM2: number };

/** The legal parameters in force on one date, resolved once per date and then reused. */
export interface ResolvedLegal {
  readonly wageCeiling: { readonly cents: number; readonly row: string } | null;
  readonly lines: Readonly<Record<LineKind, ResolvedLineLevies>>;
  readonly objectiveLiabilityRules: Readonly<Record<PremisesType, AreaRule>> | null;
  /** The notice shown when the cover is compulsory, written once per rule set. */
  readonly objectiveLiabilityNotices: Readonly<Record<PremisesType, CompulsoryCoverage | null>> | null;
}

/** What a premium line needs from the tariff, gathered so the engine reads it by name. */
export interface CompiledLine {
  readonly kind: LineKind;
  readonly group: Coverage;
  readonly commission: Rate;
  readonly alarm: Rate | null;
  readonly sprinklers: Rate | null;
}

/** The levies of one line in force on one date. */
export interface ResolvedLineLevies {
  readonly levies: readonly ResolvedLevy[];
  /** The kind of a levy that applies to the line but has no rate on this date. */
  readonly missingLevy: string | null;
}

export interface ObjectiveLiabilityBand {
  readonly upToM2: number | null;
  readonly premiumCents: number;
  readonly row: string;
}

export interface CompiledTariff {
  readonly id: string;
  readonly version: string;
  readonly insurer: string;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly demo: boolean;
  /** The validated document, for screens that show tariff details. */
  readonly document: Tariff;
  readonly activities: readonly CompiledActivity[];
  readonly activitiesByCode: ReadonlyMap<string, CompiledActivity>;
  readonly wageCeilings: readonly (DatedEntry & { readonly amountCents: number })[];
  readonly levies: readonly CompiledLevy[];
  readonly bonusMalusByClaimCount: readonly (Rate & { readonly claims: number })[];
  readonly deductibleDiscounts: readonly (Rate & { readonly fromCents: number })[];
  readonly objectiveLiabilityBands: Readonly<Record<PremisesType, readonly ObjectiveLiabilityBand[]>>;
  readonly lines: Readonly<Record<LineKind, CompiledLine>>;
  readonly paymentFrequencies: Readonly<
    Record<PaymentFrequency, { readonly installments: number; readonly surcharge: Rate }>
  >;
  /** Memo of resolveLegal by effective date; bounded, so it cannot grow without limit. */
  readonly legalByDate: Map<string, ResolvedLegal>;
}

const LEGAL_CACHE_LIMIT = 4096;

function rate(value: number, divisor: number, row: string): Rate {
  return { value, factor: value / divisor, row };
}

/**
 * A record over every line kind. Built with literal keys in one go so V8 gives it a fixed
 * shape: the engine reads it by constant names (tariff.lines.fireBuilding), which stay fast.
 */
function lineRecord<T>(make: (line: LineKind) => T): Record<LineKind, T> {
  return {
    workAccidentsLegal: make("workAccidentsLegal"),
    workAccidentsTopUp: make("workAccidentsTopUp"),
    generalLiability: make("generalLiability"),
    fireBuilding: make("fireBuilding"),
    fireContents: make("fireContents"),
    theft: make("theft"),
    businessInterruption: make("businessInterruption"),
    machineBreakdown: make("machineBreakdown"),
    objectiveLiability: make("objectiveLiability"),
    legalAid: make("legalAid"),
  };
}

function checkDatedEntries(entries: readonly DatedEntry[], path: string, issues: RatingIssue[]): void {
  entries.forEach((entry, i) => {
    if (entry.validTo !== null && entry.validTo < entry.validFrom) {
      issues.push({ path: `${path}.${i}.validTo`, message: "validTo is before validFrom" });
    }
  });
  const sorted = [...entries].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    if (!previous || !current) continue;
    if (previous.validTo === null || previous.validTo >= current.validFrom) {
      issues.push({ path, message: `periods overlap: ${previous.validFrom} and ${current.validFrom}` });
    }
  }
}

export function findDated<T extends DatedEntry>(entries: readonly T[], date: string): T | undefined {
  for (const entry of entries) {
    if (entry.validFrom <= date && (entry.validTo === null || date <= entry.validTo)) return entry;
  }
  return undefined;
}

/** Checks what the schema cannot: that every table a tariff's activities point to has a row. */
function crossCheck(tariff: Tariff): RatingIssue[] {
  const issues: RatingIssue[] = [];
  const seen = new Set<string>();
  const riskTables: [string, Record<string, unknown>][] = [
    ["workAccidents.legal.ratesPercent", tariff.workAccidents.legal.ratesPercent],
    ["workAccidents.topUp.ratesPercent", tariff.workAccidents.topUp.ratesPercent],
    ["generalLiability.byClass", tariff.generalLiability.byClass],
  ];
  const fireTables: [string, Record<string, unknown>][] = [
    ["property.building.perMille", tariff.property.building.perMille],
    ["property.contents.perMille", tariff.property.contents.perMille],
    ["property.theft.perMille", tariff.property.theft.perMille],
    ["property.businessInterruption.turnoverPerMille", tariff.property.businessInterruption.turnoverPerMille],
    [
      "property.businessInterruption.dailyIndemnityPerMille",
      tariff.property.businessInterruption.dailyIndemnityPerMille,
    ],
    ["property.machineBreakdown.perMille", tariff.property.machineBreakdown.perMille],
  ];
  tariff.activities.forEach((activity, i) => {
    if (seen.has(activity.code)) {
      issues.push({ path: `activities.${i}.code`, message: `duplicate activity code ${activity.code}` });
    }
    seen.add(activity.code);
    for (const [path, table] of riskTables) {
      if (!Object.hasOwn(table, activity.riskClass)) {
        issues.push({
          path: `activities.${i}.riskClass`,
          message: `no row "${activity.riskClass}" in ${path}`,
        });
      }
    }
    for (const [path, table] of fireTables) {
      if (!Object.hasOwn(table, activity.fireClass)) {
        issues.push({
          path: `activities.${i}.fireClass`,
          message: `no row "${activity.fireClass}" in ${path}`,
        });
      }
    }
  });
  if (tariff.validTo !== null && tariff.validTo < tariff.validFrom) {
    issues.push({ path: "validTo", message: "validTo is before validFrom" });
  }
  checkDatedEntries(tariff.legal.workAccidentWageCeiling, "legal.workAccidentWageCeiling", issues);
  checkDatedEntries(tariff.legal.objectiveLiabilityCompulsory, "legal.objectiveLiabilityCompulsory", issues);
  const levyKinds = new Set<string>();
  tariff.legal.levies.forEach((levy, i) => {
    if (levyKinds.has(levy.kind))
      issues.push({ path: `legal.levies.${i}.kind`, message: "duplicate levy kind" });
    levyKinds.add(levy.kind);
    checkDatedEntries(levy.rates, `legal.levies.${i}.rates`, issues);
  });
  if (!findDated(tariff.legal.workAccidentWageCeiling, tariff.validFrom)) {
    issues.push({ path: "legal.workAccidentWageCeiling", message: `no wage ceiling on ${tariff.validFrom}` });
  }
  const bm = tariff.workAccidents.bonusMalus;
  if (bm.smallFirm.minPercent > bm.smallFirm.maxPercent) {
    issues.push({ path: "workAccidents.bonusMalus.smallFirm", message: "minPercent is above maxPercent" });
  }
  if (bm.largeFirm.minPercent > bm.largeFirm.maxPercent) {
    issues.push({ path: "workAccidents.bonusMalus.largeFirm", message: "minPercent is above maxPercent" });
  }
  for (const type of PREMISES_TYPES) {
    const bands = tariff.objectiveLiability.bands[type];
    bands.forEach((band, i) => {
      const previous = bands[i - 1]?.upToM2;
      const isLast = i === bands.length - 1;
      const path = `objectiveLiability.bands.${type}.${i}.upToM2`;
      if (isLast && band.upToM2 !== null) issues.push({ path, message: "the last band must be open (null)" });
      if (!isLast && band.upToM2 === null) issues.push({ path, message: "only the last band may be open" });
      if (band.upToM2 !== null && previous !== undefined && previous !== null && band.upToM2 <= previous) {
        issues.push({ path, message: "bands must be in increasing order of area" });
      }
    });
  }
  return issues;
}

function compileActivity(tariff: Tariff, activity: Tariff["activities"][number]): CompiledActivity {
  const risk = activity.riskClass;
  const fire = activity.fireClass;
  // crossCheck has proven every row exists; the non-null assertions below cannot fail.
  const legal = tariff.workAccidents.legal.ratesPercent[risk]!;
  const topUp = tariff.workAccidents.topUp.ratesPercent[risk]!;
  const gl = tariff.generalLiability.byClass[risk]!;
  const building = tariff.property.building.perMille[fire]!;
  const contents = tariff.property.contents.perMille[fire]!;
  const basis = activity.liabilityBasis;
  const byConstruction = (table: Record<ConstructionClass, number>) =>
    Object.fromEntries(
      CONSTRUCTION_CLASSES.map((construction) => [
        construction,
        rate(table[construction], 1000, `${fire}.${construction}`),
      ]),
    ) as Record<ConstructionClass, Rate>;
  return {
    code: activity.code,
    name: activity.name,
    riskClass: risk,
    fireClass: fire,
    liabilityBasis: basis,
    acceptance: activity.acceptance,
    acceptanceReason: activityReason(activity.acceptance, activity.code, activity.name),
    workAccidentsLegal: {
      blueCollar: rate(legal.blueCollar, 100, `${risk}.blueCollar`),
      whiteCollar: rate(legal.whiteCollar, 100, `${risk}.whiteCollar`),
    },
    workAccidentsTopUp: {
      blueCollar: rate(topUp.blueCollar, 100, `${risk}.blueCollar`),
      whiteCollar: rate(topUp.whiteCollar, 100, `${risk}.whiteCollar`),
    },
    generalLiabilityBase: rate(gl.baseCents, 1, `${risk}.baseCents`),
    generalLiabilityRate:
      basis === "turnover"
        ? rate(gl.turnoverPerMille, 1000, `${risk}.turnoverPerMille`)
        : rate(gl.payrollPerMille, 1000, `${risk}.payrollPerMille`),
    fireBuilding: byConstruction(building),
    fireContents: byConstruction(contents),
    theft: rate(tariff.property.theft.perMille[fire]!, 1000, fire),
    businessInterruptionTurnover: rate(
      tariff.property.businessInterruption.turnoverPerMille[fire]!,
      1000,
      fire,
    ),
    businessInterruptionDaily: rate(
      tariff.property.businessInterruption.dailyIndemnityPerMille[fire]!,
      1000,
      fire,
    ),
    machineBreakdown: rate(tariff.property.machineBreakdown.perMille[fire]!, 1000, fire),
  };
}

function compile(tariff: Tariff): CompiledTariff {
  const activities = tariff.activities.map((activity) => compileActivity(tariff, activity));
  const byFrom = <T extends DatedEntry>(entries: readonly T[]) =>
    [...entries].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  const { alarm, sprinklers } = tariff.property.prevention;
  return {
    id: tariff.id,
    version: tariff.version,
    insurer: tariff.insurer,
    validFrom: tariff.validFrom,
    validTo: tariff.validTo,
    demo: tariff.demo,
    document: tariff,
    activities,
    activitiesByCode: new Map(activities.map((activity) => [activity.code, activity])),
    wageCeilings: byFrom(tariff.legal.workAccidentWageCeiling),
    levies: tariff.legal.levies.map((levy) => ({
      kind: levy.kind,
      name: levy.name,
      rates: byFrom(levy.rates),
    })),
    bonusMalusByClaimCount: tariff.workAccidents.bonusMalus.byClaimCount.map((row) => ({
      ...rate(row.percent, 100, String(row.claims)),
      claims: row.claims,
    })),
    deductibleDiscounts: tariff.generalLiability.deductibleDiscounts.map((row) => ({
      ...rate(row.percent, 100, `fromCents.${row.fromCents}`),
      fromCents: row.fromCents,
    })),
    objectiveLiabilityBands: Object.fromEntries(
      PREMISES_TYPES.map((type) => [
        type,
        tariff.objectiveLiability.bands[type].map((band, i, bands) => ({
          upToM2: band.upToM2,
          premiumCents: band.premiumCents,
          row:
            band.upToM2 === null
              ? `${type}.above${bands[i - 1]?.upToM2 ?? 0}m2`
              : `${type}.upTo${band.upToM2}m2`,
        })),
      ]),
    ) as Record<PremisesType, ObjectiveLiabilityBand[]>,
    lines: lineRecord((line) => ({
      kind: line,
      group: LINE_COVERAGE[line],
      commission: rate(tariff.commissionPercent[line], 100, line),
      alarm: alarm.appliesTo.includes(line) ? rate(alarm.percent, 100, "alarm") : null,
      sprinklers: sprinklers.appliesTo.includes(line) ? rate(sprinklers.percent, 100, "sprinklers") : null,
    })),
    paymentFrequencies: Object.fromEntries(
      PAYMENT_FREQUENCIES.map((frequency) => {
        const split = tariff.paymentFrequencies[frequency];
        return [
          frequency,
          { installments: split.installments, surcharge: rate(split.surchargePercent, 100, frequency) },
        ];
      }),
    ) as Record<PaymentFrequency, { installments: number; surcharge: Rate }>,
    legalByDate: new Map(),
  };
}

/**
 * Validates a tariff document and compiles it into lookup tables for the engine.
 * Throws a RatingError (INVALID_TARIFF) listing every problem with its path.
 */
export function loadTariff(json: unknown): CompiledTariff {
  const parsed = tariffSchema.safeParse(json);
  if (!parsed.success) throw new RatingError("INVALID_TARIFF", issuesFromZod(parsed.error.issues));
  const issues = crossCheck(parsed.data);
  if (issues.length > 0) throw new RatingError("INVALID_TARIFF", issues);
  return compile(parsed.data);
}

/** The legal parameters of a tariff in force on a date (ISO YYYY-MM-DD). */
export function resolveLegal(tariff: CompiledTariff, date: string): ResolvedLegal {
  const cached = tariff.legalByDate.get(date);
  if (cached) return cached;
  const ceiling = findDated(tariff.wageCeilings, date);
  const resolvedLevies = tariff.levies.map((levy) => {
    const entry = findDated(levy.rates, date);
    return {
      levy,
      resolved: entry ? { kind: levy.kind, percent: entry.percent, factor: entry.percent / 100 } : null,
    };
  });
  const document = tariff.document;
  const appliesTo = (kind: string) =>
    document.legal.levies.find((levy) => levy.kind === kind)?.appliesTo ?? [];
  const rules = findDated(document.legal.objectiveLiabilityCompulsory, date);
  const resolved: ResolvedLegal = {
    wageCeiling: ceiling ? { cents: ceiling.amountCents, row: ceiling.validFrom } : null,
    lines: lineRecord((line) => ({
      levies: resolvedLevies.flatMap(({ levy, resolved }) =>
        resolved && appliesTo(levy.kind).includes(line) ? [resolved] : [],
      ),
      missingLevy:
        resolvedLevies.find(({ levy, resolved }) => !resolved && appliesTo(levy.kind).includes(line))?.levy
          .kind ?? null,
    })),
    objectiveLiabilityRules: rules ? rules.rules : null,
    objectiveLiabilityNotices: rules
      ? {
          shop: objectiveLiabilityCompulsory("shop", rules.rules.shop),
          restaurant: objectiveLiabilityCompulsory("restaurant", rules.rules.restaurant),
          office: objectiveLiabilityCompulsory("office", rules.rules.office),
          hotel: objectiveLiabilityCompulsory("hotel", rules.rules.hotel),
          other: objectiveLiabilityCompulsory("other", rules.rules.other),
        }
      : null,
  };
  if (tariff.legalByDate.size >= LEGAL_CACHE_LIMIT) tariff.legalByDate.clear();
  tariff.legalByDate.set(date, resolved);
  return resolved;
}
