import process from "node:process";
import { isDeepStrictEqual } from "node:util";
import { priceQuote } from "../src/price-quote.ts";
import { parseQuoteRequest, type RatingInput } from "../src/rating-input.ts";
import { getShippedTariff } from "../src/shipped-tariffs.ts";
import { priceHandcoded } from "./handcoded.ts";
import { priceHandcodedNumbersOnly } from "./handcoded-numbers.ts";
import { quoteMix } from "./quote-mix.ts";

const tariff = getShippedTariff("vivium-kmo-2021-06");
if (!tariff) throw new Error("demo tariff missing");

// Through the schema, as the API will do: the engine and the hand-coded function then see the
// very same objects, in the many hidden-class shapes real requests have.
const mix = quoteMix(4096).map((request) => parseQuoteRequest(request));
const inputs: RatingInput[] = mix.map((request) => ({ ...request, tariff }));

// Both implementations must give the same result, to the cent and word for word, before
// their speeds can be compared.
let mismatches = 0;
for (const [i, input] of inputs.entries()) {
  const engine = priceQuote(input);
  const hand = priceHandcoded(input);
  const numbersOnly = priceHandcodedNumbersOnly(input);
  const sameNumbers =
    numbersOnly.status === engine.status &&
    numbersOnly.totalAnnualCents === engine.totalAnnualCents &&
    numbersOnly.totalCommissionCents === engine.totalCommissionCents &&
    numbersOnly.installmentCents === engine.installmentCents &&
    isDeepStrictEqual(
      numbersOnly.lines,
      engine.lines.map(({ coverage, netCents, taxes, totalCents, commissionCents }) => ({
        coverage,
        netCents,
        taxes,
        totalCents,
        commissionCents,
      })),
    );
  if ((!isDeepStrictEqual(engine, hand) || !sameNumbers) && mismatches++ < 3) {
    console.error(`mismatch on quote ${i}:\n${JSON.stringify({ engine, hand }).slice(0, 4000)}`);
  }
}
if (mismatches > 0) {
  console.error(
    `${mismatches} of ${inputs.length} quotes differ between the engine and the hand-coded tariff`,
  );
  process.exit(1);
}

function measure(name: string, price: (i: number) => number, seconds: number): number {
  let sink = 0;
  let quotes = 0;
  const start = performance.now();
  const until = start + seconds * 1000;
  let now = start;
  while (now < until) {
    for (let i = 0; i < inputs.length; i++) sink += price(i);
    quotes += inputs.length;
    now = performance.now();
  }
  const perSecond = quotes / ((now - start) / 1000);
  if (sink === -1) console.log(name); // keeps the results alive so no work is optimised away
  return perSecond;
}

const engineRun = (i: number) => priceQuote(inputs[i] as RatingInput).totalAnnualCents;
const handRun = (i: number) => priceHandcoded(inputs[i] as RatingInput).totalAnnualCents;
const numbersRun = (i: number) => priceHandcodedNumbersOnly(inputs[i] as RatingInput).totalAnnualCents;

// Warm both up so the JIT has compiled them before anything is timed, then alternate rounds
// so neither gets the quieter half of the machine.
measure("engine", engineRun, 1);
measure("handcoded", handRun, 1);
measure("numbers only", numbersRun, 1);
const engineRates: number[] = [];
const handRates: number[] = [];
const numbersRates: number[] = [];
for (let round = 0; round < 3; round++) {
  engineRates.push(measure("engine", engineRun, 1.5));
  handRates.push(measure("handcoded", handRun, 1.5));
  numbersRates.push(measure("numbers only", numbersRun, 1.5));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const engine = median(engineRates);
const hand = median(handRates);
console.log(`quotes in mix=${inputs.length}; engine and hand-coded results identical on all of them`);
// Context, not the target: a hand-coded tariff that skips the trail and the messages shows
// what the explanation itself costs.
console.log(`handcoded_numbers_only_quotes_per_s=${Math.round(median(numbersRates))}`);
console.log(
  `engine_quotes_per_s=${Math.round(engine)} handcoded_quotes_per_s=${Math.round(hand)} engine_vs_handcoded_ratio=${(engine / hand).toFixed(2)}`,
);
