import { z } from "zod";
import { ACCEPTANCES, LINE_KINDS } from "./coverage.ts";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date YYYY-MM-DD")
  .refine((value) => isCalendarDate(value), "not a calendar date");

export function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const cents = z.number().int().nonnegative();
const percent = z.number().min(-100).max(1000);
const positiveRate = z.number().nonnegative();
const localized = z.strictObject({ nl: z.string().min(1), fr: z.string().min(1), en: z.string().min(1) });
const lineKind = z.enum(LINE_KINDS);
/** Risk classes and fire classes are labels chosen by the tariff author, e.g. "1".."5". */
const classKey = z.string().min(1).max(8);

/** A figure valid from one date to another (both inclusive); validTo null means open-ended. */
function dated<T extends z.ZodRawShape>(shape: T) {
  // The order of validFrom and validTo is checked by loadTariff with the other period checks.
  return z.strictObject({
    validFrom: isoDate,
    validTo: isoDate.nullable(),
    source: z.string().optional(),
    ...shape,
  });
}

const areaRule = z.union([
  z.literal("always"),
  z.literal("never"),
  z.strictObject({ aboveM2: z.number().nonnegative() }),
]);

const byCategory = z.strictObject({ blueCollar: positiveRate, whiteCollar: positiveRate });
const byConstruction = z.strictObject({ A: positiveRate, B: positiveRate, C: positiveRate });
const split = z.strictObject({
  installments: z.number().int().positive(),
  surchargePercent: z.number().min(0).max(100),
});
const commission = z.number().min(0).max(100);
const band = z.strictObject({ upToM2: z.number().nonnegative().nullable(), premiumCents: cents });

export const tariffSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case letters, digits and dashes"),
  insurer: z.string().min(1),
  product: z.strictObject({ code: z.string().min(1), name: localized }),
  version: z.string().min(1),
  currency: z.literal("EUR"),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  demo: z.boolean().default(false),
  legal: z.strictObject({
    workAccidentWageCeiling: z.array(dated({ amountCents: cents })).min(1),
    levies: z.array(
      z.strictObject({
        kind: z.string().regex(/^[a-z][A-Za-z0-9]*$/, "camelCase identifier"),
        name: localized,
        appliesTo: z.array(lineKind).min(1),
        rates: z.array(dated({ percent: z.number().nonnegative().max(100) })).min(1),
      }),
    ),
    objectiveLiabilityCompulsory: z
      .array(
        dated({
          rules: z.strictObject({
            shop: areaRule,
            restaurant: areaRule,
            office: areaRule,
            hotel: areaRule,
            other: areaRule,
          }),
        }),
      )
      .min(1),
  }),
  activities: z
    .array(
      z.strictObject({
        code: z.string().regex(/^\d{2}\.\d{3}$/, "a NACE-BEL code such as 56.101"),
        name: localized,
        riskClass: classKey,
        fireClass: classKey,
        liabilityBasis: z.enum(["turnover", "payroll"]),
        acceptance: z.enum(ACCEPTANCES),
      }),
    )
    .min(1),
  workAccidents: z.strictObject({
    legal: z.strictObject({ ratesPercent: z.record(classKey, byCategory), minimumPremiumCents: cents }),
    bonusMalus: z.strictObject({
      byClaimCount: z
        .array(z.strictObject({ claims: z.number().int().nonnegative(), percent }))
        .min(1)
        .refine((rows) => rows[0]?.claims === 0, "the first row must be for 0 claims")
        .refine((rows) => rows.every((row, i) => i === 0 || row.claims > (rows[i - 1]?.claims ?? 0)), {
          message: "rows must be in increasing order of claims",
        }),
      byClaimsAmount: z.strictObject({ stepCents: z.number().int().positive(), percentPerStep: percent }),
      smallFirm: z.strictObject({
        maxWorkers: z.number().int().nonnegative(),
        minPercent: percent,
        maxPercent: percent,
      }),
      largeFirm: z.strictObject({ minPercent: percent, maxPercent: percent }),
    }),
    topUp: z.strictObject({ ratesPercent: z.record(classKey, byCategory), minimumPremiumCents: cents }),
  }),
  generalLiability: z.strictObject({
    byClass: z.record(
      classKey,
      z.strictObject({ baseCents: cents, turnoverPerMille: positiveRate, payrollPerMille: positiveRate }),
    ),
    limits: z.strictObject({
      standard: z.strictObject({
        factor: positiveRate,
        bodilyInjuryCents: cents,
        propertyDamageCents: cents,
      }),
      high: z.strictObject({ factor: positiveRate, bodilyInjuryCents: cents, propertyDamageCents: cents }),
    }),
    optionsPercent: z.strictObject({ afterDelivery: percent, entrustedGoods: percent }),
    deductibleDiscounts: z
      .array(z.strictObject({ fromCents: cents, percent: z.number().min(0).max(100) }))
      .min(1)
      .refine((rows) => rows[0]?.fromCents === 0, "the first row must start at 0 cents")
      .refine((rows) => rows.every((row, i) => i === 0 || row.fromCents > (rows[i - 1]?.fromCents ?? 0)), {
        message: "rows must be in increasing order of fromCents",
      }),
    minimumPremiumCents: cents,
  }),
  property: z.strictObject({
    building: z.strictObject({
      perMille: z.record(classKey, byConstruction),
      occupancyFactors: z.strictObject({ owner: positiveRate, tenant: positiveRate }),
      minimumPremiumCents: cents,
    }),
    contents: z.strictObject({ perMille: z.record(classKey, byConstruction), minimumPremiumCents: cents }),
    prevention: z.strictObject({
      alarm: z.strictObject({ percent: z.number().min(0).max(100), appliesTo: z.array(lineKind) }),
      sprinklers: z.strictObject({ percent: z.number().min(0).max(100), appliesTo: z.array(lineKind) }),
    }),
    theft: z.strictObject({ perMille: z.record(classKey, positiveRate), minimumPremiumCents: cents }),
    businessInterruption: z.strictObject({
      turnoverPerMille: z.record(classKey, positiveRate),
      dailyIndemnityPerMille: z.record(classKey, positiveRate),
      maxDays: z.number().int().positive(),
      minimumPremiumCents: cents,
    }),
    machineBreakdown: z.strictObject({
      perMille: z.record(classKey, positiveRate),
      minimumPremiumCents: cents,
    }),
  }),
  objectiveLiability: z.strictObject({
    bands: z.strictObject({
      shop: z.array(band).min(1),
      restaurant: z.array(band).min(1),
      office: z.array(band).min(1),
      hotel: z.array(band).min(1),
      other: z.array(band).min(1),
    }),
  }),
  legalAid: z.strictObject({
    formulas: z.strictObject({
      first: z.strictObject({ flatCents: cents, perWorkerCents: cents }),
      allIn: z.strictObject({ flatCents: cents, perWorkerCents: cents }),
    }),
  }),
  paymentFrequencies: z.strictObject({ annual: split, semiannual: split, quarterly: split }),
  commissionPercent: z.strictObject({
    workAccidentsLegal: commission,
    workAccidentsTopUp: commission,
    generalLiability: commission,
    fireBuilding: commission,
    fireContents: commission,
    theft: commission,
    businessInterruption: commission,
    machineBreakdown: commission,
    objectiveLiability: commission,
    legalAid: commission,
  }),
  referral: z.strictObject({
    maxClaimsPerCoverage: z.number().int().nonnegative(),
    maxClaimsAmountCentsPerCoverage: cents,
    cancelledByInsurer: z.boolean(),
    maxWorkers: z.number().int().nonnegative(),
    maxPayrollCents: cents,
    maxTurnoverCents: cents,
    maxBuildingCents: cents,
    maxContentsCents: cents,
    maxMachineBreakdownCents: cents,
  }),
  decline: z.strictObject({ maxClaimsTotal: z.number().int().nonnegative() }),
});

/** A tariff document as its author writes it (the JSON file). */
export type TariffDocument = z.input<typeof tariffSchema>;
/** A tariff document after validation. */
export type Tariff = z.output<typeof tariffSchema>;
