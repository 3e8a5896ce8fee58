import { describe, expect, it } from "vitest";
import type { LineKind } from "../src/coverage.ts";
import type { QuoteRequest } from "../src/rating-input.ts";
import { baseRequest, price } from "./helpers.ts";

/*
 * Every expected figure below is computed by hand from tariffs/vivium-kmo-2021-06.json and
 * written as the arithmetic that produced it. Rounding is half-up to the cent per line, on
 * the net premium and on each tax separately (see docs/decisions/020-rating-engine-design.md).
 *
 * The base company (test/helpers.ts) is a convenience store, 47.114: risk class 2 (work
 * accidents blue 2.3 %, white 0.3 %; top-up blue 1.2 %, white 0.18 %; GL base EUR 240 +
 * 0.4 per mille of turnover) and fire class 2 (building A/B/C 0.6/0.8/1.2 per mille, contents
 * 1.0/1.3/1.9, theft 1.8, BI 0.45 of turnover or 6 of daily x days, machines 3.5). 2 blue-
 * collar workers, 1 white-collar, turnover 50,000,000 cents, priced 2026-01-01, paid yearly.
 * Wage ceiling from 2024-01-01: 5,474,348 cents per worker.
 */

interface LineCase {
  name: string;
  edit: (request: QuoteRequest) => void;
  line: LineKind;
  net: number;
  taxes?: [string, number][];
  total?: number;
  commission?: number;
}

const workAccidents = (blue: number, white: number, topUp = false) => ({
  blueCollarPayrollCents: blue,
  whiteCollarPayrollCents: white,
  topUp,
});
const generalLiability = {
  limit: "standard" as const,
  afterDelivery: false,
  entrustedGoods: false,
  deductibleCents: 0,
};
const property = {
  occupancy: "owner" as const,
  buildingCents: 0,
  contentsCents: 0,
  construction: "A" as const,
  alarm: false,
  sprinklers: false,
  theft: false,
};

const lineCases: LineCase[] = [
  {
    name: "work accidents: rate x payroll per category, claim-free bonus held at -15 % for a small firm",
    edit: (r) => {
      r.coverages.workAccidents = workAccidents(8_000_000, 4_000_000);
    },
    line: "workAccidentsLegal",
    net: (8_000_000 * 0.023 + 4_000_000 * 0.003) * 0.85, // (184,000 + 12,000) x (1 - 15 %) = 166,600
    taxes: [["inamiWorkAccidentLevy", 8_280]], // 166,600 x 4.97 % = 8,280.02 -> 8,280; no 9.25 % tax
    total: 166_600 + 8_280,
    commission: 13_328, // 166,600 x 8 %
  },
  {
    name: "work accidents: the 2024 wage ceiling caps blue-collar payroll at 2 x 5,474,348",
    edit: (r) => {
      r.coverages.workAccidents = workAccidents(14_000_000, 4_000_000);
    },
    line: "workAccidentsLegal",
    net: 224_247, // (10,948,696 x 2.3 % = 251,820.008 + 12,000) x 0.85 = 224,247.0068
  },
  {
    name: "work accidents: the 2023 ceiling (demo 5,165,998) applies to a 2023 effective date",
    edit: (r) => {
      r.effectiveDate = "2023-06-01";
      r.coverages.workAccidents = workAccidents(14_000_000, 4_000_000);
    },
    line: "workAccidentsLegal",
    net: 212_191, // (10,331,996 x 2.3 % = 237,635.908 + 12,000) x 0.85 = 212,190.52
  },
  {
    name: "work accidents: the 2021 ceiling (demo 4,542,674) applies to a 2021 effective date",
    edit: (r) => {
      r.effectiveDate = "2021-07-01";
      r.coverages.workAccidents = workAccidents(14_000_000, 4_000_000);
    },
    line: "workAccidentsLegal",
    net: 187_819, // (9,085,348 x 2.3 % = 208,963.004 + 12,000) x 0.85 = 187,818.55
  },
  {
    name: "work accidents: the minimum premium of EUR 150 and a levy that rounds half up",
    edit: (r) => {
      r.coverages.workAccidents = workAccidents(0, 1_000_000);
    },
    line: "workAccidentsLegal",
    net: 15_000, // 1,000,000 x 0.3 % x 0.85 = 2,550 < 15,000
    taxes: [["inamiWorkAccidentLevy", 746]], // 15,000 x 4.97 % = 745.5 -> 746
    total: 15_746,
  },
  {
    name: "work accidents: malus held at +30 % for a small firm",
    edit: (r) => {
      r.coverages.workAccidents = workAccidents(8_000_000, 4_000_000);
      r.claimsHistory.workAccidents = { count: 4, totalCents: 1_500_000 };
    },
    line: "workAccidentsLegal",
    net: 196_000 * 1.3, // 4 claims +30 % and 3 full steps of 500,000 x 5 % = +45 %, held at +30 %
  },
  {
    name: "work accidents: malus held at +50 % for a firm above 10 workers",
    edit: (r) => {
      r.company.blueCollarCount = 12;
      r.company.whiteCollarCount = 0;
      r.coverages.workAccidents = workAccidents(40_000_000, 0);
      r.claimsHistory.workAccidents = { count: 4, totalCents: 3_000_000 };
    },
    line: "workAccidentsLegal",
    net: 40_000_000 * 0.023 * 1.5, // 920,000 x (30 % + 6 x 5 % = 60 %, held at 50 %)
  },
  {
    name: "work accidents: the full claim-free bonus of -20 % for a firm above 10 workers",
    edit: (r) => {
      r.company.blueCollarCount = 12;
      r.company.whiteCollarCount = 0;
      r.coverages.workAccidents = workAccidents(40_000_000, 0);
    },
    line: "workAccidentsLegal",
    net: 920_000 * 0.8, // within the large-firm bounds -25 % .. +50 %
  },
  {
    name: "work accidents: one claim (0 %) plus one full step of claims amount (+5 %)",
    edit: (r) => {
      r.coverages.workAccidents = workAccidents(8_000_000, 4_000_000);
      r.claimsHistory.workAccidents = { count: 1, totalCents: 600_000 };
    },
    line: "workAccidentsLegal",
    net: 196_000 * 1.05, // 205,800
  },
  {
    name: "work accidents top-up: rate x payroll above the ceiling, with the 9.25 % tax",
    edit: (r) => {
      r.coverages.workAccidents = workAccidents(14_000_000, 4_000_000, true);
    },
    line: "workAccidentsTopUp",
    net: 36_616, // (14,000,000 - 10,948,696) x 1.2 % = 36,615.648; white below the ceiling
    taxes: [["insuranceTax", 3_387]], // 36,616 x 9.25 % = 3,386.98
    total: 40_003,
    commission: 5_492, // 36,616 x 15 % = 5,492.4
  },
  {
    name: "work accidents top-up: the minimum premium when no payroll is above the ceiling",
    edit: (r) => {
      r.coverages.workAccidents = workAccidents(8_000_000, 4_000_000, true);
    },
    line: "workAccidentsTopUp",
    net: 5_000,
    taxes: [["insuranceTax", 463]], // 462.5 -> 463
    total: 5_463,
  },
  {
    name: "general liability: base by class + per mille of turnover",
    edit: (r) => {
      r.coverages.generalLiability = generalLiability;
    },
    line: "generalLiability",
    net: 24_000 + 50_000_000 * 0.0004, // 44,000
    taxes: [["insuranceTax", 4_070]],
    total: 48_070,
    commission: 8_800,
  },
  {
    name: "general liability: high limits, both options and the 10 % deductible discount",
    edit: (r) => {
      r.coverages.generalLiability = {
        limit: "high",
        afterDelivery: true,
        entrustedGoods: true,
        deductibleCents: 50_000,
      };
    },
    line: "generalLiability",
    net: 67_627, // 44,000 x 1.35 x 1.15 x 1.10 x 0.90 = 67,626.9
  },
  {
    name: "general liability: a deductible between bands takes the lower band (5 %)",
    edit: (r) => {
      r.coverages.generalLiability = { ...generalLiability, deductibleCents: 30_000 };
    },
    line: "generalLiability",
    net: 44_000 * 0.95, // 41,800
  },
  {
    name: "general liability: the minimum premium of EUR 200",
    edit: (r) => {
      r.company.activityCode = "47.730"; // pharmacy, class 1: base 18,000 + 0.25 per mille
      r.company.turnoverCents = 0;
      r.coverages.generalLiability = { ...generalLiability, deductibleCents: 250_000 };
    },
    line: "generalLiability",
    net: 20_000, // 18,000 x 0.8 = 14,400 < 20,000
    taxes: [["insuranceTax", 1_850]],
  },
  {
    name: "general liability: a service activity is rated on the work-accidents payroll",
    edit: (r) => {
      r.company.activityCode = "69.201"; // accountancy, class 1: 0.6 per mille of payroll
      r.company.blueCollarCount = 0;
      r.company.whiteCollarCount = 6;
      r.coverages.workAccidents = workAccidents(0, 30_000_000);
      r.coverages.generalLiability = generalLiability;
    },
    line: "generalLiability",
    net: 18_000 + 30_000_000 * 0.0006, // 36,000
  },
  {
    name: "general liability: an explicit payroll overrides the work-accidents payroll",
    edit: (r) => {
      r.company.activityCode = "69.201";
      r.coverages.generalLiability = { ...generalLiability, payrollCents: 10_000_000 };
    },
    line: "generalLiability",
    net: 18_000 + 10_000_000 * 0.0006, // 24,000
  },
  {
    name: "fire building: per mille by construction class, 9.25 % tax and 6.5 % INAMI fire levy",
    edit: (r) => {
      r.coverages.property = { ...property, buildingCents: 40_000_000 };
    },
    line: "fireBuilding",
    net: 40_000_000 * 0.0006, // 24,000
    taxes: [
      ["insuranceTax", 2_220],
      ["inamiFireLevy", 1_560],
    ],
    total: 27_780,
    commission: 5_280, // 22 %
  },
  {
    name: "fire building: tenant factor and the sprinkler discount",
    edit: (r) => {
      r.coverages.property = {
        ...property,
        occupancy: "tenant",
        buildingCents: 40_000_000,
        construction: "C",
        sprinklers: true,
      };
    },
    line: "fireBuilding",
    net: 40_000_000 * 0.0012 * 0.8 * 0.8, // 30,720
  },
  {
    name: "fire building: the minimum premium of EUR 100",
    edit: (r) => {
      r.coverages.property = { ...property, buildingCents: 10_000_000 };
    },
    line: "fireBuilding",
    net: 10_000, // 10,000,000 x 0.6 per mille = 6,000 < 10,000
    taxes: [
      ["insuranceTax", 925],
      ["inamiFireLevy", 650],
    ],
    total: 11_575,
  },
  {
    name: "fire contents: alarm and sprinkler discounts compound",
    edit: (r) => {
      r.coverages.property = {
        ...property,
        contentsCents: 20_000_000,
        construction: "B",
        alarm: true,
        sprinklers: true,
      };
    },
    line: "fireContents",
    net: 20_000_000 * 0.0013 * 0.9 * 0.8, // 18,720
  },
  {
    name: "theft: per mille of contents with the alarm discount, no fire levy",
    edit: (r) => {
      r.coverages.property = { ...property, contentsCents: 20_000_000, alarm: true, theft: true };
    },
    line: "theft",
    net: 20_000_000 * 0.0018 * 0.9, // 32,400
    taxes: [["insuranceTax", 2_997]],
    total: 35_397,
  },
  {
    name: "business interruption: per mille of turnover",
    edit: (r) => {
      r.coverages.property = {
        ...property,
        contentsCents: 1_000_000,
        businessInterruption: { formula: "turnover" },
      };
    },
    line: "businessInterruption",
    net: 50_000_000 * 0.00045, // 22,500
  },
  {
    name: "business interruption: daily indemnity x days",
    edit: (r) => {
      r.coverages.property = {
        ...property,
        contentsCents: 1_000_000,
        businessInterruption: { formula: "dailyIndemnity", dailyIndemnityCents: 30_000, days: 100 },
      };
    },
    line: "businessInterruption",
    net: 30_000 * 100 * 0.006, // 18,000
  },
  {
    name: "business interruption: the minimum premium of EUR 80",
    edit: (r) => {
      r.coverages.property = {
        ...property,
        contentsCents: 1_000_000,
        businessInterruption: { formula: "dailyIndemnity", dailyIndemnityCents: 10_000, days: 30 },
      };
    },
    line: "businessInterruption",
    net: 8_000, // 10,000 x 30 x 6 per mille = 1,800 < 8,000
  },
  {
    name: "machine breakdown: per mille of the machinery capital, 18 % commission",
    edit: (r) => {
      r.coverages.property = { ...property, contentsCents: 1_000_000, machineBreakdownCents: 5_000_000 };
    },
    line: "machineBreakdown",
    net: 5_000_000 * 0.0035, // 17,500
    commission: 3_150,
  },
  {
    name: "objective liability: restaurant band up to 150 m², tax and 3 % Safety Fund levy",
    edit: (r) => {
      r.coverages.objectiveLiability = { premisesType: "restaurant", publicAreaM2: 120 };
    },
    line: "objectiveLiability",
    net: 7_500,
    taxes: [
      ["insuranceTax", 694], // 693.75 -> 694
      ["safetyFundLevy", 225],
    ],
    total: 8_419,
    commission: 1_125,
  },
  {
    name: "objective liability: shop band up to 1,000 m²",
    edit: (r) => {
      r.coverages.objectiveLiability = { premisesType: "shop", publicAreaM2: 800 };
    },
    line: "objectiveLiability",
    net: 9_000,
    taxes: [
      ["insuranceTax", 833], // 832.5 -> 833
      ["safetyFundLevy", 270],
    ],
    total: 10_103,
  },
  {
    name: "objective liability: an office exactly on a band limit takes that band",
    edit: (r) => {
      r.coverages.objectiveLiability = { premisesType: "office", publicAreaM2: 500 };
    },
    line: "objectiveLiability",
    net: 5_000,
  },
  {
    name: "legal aid First: flat + per worker",
    edit: (r) => {
      r.coverages.legalAid = { formula: "first" };
    },
    line: "legalAid",
    net: 15_000 + 3 * 800, // 17,400
    taxes: [["insuranceTax", 1_610]], // 1,609.5 -> 1,610
    total: 19_010,
  },
  {
    name: "legal aid All In: flat + per worker",
    edit: (r) => {
      r.coverages.legalAid = { formula: "allIn" };
    },
    line: "legalAid",
    net: 32_000 + 3 * 1_500, // 36,500
    taxes: [["insuranceTax", 3_376]], // 3,376.25
  },
  {
    name: "payment split: half-yearly adds 2 % to the net premium before taxes",
    edit: (r) => {
      r.paymentFrequency = "semiannual";
      r.coverages.generalLiability = generalLiability;
    },
    line: "generalLiability",
    net: 44_000 * 1.02, // 44,880
    taxes: [["insuranceTax", 4_151]], // 4,151.4
  },
  {
    name: "payment split: quarterly adds 4 %",
    edit: (r) => {
      r.paymentFrequency = "quarterly";
      r.coverages.generalLiability = generalLiability;
    },
    line: "generalLiability",
    net: 44_000 * 1.04, // 45,760
    taxes: [["insuranceTax", 4_233]], // 4,232.8
    total: 49_993,
  },
];

describe("hand-computed premiums of the demo tariff", () => {
  it.each(lineCases)("$name", ({ edit, line, net, taxes, total, commission }) => {
    const request = baseRequest();
    edit(request);
    const result = price(request);
    const found = result.lines.find((l) => l.coverage === line);
    expect(found, `line ${line}`).toBeDefined();
    if (!found) return;
    // Hand arithmetic is exact decimal; Math.round only turns e.g. 254,800.00000000003 into cents.
    expect(found.netCents).toBe(Math.round(net));
    if (taxes) expect(found.taxes.map((t) => [t.kind, t.cents])).toEqual(taxes);
    if (total !== undefined) expect(found.totalCents).toBe(total);
    if (commission !== undefined) expect(found.commissionCents).toBe(commission);
    expect(found.totalCents).toBe(found.netCents + found.taxes.reduce((sum, t) => sum + t.cents, 0));
  });
});

describe("quote-level rules", () => {
  it("splits a quarterly total into four installments, the first carrying the leftover cent", () => {
    const request = baseRequest();
    request.paymentFrequency = "quarterly";
    request.coverages.generalLiability = generalLiability;
    const result = price(request);
    expect(result.totalAnnualCents).toBe(49_993); // 45,760 + 4,233
    expect(result.installmentCount).toBe(4);
    expect(result.installmentCents).toBe(12_498); // floor(49,993 / 4)
    expect(result.firstInstallmentCents).toBe(12_499); // 49,993 - 3 x 12,498
  });

  it("totals are sums of rounded lines", () => {
    const request = baseRequest();
    request.coverages.generalLiability = generalLiability; // 44,000 + 4,070, commission 8,800
    request.coverages.legalAid = { formula: "first" }; // 17,400 + 1,610, commission 3,480
    const result = price(request);
    expect(result.totalNetCents).toBe(44_000 + 17_400);
    expect(result.totalTaxesCents).toBe(4_070 + 1_610);
    expect(result.totalAnnualCents).toBe(48_070 + 19_010);
    expect(result.totalCommissionCents).toBe(8_800 + 3_480);
    expect(result.status).toBe("priced");
  });

  it("explains the wage ceiling in the trail: table, row, value and the insured payroll", () => {
    const request = baseRequest();
    request.coverages.workAccidents = workAccidents(14_000_000, 4_000_000);
    const line = price(request).lines[0];
    expect(line?.trail[0]).toEqual({
      step: "wageCeiling",
      table: "legal.workAccidentWageCeiling",
      row: "2024-01-01",
      value: 5_474_348,
      unit: "centsPerWorker",
      resultCents: 10_948_696, // 2 workers x 5,474,348 < 14,000,000 declared
    });
    expect(line?.trail.map((entry) => `${entry.step}:${entry.row}:${entry.value}`)).toEqual([
      "wageCeiling:2024-01-01:5474348",
      "rate:2.blueCollar:2.3",
      "wageCeiling:2024-01-01:5474348",
      "rate:2.whiteCollar:0.3",
      "categoriesTotal:blueCollar+whiteCollar:263820",
      "bonusMalusClaims:0:-20",
      "bonusMalus:smallFirm:-15",
    ]);
    expect(line?.trail.at(-1)?.resultCents).toBe(line?.netCents);
  });

  it("refers an activity the tariff marks as on referral, with a reason in three languages", () => {
    const request = baseRequest();
    request.company.activityCode = "47.770"; // jeweller
    request.coverages.legalAid = { formula: "first" };
    const result = price(request);
    expect(result.status).toBe("referral");
    expect(result.lines).toHaveLength(1); // still priced
    expect(result.referralReasons).toEqual([
      {
        code: "ACTIVITY_ON_REFERRAL",
        coverage: null,
        message: {
          nl: 'De activiteit "Juwelier" (NACE-BEL 47.770) vereist de aanvaarding van de verzekeraar.',
          fr: "L'activité « Bijouterie » (NACE-BEL 47.770) requiert l'acceptation de l'assureur.",
          en: 'The activity "Jeweller" (NACE-BEL 47.770) needs the insurer\'s acceptance.',
        },
      },
    ]);
  });

  it("declines an activity the tariff declines, without a price", () => {
    const request = baseRequest();
    request.company.activityCode = "43.110"; // demolition
    request.coverages.workAccidents = workAccidents(8_000_000, 4_000_000);
    const result = price(request);
    expect(result.status).toBe("declined");
    expect(result.declineReasons.map((r) => r.code)).toEqual(["ACTIVITY_DECLINED"]);
    expect(result.lines).toEqual([]);
    expect(result.totalAnnualCents).toBe(0);
  });

  it("declines above 6 claims in 5 years across coverages, and refers each coverage over 2", () => {
    const request = baseRequest();
    request.coverages.legalAid = { formula: "first" };
    request.claimsHistory.workAccidents = { count: 4, totalCents: 100_000 };
    request.claimsHistory.property = { count: 3, totalCents: 3_000_000 };
    const result = price(request);
    expect(result.status).toBe("declined");
    expect(result.declineReasons.map((r) => r.code)).toEqual(["CLAIMS_TOTAL_ABOVE_DECLINE_LIMIT"]);
    expect(result.referralReasons.map((r) => `${r.code}:${r.coverage}`)).toEqual([
      "CLAIMS_COUNT_ABOVE_LIMIT:workAccidents",
      "CLAIMS_COUNT_ABOVE_LIMIT:property",
      "CLAIMS_AMOUNT_ABOVE_LIMIT:property",
    ]);
    expect(result.referralReasons[2]?.message.nl).toContain("€ 30.000,00");
    expect(result.referralReasons[2]?.message.fr).toContain("30 000,00 €");
  });

  it("refers a quote after a cancellation by a previous insurer", () => {
    const request = baseRequest();
    request.coverages.legalAid = { formula: "first" };
    request.claimsHistory.cancelledByInsurer = true;
    expect(price(request).referralReasons.map((r) => r.code)).toEqual(["CANCELLED_BY_PREVIOUS_INSURER"]);
  });

  it("refers capitals, payroll, turnover and headcount above the tariff's thresholds", () => {
    const request = baseRequest();
    request.company.blueCollarCount = 51;
    request.company.turnoverCents = 1_000_000_001;
    request.coverages.workAccidents = workAccidents(300_000_001, 0);
    request.coverages.property = {
      ...property,
      buildingCents: 500_000_001,
      contentsCents: 200_000_001,
      machineBreakdownCents: 50_000_001,
    };
    expect(price(request).referralReasons.map((r) => r.code)).toEqual([
      "WORKERS_ABOVE_LIMIT",
      "PAYROLL_ABOVE_LIMIT",
      "TURNOVER_ABOVE_LIMIT",
      "BUILDING_ABOVE_LIMIT",
      "CONTENTS_ABOVE_LIMIT",
      "MACHINERY_ABOVE_LIMIT",
    ]);
  });

  it("does not refer figures exactly on a threshold", () => {
    const request = baseRequest();
    request.company.turnoverCents = 1_000_000_000;
    request.coverages.property = { ...property, buildingCents: 500_000_000 };
    request.claimsHistory.generalLiability = { count: 2, totalCents: 2_500_000 };
    expect(price(request).status).toBe("priced");
  });

  it("says work accidents is compulsory for an employer, and whether the quote includes it", () => {
    const request = baseRequest();
    request.coverages.legalAid = { formula: "first" };
    expect(price(request).compulsoryCoverages.map((c) => [c.coverage, c.quoted])).toEqual([
      ["workAccidents", false],
    ]);
    request.company.blueCollarCount = 0;
    request.company.whiteCollarCount = 0;
    expect(price(request).compulsoryCoverages).toEqual([]);
  });

  it.each([
    ["shop", 1_000, false],
    ["shop", 1_001, true],
    ["restaurant", 50, false],
    ["restaurant", 51, true],
    ["office", 500, false],
    ["office", 501, true],
    ["hotel", 10, true],
    ["other", 5_000, false],
  ] as const)(
    "objective liability for a %s of %d m² open to the public: compulsory %s",
    (premisesType, area, compulsory) => {
      const request = baseRequest();
      request.coverages.objectiveLiability = { premisesType, publicAreaM2: area };
      const notices = price(request).compulsoryCoverages.filter((c) => c.coverage === "objectiveLiability");
      expect(notices.length === 1).toBe(compulsory);
    },
  );
});
