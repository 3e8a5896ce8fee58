import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { listActivities, searchActivities } from "../src/activities.ts";
import { loadTariff } from "../src/load-tariff.ts";
import { priceQuote } from "../src/price-quote.ts";
import { RatingError } from "../src/rating-error.ts";
import { parseQuoteRequest } from "../src/rating-input.ts";
import { findTariffInForce } from "../src/shipped-tariffs.ts";
import { baseRequest, demoTariff, price } from "./helpers.ts";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const demoJson = () => JSON.parse(readFileSync(join(packageDir, "tariffs/vivium-kmo-2021-06.json"), "utf8"));

function ratingError(run: () => unknown): RatingError {
  try {
    run();
  } catch (error) {
    if (error instanceof RatingError) return error;
    throw error;
  }
  throw new Error("expected a RatingError");
}

describe("the demo tariff", () => {
  it("lists at least 40 activities, each accepted, on referral or declined, named in three languages", () => {
    expect(demoTariff.activities.length).toBeGreaterThanOrEqual(40);
    const acceptances = new Set(demoTariff.activities.map((a) => a.acceptance));
    expect([...acceptances].sort()).toEqual(["accepted", "declined", "referral"]);
    for (const activity of demoTariff.activities) {
      expect(activity.code).toMatch(/^\d{2}\.\d{3}$/);
      expect(activity.name.nl && activity.name.fr && activity.name.en).toBeTruthy();
    }
  });

  it("lists activities sorted by name in the chosen language", () => {
    const french = listActivities(demoTariff, "fr");
    expect(french.map((a) => a.name)).toEqual(
      [...french.map((a) => a.name)].sort((a, b) => a.localeCompare(b, "fr")),
    );
    expect(french.find((a) => a.code === "56.301")?.name).toBe("Café");
  });

  it("searches by name prefix, by a word, ignoring accents, and by NACE-BEL code", () => {
    expect(searchActivities(demoTariff, "bakker", "nl")[0]?.code).toBe("10.712");
    expect(searchActivities(demoTariff, "cafe", "fr").map((a) => a.code)).toContain("56.301");
    expect(searchActivities(demoTariff, "56.1", "en").map((a) => a.code)).toEqual(["56.101", "56.102"]);
    expect(searchActivities(demoTariff, "repair", "en").map((a) => a.code)).toEqual(["45.201"]);
    expect(searchActivities(demoTariff, "zzz", "en")).toEqual([]);
  });
});

describe("loading a tariff", () => {
  it("rejects a tariff whose activity points to a missing rate row, naming the path", () => {
    const json = demoJson();
    json.activities[3].riskClass = "7";
    const error = ratingError(() => loadTariff(json));
    expect(error.code).toBe("INVALID_TARIFF");
    expect(error.issues.map((i) => i.path)).toContain("activities.3.riskClass");
  });

  it("rejects overlapping validity periods of a legal parameter", () => {
    const json = demoJson();
    json.legal.workAccidentWageCeiling[1].validFrom = "2021-12-01";
    const error = ratingError(() => loadTariff(json));
    expect(error.issues.some((i) => i.path === "legal.workAccidentWageCeiling")).toBe(true);
  });

  it("rejects schema errors with their paths", () => {
    const json = demoJson();
    json.generalLiability.minimumPremiumCents = -1;
    json.activities[0].acceptance = "maybe";
    const paths = ratingError(() => loadTariff(json)).issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(["generalLiability.minimumPremiumCents", "activities.0.acceptance"]),
    );
  });

  it("prices with a second tariff version without any code change", () => {
    const json = demoJson();
    json.id = "vivium-kmo-2027-01";
    json.version = "01.2027";
    json.validFrom = "2027-01-01";
    json.generalLiability.byClass["2"].baseCents = 30_000;
    json.legal.workAccidentWageCeiling.push({
      validFrom: "2027-01-01",
      validTo: null,
      amountCents: 5_600_000,
    });
    json.legal.workAccidentWageCeiling[3].validTo = "2026-12-31";
    const next = loadTariff(json);
    expect(findTariffInForce([demoTariff, next], "2026-12-31")?.id).toBe("vivium-kmo-2021-06");
    expect(findTariffInForce([demoTariff, next], "2027-01-01")?.id).toBe("vivium-kmo-2027-01");

    const request = baseRequest();
    request.effectiveDate = "2027-03-01";
    request.coverages.generalLiability = {
      limit: "standard",
      afterDelivery: false,
      entrustedGoods: false,
      deductibleCents: 0,
    };
    request.coverages.workAccidents = {
      blueCollarPayrollCents: 14_000_000,
      whiteCollarPayrollCents: 0,
      topUp: false,
    };
    request.company.whiteCollarCount = 0;
    const result = price(request, next);
    expect(result.tariffVersion).toBe("vivium-kmo-2027-01");
    expect(result.lines.find((l) => l.coverage === "generalLiability")?.netCents).toBe(30_000 + 20_000);
    // 2 x 5,600,000 = 11,200,000 x 2.3 % = 257,600 x 0.85 = 218,960
    expect(result.lines.find((l) => l.coverage === "workAccidentsLegal")?.netCents).toBe(218_960);
  });
});

describe("input the tariff cannot price", () => {
  it("an unknown activity names company.activityCode", () => {
    const request = baseRequest();
    request.company.activityCode = "99.999";
    request.coverages.legalAid = { formula: "first" };
    const error = ratingError(() => price(request));
    expect(error.code).toBe("UNKNOWN_ACTIVITY");
    expect(error.issues[0]?.path).toBe("company.activityCode");
  });

  it("a date before the tariff is in force names effectiveDate", () => {
    const request = baseRequest();
    request.effectiveDate = "2021-05-31";
    request.coverages.legalAid = { formula: "first" };
    expect(ratingError(() => price(request)).issues[0]?.path).toBe("effectiveDate");
  });

  it("a payroll-rated activity without any payroll names the payroll field", () => {
    const request = baseRequest();
    request.company.activityCode = "62.010";
    request.coverages.generalLiability = {
      limit: "standard",
      afterDelivery: false,
      entrustedGoods: false,
      deductibleCents: 0,
    };
    expect(ratingError(() => price(request)).issues[0]?.path).toBe("coverages.generalLiability.payrollCents");
  });

  it("the schema names negative amounts, missing fields and inconsistent payroll", () => {
    const request = baseRequest();
    request.company.turnoverCents = -1;
    request.company.blueCollarCount = 0;
    request.coverages.workAccidents = {
      blueCollarPayrollCents: 100,
      whiteCollarPayrollCents: 0,
      topUp: false,
    };
    const { paymentFrequency: _, ...withoutFrequency } = request;
    const paths = ratingError(() => parseQuoteRequest(withoutFrequency)).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["company.turnoverCents", "paymentFrequency"]));
    // Cross-field rules run once each field is valid on its own.
    request.company.turnoverCents = 0;
    expect(ratingError(() => parseQuoteRequest(request)).issues.map((i) => i.path)).toEqual([
      "coverages.workAccidents.blueCollarPayrollCents",
    ]);
  });

  it("the schema asks for at least one coverage", () => {
    expect(ratingError(() => parseQuoteRequest(baseRequest())).issues).toEqual([
      { path: "coverages", message: "choose at least one coverage" },
    ]);
  });

  it("the engine reads no clock: a quote keeps its effective date and tariff version", () => {
    const request = baseRequest();
    request.coverages.legalAid = { formula: "first" };
    const result = priceQuote({ ...parseQuoteRequest(request), tariff: demoTariff });
    expect(result.effectiveDate).toBe("2026-01-01");
    expect(result.tariffVersion).toBe("vivium-kmo-2021-06");
  });
});
