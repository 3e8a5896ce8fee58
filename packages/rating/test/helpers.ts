import { priceQuote, type RatingResult } from "../src/price-quote.ts";
import type { QuoteRequest } from "../src/rating-input.ts";
import { parseQuoteRequest } from "../src/rating-input.ts";
import { getShippedTariff } from "../src/shipped-tariffs.ts";

const shipped = getShippedTariff("vivium-kmo-2021-06");
if (!shipped) throw new Error("the demo tariff must ship with the package");
export const demoTariff = shipped;

/**
 * A convenience store (47.114: risk class 2, fire class 2) with 2 blue-collar workers and
 * 1 white-collar worker, EUR 500,000 turnover, priced on 2026-01-01, paid yearly, no claims.
 * Each case adds the coverages it is about.
 */
export function baseRequest(): QuoteRequest {
  return {
    effectiveDate: "2026-01-01",
    company: {
      name: "Buurtwinkel Proxi",
      activityCode: "47.114",
      postcode: "9000",
      blueCollarCount: 2,
      whiteCollarCount: 1,
      turnoverCents: 50_000_000,
    },
    coverages: {},
    claimsHistory: { cancelledByInsurer: false },
    paymentFrequency: "annual",
  };
}

/** Validates the request like the API does, then prices it with the demo tariff. */
export function price(request: QuoteRequest, tariff = demoTariff): RatingResult {
  return priceQuote({ ...parseQuoteRequest(request), tariff });
}
