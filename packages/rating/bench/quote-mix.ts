import type { QuoteRequest } from "../src/rating-input.ts";

/** A small deterministic PRNG so every run prices the same mix. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Mostly accepted activities, a few on referral, one declined: roughly what brokers enter.
const ACTIVITY_CODES = [
  "10.712",
  "47.114",
  "47.221",
  "47.241",
  "47.711",
  "47.730",
  "56.101",
  "56.102",
  "56.301",
  "55.100",
  "43.211",
  "43.221",
  "43.341",
  "41.201",
  "45.201",
  "49.410",
  "62.010",
  "69.201",
  "71.111",
  "86.230",
  "96.021",
  "96.022",
  "81.210",
  "81.300",
  "47.770",
  "43.910",
  "43.110",
];
const PREMISES = ["shop", "restaurant", "office", "hotel", "other"] as const;

/** A realistic mix of SME quote requests: 1-40 workers, most with several coverages. */
export function quoteMix(size: number, seed = 2021): QuoteRequest[] {
  const random = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  const chance = (p: number) => random() < p;
  const quotes: QuoteRequest[] = [];
  for (let i = 0; i < size; i++) {
    const blue = chance(0.3) ? 0 : int(0, 25);
    const white = int(blue === 0 ? 1 : 0, 15);
    const turnover = int(10_000, 5_000_000) * 100;
    const bi = chance(0.4)
      ? chance(0.5)
        ? { formula: "turnover" as const }
        : { formula: "dailyIndemnity" as const, dailyIndemnityCents: int(50, 800) * 100, days: int(30, 365) }
      : undefined;
    quotes.push({
      effectiveDate: pick(["2024-06-01", "2025-01-01", "2025-09-15", "2026-01-01"]),
      company: {
        name: `Company ${i}`,
        activityCode: pick(ACTIVITY_CODES),
        postcode: String(int(1000, 9999)),
        blueCollarCount: blue,
        whiteCollarCount: white,
        turnoverCents: turnover,
      },
      coverages: {
        workAccidents: {
          blueCollarPayrollCents: blue * int(30_000, 70_000) * 100,
          whiteCollarPayrollCents: white * int(35_000, 90_000) * 100,
          topUp: chance(0.3),
        },
        generalLiability: chance(0.85)
          ? {
              limit: chance(0.3) ? "high" : "standard",
              afterDelivery: chance(0.3),
              entrustedGoods: chance(0.3),
              deductibleCents: pick([0, 25_000, 50_000, 125_000, 250_000]),
            }
          : undefined,
        property: chance(0.75)
          ? {
              occupancy: chance(0.5) ? "owner" : "tenant",
              buildingCents: chance(0.2) ? 0 : int(100_000, 2_000_000) * 100,
              contentsCents: int(10_000, 800_000) * 100,
              construction: pick(["A", "A", "A", "B", "C"] as const),
              alarm: chance(0.5),
              sprinklers: chance(0.1),
              theft: chance(0.5),
              businessInterruption: bi,
              machineBreakdownCents: chance(0.25) ? int(10_000, 300_000) * 100 : undefined,
            }
          : undefined,
        objectiveLiability: chance(0.3)
          ? { premisesType: pick(PREMISES), publicAreaM2: int(20, 2500) }
          : undefined,
        legalAid: chance(0.5) ? { formula: chance(0.5) ? "first" : "allIn" } : undefined,
      },
      claimsHistory: {
        workAccidents: chance(0.3) ? { count: int(1, 4), totalCents: int(500, 40_000) * 100 } : undefined,
        property: chance(0.15) ? { count: int(1, 3), totalCents: int(500, 30_000) * 100 } : undefined,
        cancelledByInsurer: chance(0.03),
      },
      paymentFrequency: pick(["annual", "annual", "semiannual", "quarterly"] as const),
    });
  }
  return quotes;
}
