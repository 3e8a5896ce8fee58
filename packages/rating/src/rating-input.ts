import { z } from "zod";
import { CONSTRUCTION_CLASSES, PAYMENT_FREQUENCIES, PREMISES_TYPES } from "./coverage.ts";
import type { CompiledTariff } from "./load-tariff.ts";
import { issuesFromZod, RatingError } from "./rating-error.ts";
import { isCalendarDate } from "./tariff-schema.ts";

/**
 * EUR 1 billion. Far above any SME figure, and it keeps every intermediate amount exact
 * enough for the half-up rounding in money.ts.
 */
export const MAX_AMOUNT_CENTS = 100_000_000_000;

const cents = z
  .number({ error: "expected an amount in integer cents" })
  .int("expected an amount in integer cents")
  .nonnegative("must not be negative")
  .max(MAX_AMOUNT_CENTS, "is implausibly large");
const headcount = z
  .number({ error: "expected a number of workers" })
  .int("expected a whole number of workers")
  .nonnegative("must not be negative")
  .max(100_000, "is implausibly large");

const claims = z.strictObject({
  count: z.number().int().nonnegative("must not be negative").max(1000),
  totalCents: cents,
});

export const ratingInputSchema = z
  .strictObject({
    effectiveDate: z
      .string({ error: "expected an ISO date YYYY-MM-DD" })
      .regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date YYYY-MM-DD")
      .refine(isCalendarDate, "not a calendar date"),
    company: z.strictObject({
      name: z.string({ error: "expected the company name" }).trim().min(1, "must not be empty"),
      activityCode: z
        .string({ error: "expected a NACE-BEL activity code" })
        .regex(/^\d{2}\.\d{3}$/, "expected a NACE-BEL code such as 56.101"),
      postcode: z
        .string({ error: "expected a postcode" })
        .regex(/^[1-9]\d{3}$/, "expected a Belgian postcode 1000-9999"),
      blueCollarCount: headcount,
      whiteCollarCount: headcount,
      turnoverCents: cents,
    }),
    coverages: z
      .strictObject({
        workAccidents: z
          .strictObject({ blueCollarPayrollCents: cents, whiteCollarPayrollCents: cents, topUp: z.boolean() })
          .optional(),
        generalLiability: z
          .strictObject({
            limit: z.enum(["standard", "high"]),
            afterDelivery: z.boolean(),
            entrustedGoods: z.boolean(),
            deductibleCents: cents,
            /** Payroll for activities rated on payroll; defaults to the work-accidents payroll. */
            payrollCents: cents.optional(),
          })
          .optional(),
        property: z
          .strictObject({
            occupancy: z.enum(["owner", "tenant"]),
            buildingCents: cents,
            contentsCents: cents,
            construction: z.enum(CONSTRUCTION_CLASSES),
            alarm: z.boolean(),
            sprinklers: z.boolean(),
            theft: z.boolean(),
            businessInterruption: z
              .strictObject({
                formula: z.enum(["dailyIndemnity", "turnover"]),
                dailyIndemnityCents: cents.optional(),
                days: z.number().int().positive("must be at least 1").optional(),
              })
              .optional(),
            machineBreakdownCents: cents.optional(),
          })
          .optional(),
        objectiveLiability: z
          .strictObject({
            premisesType: z.enum(PREMISES_TYPES),
            publicAreaM2: z
              .number()
              .nonnegative("must not be negative")
              .max(1_000_000, "is implausibly large"),
          })
          .optional(),
        legalAid: z.strictObject({ formula: z.enum(["first", "allIn"]) }).optional(),
      })
      .refine(
        (c) => Object.values(c).some((coverage) => coverage !== undefined),
        "choose at least one coverage",
      ),
    claimsHistory: z.strictObject({
      workAccidents: claims.optional(),
      generalLiability: claims.optional(),
      property: claims.optional(),
      objectiveLiability: claims.optional(),
      legalAid: claims.optional(),
      cancelledByInsurer: z.boolean({ error: "answer whether a previous insurer cancelled a policy" }),
    }),
    paymentFrequency: z.enum(PAYMENT_FREQUENCIES),
  })
  .superRefine((input, ctx) => {
    const { company, coverages } = input;
    const wa = coverages.workAccidents;
    if (wa && wa.blueCollarPayrollCents > 0 && company.blueCollarCount === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["coverages", "workAccidents", "blueCollarPayrollCents"],
        message: "blue-collar payroll declared but company.blueCollarCount is 0",
      });
    }
    if (wa && wa.whiteCollarPayrollCents > 0 && company.whiteCollarCount === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["coverages", "workAccidents", "whiteCollarPayrollCents"],
        message: "white-collar payroll declared but company.whiteCollarCount is 0",
      });
    }
    const property = coverages.property;
    if (property) {
      if (property.buildingCents === 0 && property.contentsCents === 0) {
        ctx.addIssue({
          code: "custom",
          path: ["coverages", "property", "buildingCents"],
          message: "insure a building, contents or both",
        });
      }
      if (property.theft && property.contentsCents === 0) {
        ctx.addIssue({
          code: "custom",
          path: ["coverages", "property", "theft"],
          message: "theft covers contents: coverages.property.contentsCents must be above 0",
        });
      }
      const bi = property.businessInterruption;
      if (bi?.formula === "dailyIndemnity") {
        if (!bi.dailyIndemnityCents) {
          ctx.addIssue({
            code: "custom",
            path: ["coverages", "property", "businessInterruption", "dailyIndemnityCents"],
            message: "required for the daily indemnity formula",
          });
        }
        if (bi.days === undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["coverages", "property", "businessInterruption", "days"],
            message: "required for the daily indemnity formula",
          });
        }
      }
      if (bi?.formula === "turnover" && company.turnoverCents === 0) {
        ctx.addIssue({
          code: "custom",
          path: ["company", "turnoverCents"],
          message: "required for business interruption on the turnover formula",
        });
      }
    }
  });

/** A quote request as the wizard or the API sends it: everything but the tariff. */
export type QuoteRequest = z.output<typeof ratingInputSchema>;
/** What the engine prices: a validated quote request and the compiled tariff to price it with. */
export type RatingInput = QuoteRequest & { tariff: CompiledTariff };

/** Validates untrusted input, throwing a RatingError whose issues name each bad field. */
export function parseQuoteRequest(json: unknown): QuoteRequest {
  const parsed = ratingInputSchema.safeParse(json);
  if (!parsed.success) throw new RatingError("INVALID_INPUT", issuesFromZod(parsed.error.issues));
  return parsed.data;
}
