import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { QuoteRequest } from "../src/rating-input.ts";
import { demoTariff, price } from "./helpers.ts";

const CEILING_2024 = 5_474_348;
const codes = demoTariff.activities.map((activity) => activity.code);
const money = (max: number) => fc.integer({ min: 0, max });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const claims = optional(fc.record({ count: fc.integer({ min: 0, max: 3 }), totalCents: money(5_000_000) }));

const requestArb: fc.Arbitrary<QuoteRequest> = fc
  .record({
    effectiveDate: fc.constantFrom("2021-06-01", "2022-03-15", "2023-12-31", "2024-01-01", "2026-06-30"),
    activityCode: fc.constantFrom(...codes),
    blue: fc.integer({ min: 0, max: 30 }),
    white: fc.integer({ min: 0, max: 30 }),
    bluePerWorker: money(12_000_000),
    whitePerWorker: money(12_000_000),
    turnoverCents: money(2_000_000_000),
    topUp: fc.boolean(),
    generalLiability: optional(
      fc.record({
        limit: fc.constantFrom("standard" as const, "high" as const),
        afterDelivery: fc.boolean(),
        entrustedGoods: fc.boolean(),
        deductibleCents: money(400_000),
        payrollCents: optional(money(500_000_000)),
      }),
    ),
    property: optional(
      fc.record({
        occupancy: fc.constantFrom("owner" as const, "tenant" as const),
        buildingCents: money(600_000_000),
        contentsCents: fc.integer({ min: 1, max: 250_000_000 }),
        construction: fc.constantFrom("A" as const, "B" as const, "C" as const),
        alarm: fc.boolean(),
        sprinklers: fc.boolean(),
        theft: fc.boolean(),
        businessInterruption: optional(
          fc.oneof(
            fc.constant({ formula: "turnover" as const }),
            fc.record({
              formula: fc.constant("dailyIndemnity" as const),
              dailyIndemnityCents: fc.integer({ min: 1, max: 200_000 }),
              days: fc.integer({ min: 1, max: 365 }),
            }),
          ),
        ),
        machineBreakdownCents: optional(money(60_000_000)),
      }),
    ),
    objectiveLiability: optional(
      fc.record({
        premisesType: fc.constantFrom(
          "shop" as const,
          "restaurant" as const,
          "office" as const,
          "hotel" as const,
          "other" as const,
        ),
        publicAreaM2: fc.integer({ min: 0, max: 3_000 }),
      }),
    ),
    legalAid: optional(fc.record({ formula: fc.constantFrom("first" as const, "allIn" as const) })),
    claimsHistory: fc.record({
      workAccidents: claims,
      generalLiability: claims,
      property: claims,
      cancelledByInsurer: fc.boolean(),
    }),
    paymentFrequency: fc.constantFrom("annual" as const, "semiannual" as const, "quarterly" as const),
  })
  .map((r) => ({
    effectiveDate: r.effectiveDate,
    company: {
      name: "Property BV",
      activityCode: r.activityCode,
      postcode: "1000",
      blueCollarCount: r.blue,
      whiteCollarCount: r.white,
      turnoverCents: Math.max(r.turnoverCents, 1),
    },
    coverages: {
      workAccidents: {
        blueCollarPayrollCents: r.blue * r.bluePerWorker,
        whiteCollarPayrollCents: r.white * r.whitePerWorker,
        topUp: r.topUp,
      },
      generalLiability: r.generalLiability,
      property: r.property,
      objectiveLiability: r.objectiveLiability,
      legalAid: r.legalAid,
    },
    claimsHistory: r.claimsHistory,
    paymentFrequency: r.paymentFrequency,
  }));

function netByLine(request: QuoteRequest): Map<string, number> {
  return new Map(price(request).lines.map((line) => [line.coverage, line.netCents]));
}

function neverLower(before: QuoteRequest, after: QuoteRequest): void {
  const a = price(before);
  const b = price(after);
  expect(b.totalAnnualCents).toBeGreaterThanOrEqual(a.totalAnnualCents);
  const afterNet = netByLine(after);
  for (const [coverage, net] of netByLine(before)) {
    expect(afterNet.get(coverage) ?? 0, coverage).toBeGreaterThanOrEqual(net);
  }
}

describe("properties of the engine over random quotes", () => {
  it("totals are the sums of their lines, and each line is net plus its taxes", () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const result = price(request);
        let net = 0;
        let total = 0;
        let commission = 0;
        for (const line of result.lines) {
          expect(line.totalCents).toBe(line.netCents + line.taxes.reduce((sum, tax) => sum + tax.cents, 0));
          net += line.netCents;
          total += line.totalCents;
          commission += line.commissionCents;
        }
        expect(result.totalNetCents).toBe(net);
        expect(result.totalAnnualCents).toBe(total);
        expect(result.totalTaxesCents).toBe(total - net);
        expect(result.totalCommissionCents).toBe(commission);
        expect(result.firstInstallmentCents + result.installmentCents * (result.installmentCount - 1)).toBe(
          total,
        );
      }),
      { numRuns: 300 },
    );
  });

  it("no amount is negative or fractional", () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const result = price(request);
        const amounts = [
          result.totalAnnualCents,
          result.totalCommissionCents,
          result.installmentCents,
          result.firstInstallmentCents,
          ...result.lines.flatMap((line) => [
            line.netCents,
            line.totalCents,
            line.commissionCents,
            ...line.taxes.map((tax) => tax.cents),
          ]),
        ];
        for (const amount of amounts) {
          expect(Number.isInteger(amount)).toBe(true);
          expect(amount).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("more payroll never lowers a premium", () => {
    fc.assert(
      fc.property(requestArb, money(20_000_000), money(20_000_000), (request, extraBlue, extraWhite) => {
        const after = structuredClone(request);
        const wa = after.coverages.workAccidents;
        if (!wa) return;
        if (after.company.blueCollarCount > 0) wa.blueCollarPayrollCents += extraBlue;
        if (after.company.whiteCollarCount > 0) wa.whiteCollarPayrollCents += extraWhite;
        if (after.coverages.generalLiability?.payrollCents !== undefined) {
          after.coverages.generalLiability.payrollCents += extraBlue;
        }
        neverLower(request, after);
      }),
      { numRuns: 200 },
    );
  });

  it("more capital or turnover never lowers a premium", () => {
    fc.assert(
      fc.property(requestArb, money(100_000_000), (request, extra) => {
        const after = structuredClone(request);
        after.company.turnoverCents += extra;
        const property = after.coverages.property;
        if (property) {
          property.buildingCents += extra;
          property.contentsCents += extra;
          if (property.machineBreakdownCents !== undefined) property.machineBreakdownCents += extra;
          const bi = property.businessInterruption;
          if (bi?.dailyIndemnityCents !== undefined) bi.dailyIndemnityCents += Math.floor(extra / 1000);
        }
        neverLower(request, after);
      }),
      { numRuns: 200 },
    );
  });

  it("payroll above the wage ceiling changes nothing in the legal work-accidents premium", () => {
    fc.assert(
      fc.property(requestArb, money(50_000_000), (request, extra) => {
        request.effectiveDate = "2025-01-01";
        const wa = request.coverages.workAccidents;
        if (!wa) return;
        // Start at or above each category's cap (headcount x ceiling), then add more.
        wa.blueCollarPayrollCents = request.company.blueCollarCount * CEILING_2024;
        wa.whiteCollarPayrollCents = request.company.whiteCollarCount * CEILING_2024;
        const after = structuredClone(request);
        const afterWa = after.coverages.workAccidents;
        if (!afterWa) return;
        if (after.company.blueCollarCount > 0) afterWa.blueCollarPayrollCents += extra;
        if (after.company.whiteCollarCount > 0) afterWa.whiteCollarPayrollCents += extra;
        const legal = (r: QuoteRequest) =>
          price(r).lines.find((line) => line.coverage === "workAccidentsLegal");
        expect(legal(after)).toEqual(legal(request));
      }),
      { numRuns: 200 },
    );
  });

  it("the same input gives the same output, and the input is left untouched", () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const copy = structuredClone(request);
        const first = price(request);
        const second = price(copy);
        expect(second).toEqual(first);
        expect(copy).toEqual(request);
      }),
      { numRuns: 200 },
    );
  });
});
