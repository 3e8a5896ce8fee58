import { roundHalfUpCents } from "../src/money.ts";
import type { QuoteLine, RatingResult, Tax, TrailEntry, TrailUnit } from "../src/price-quote.ts";
import type { QuoteRequest } from "../src/rating-input.ts";
import {
  activityReason,
  CANCELLED_BY_PREVIOUS_INSURER,
  type CompulsoryCoverage,
  makeReason,
  objectiveLiabilityCompulsory,
  type Reason,
  workAccidentsCompulsory,
} from "../src/reasons.ts";

/**
 * The demo tariff vivium-kmo-2021-06 written out as code: the same result as the engine
 * (lines, taxes, commission, trail, reasons, notices) with every figure a constant and every
 * table a switch or an array, the way a rating engine is often first built. It is the
 * yardstick the engine's speed is measured against. It prices dates from 2024-01-01 only
 * (one wage ceiling) and trusts its input (no tariff-dependent checks).
 */

type Risk = 1 | 2 | 3 | 4 | 5;
type Fire = 1 | 2 | 3;
interface Activity {
  code: string;
  risk: Risk;
  fire: Fire;
  onPayroll: boolean;
  reason: Reason | null;
}

// code, risk class, fire class, liability on payroll (1) or turnover (0), acceptance
const RAW: [string, Risk, Fire, 0 | 1, "accepted" | "referral" | "declined", string, string, string][] = [
  ["10.712", 3, 3, 0, "accepted", "", "", ""],
  ["16.230", 4, 3, 0, "accepted", "", "", ""],
  ["18.120", 3, 3, 0, "accepted", "", "", ""],
  [
    "20.510",
    5,
    3,
    0,
    "declined",
    "Vervaardiging van explosieven",
    "Fabrication de produits explosifs",
    "Manufacture of explosives",
  ],
  ["25.620", 4, 2, 0, "accepted", "", "", ""],
  ["41.201", 5, 2, 0, "accepted", "", "", ""],
  ["43.110", 5, 2, 0, "declined", "Slopen", "Démolition", "Demolition"],
  ["43.211", 4, 1, 0, "accepted", "", "", ""],
  ["43.221", 4, 1, 0, "accepted", "", "", ""],
  ["43.320", 4, 3, 0, "accepted", "", "", ""],
  ["43.341", 4, 1, 0, "accepted", "", "", ""],
  ["43.910", 5, 1, 0, "referral", "Dakwerkzaamheden", "Travaux de couverture", "Roofing"],
  ["45.111", 2, 2, 0, "accepted", "", "", ""],
  ["45.201", 4, 3, 0, "accepted", "", "", ""],
  ["46.900", 3, 2, 0, "accepted", "", "", ""],
  ["47.112", 2, 2, 0, "accepted", "", "", ""],
  ["47.114", 2, 2, 0, "accepted", "", "", ""],
  ["47.221", 3, 2, 0, "accepted", "", "", ""],
  ["47.241", 2, 2, 0, "accepted", "", "", ""],
  ["47.300", 3, 3, 0, "referral", "Tankstation", "Station-service", "Fuel station"],
  ["47.410", 1, 1, 0, "accepted", "", "", ""],
  ["47.521", 2, 2, 0, "accepted", "", "", ""],
  ["47.711", 1, 2, 0, "accepted", "", "", ""],
  ["47.730", 1, 1, 0, "accepted", "", "", ""],
  ["47.761", 2, 1, 0, "accepted", "", "", ""],
  ["47.770", 1, 1, 0, "referral", "Juwelier", "Bijouterie", "Jeweller"],
  ["47.781", 1, 1, 0, "accepted", "", "", ""],
  ["49.410", 4, 2, 0, "accepted", "", "", ""],
  ["52.100", 3, 3, 0, "accepted", "", "", ""],
  ["53.200", 4, 1, 0, "accepted", "", "", ""],
  ["55.100", 2, 2, 0, "accepted", "", "", ""],
  ["56.101", 3, 3, 0, "accepted", "", "", ""],
  ["56.102", 3, 3, 0, "accepted", "", "", ""],
  ["56.210", 3, 2, 0, "accepted", "", "", ""],
  ["56.301", 2, 3, 0, "accepted", "", "", ""],
  ["62.010", 1, 1, 1, "accepted", "", "", ""],
  ["68.311", 1, 1, 1, "accepted", "", "", ""],
  ["69.101", 1, 1, 1, "accepted", "", "", ""],
  ["69.201", 1, 1, 1, "accepted", "", "", ""],
  ["71.111", 1, 1, 1, "accepted", "", "", ""],
  ["73.110", 1, 1, 1, "accepted", "", "", ""],
  ["75.000", 2, 1, 1, "accepted", "", "", ""],
  ["80.100", 4, 1, 1, "referral", "Bewakingsdienst", "Service de gardiennage", "Private security"],
  ["81.210", 3, 1, 1, "accepted", "", "", ""],
  ["81.300", 4, 1, 0, "accepted", "", "", ""],
  ["85.530", 2, 1, 1, "accepted", "", "", ""],
  ["86.210", 1, 1, 1, "accepted", "", "", ""],
  ["86.230", 1, 1, 1, "accepted", "", "", ""],
  ["88.910", 2, 1, 1, "referral", "Kinderopvang", "Crèche", "Childcare centre"],
  ["93.130", 2, 2, 0, "accepted", "", "", ""],
  ["96.011", 3, 3, 0, "accepted", "", "", ""],
  ["96.021", 1, 1, 0, "accepted", "", "", ""],
  ["96.022", 1, 1, 0, "accepted", "", "", ""],
];
const ACTIVITIES = new Map<string, Activity>(
  RAW.map(([code, risk, fire, onPayroll, acceptance, nl, fr, en]) => [
    code,
    {
      code,
      risk,
      fire,
      onPayroll: onPayroll === 1,
      reason: activityReason(acceptance, code, { nl, fr, en }),
    },
  ]),
);

const CEILING = 5474348;
const CEILING_FROM = "2024-01-01";
const WA_BLUE = [0, 1.1, 2.3, 3.6, 5.2, 7.9];
const WA_WHITE = [0, 0.25, 0.3, 0.35, 0.4, 0.5];
const TOP_BLUE = [0, 0.6, 1.2, 1.8, 2.6, 3.9];
const TOP_WHITE = [0, 0.15, 0.18, 0.2, 0.25, 0.3];
const BM_BY_COUNT = [-20, 0, 10, 20, 30];
const GL_BASE = [0, 18000, 24000, 32000, 45000, 65000];
const GL_TURNOVER = [0, 0.25, 0.4, 0.7, 1.1, 1.8];
const GL_PAYROLL = [0, 0.6, 0.9, 1.4, 2.2, 3.5];
const BUILDING = [
  { A: 0, B: 0, C: 0 },
  { A: 0.45, B: 0.6, C: 0.9 },
  { A: 0.6, B: 0.8, C: 1.2 },
  { A: 0.9, B: 1.2, C: 1.8 },
];
const CONTENTS = [
  { A: 0, B: 0, C: 0 },
  { A: 0.7, B: 0.9, C: 1.3 },
  { A: 1, B: 1.3, C: 1.9 },
  { A: 1.5, B: 2, C: 2.9 },
];
const THEFT = [0, 1.2, 1.8, 2.5];
const BI_TURNOVER = [0, 0.3, 0.45, 0.7];
const BI_DAILY = [0, 4, 6, 9];
const MACHINES = [0, 2.5, 3.5, 5];
// Row labels written out so that pricing builds no strings, as the engine precomputes them.
const FIRE_ROWS = ["0", "1", "2", "3"];
const CONSTRUCTION_ROWS = [
  { A: "", B: "", C: "" },
  { A: "1.A", B: "1.B", C: "1.C" },
  { A: "2.A", B: "2.B", C: "2.C" },
  { A: "3.A", B: "3.B", C: "3.C" },
];
const BLUE_ROWS = ["", "1.blueCollar", "2.blueCollar", "3.blueCollar", "4.blueCollar", "5.blueCollar"];
const WHITE_ROWS = ["", "1.whiteCollar", "2.whiteCollar", "3.whiteCollar", "4.whiteCollar", "5.whiteCollar"];
const BASE_ROWS = ["", "1.baseCents", "2.baseCents", "3.baseCents", "4.baseCents", "5.baseCents"];
const TURNOVER_ROWS = [
  "",
  "1.turnoverPerMille",
  "2.turnoverPerMille",
  "3.turnoverPerMille",
  "4.turnoverPerMille",
  "5.turnoverPerMille",
];
const PAYROLL_ROWS = [
  "",
  "1.payrollPerMille",
  "2.payrollPerMille",
  "3.payrollPerMille",
  "4.payrollPerMille",
  "5.payrollPerMille",
];
const BM_ROWS = ["0", "1", "2", "3", "4"];
type Band = readonly [number, number, string];
const OL_BANDS: Record<string, readonly Band[]> = {
  shop: [
    [100, 4000, "shop.upTo100m2"],
    [500, 6000, "shop.upTo500m2"],
    [1000, 9000, "shop.upTo1000m2"],
    [2000, 14000, "shop.upTo2000m2"],
    [Number.POSITIVE_INFINITY, 22000, "shop.above2000m2"],
  ],
  restaurant: [
    [50, 4500, "restaurant.upTo50m2"],
    [150, 7500, "restaurant.upTo150m2"],
    [300, 11000, "restaurant.upTo300m2"],
    [Number.POSITIVE_INFINITY, 17000, "restaurant.above300m2"],
  ],
  office: [
    [250, 3500, "office.upTo250m2"],
    [500, 5000, "office.upTo500m2"],
    [1000, 8000, "office.upTo1000m2"],
    [Number.POSITIVE_INFINITY, 13000, "office.above1000m2"],
  ],
  hotel: [
    [250, 12000, "hotel.upTo250m2"],
    [1000, 19000, "hotel.upTo1000m2"],
    [Number.POSITIVE_INFINITY, 30000, "hotel.above1000m2"],
  ],
  other: [
    [250, 5000, "other.upTo250m2"],
    [1000, 8500, "other.upTo1000m2"],
    [Number.POSITIVE_INFINITY, 15000, "other.above1000m2"],
  ],
};
const OL_NOTICES: Record<string, CompulsoryCoverage | null> = {
  shop: objectiveLiabilityCompulsory("shop", { aboveM2: 1000 }),
  restaurant: objectiveLiabilityCompulsory("restaurant", { aboveM2: 50 }),
  office: objectiveLiabilityCompulsory("office", { aboveM2: 500 }),
  hotel: objectiveLiabilityCompulsory("hotel", "always"),
  other: null,
};
const OL_ABOVE: Record<string, number> = {
  shop: 1000,
  restaurant: 50,
  office: 500,
  hotel: -1,
  other: Infinity,
};

type Trail = TrailEntry[];
function t(
  trail: Trail,
  step: string,
  table: string,
  row: string,
  value: number,
  unit: TrailUnit,
  amount: number,
) {
  trail.push({ step, table, row, value, unit, resultCents: roundHalfUpCents(amount) });
}

const LEVY_KIND = 0;
const TAX_ONLY = 1;
const TAX_FIRE = 2;
const TAX_SAFETY = 3;

function line(
  lines: QuoteLine[],
  coverage: QuoteLine["coverage"],
  group: QuoteLine["group"],
  amount: number,
  trail: Trail,
  split: number,
  splitRow: string,
  commission: number,
  taxKind: number,
) {
  let net = amount;
  if (split !== 0) {
    net *= 1 + split / 100;
    t(trail, "paymentSplitSurcharge", "paymentFrequencies", splitRow, split, "percent", net);
  }
  const netCents = roundHalfUpCents(net);
  const taxes: Tax[] = [];
  let total = netCents;
  if (taxKind === LEVY_KIND) {
    const levy = roundHalfUpCents(netCents * (4.97 / 100));
    taxes.push({ kind: "inamiWorkAccidentLevy", rate: 4.97, cents: levy });
    total += levy;
  } else {
    const tax = roundHalfUpCents(netCents * (9.25 / 100));
    taxes.push({ kind: "insuranceTax", rate: 9.25, cents: tax });
    total += tax;
    if (taxKind === TAX_FIRE) {
      const levy = roundHalfUpCents(netCents * (6.5 / 100));
      taxes.push({ kind: "inamiFireLevy", rate: 6.5, cents: levy });
      total += levy;
    } else if (taxKind === TAX_SAFETY) {
      const levy = roundHalfUpCents(netCents * (3 / 100));
      taxes.push({ kind: "safetyFundLevy", rate: 3, cents: levy });
      total += levy;
    }
  }
  lines.push({
    coverage,
    group,
    netCents,
    taxes,
    totalCents: total,
    commissionCents: roundHalfUpCents(netCents * (commission / 100)),
    trail,
  });
}

function minimum(trail: Trail, table: string, amount: number, min: number): number {
  if (amount >= min) return amount;
  t(trail, "minimumPremium", table, "minimumPremiumCents", min, "cents", min);
  return min;
}

function claimsReasons(
  claims: { count: number; totalCents: number } | undefined,
  coverage: Reason["coverage"] & string,
  referral: Reason[],
): number {
  if (!claims) return 0;
  if (claims.count > 2) {
    referral.push(
      makeReason("CLAIMS_COUNT_ABOVE_LIMIT", coverage, { coverage, count: claims.count, max: 2 }),
    );
  }
  if (claims.totalCents > 2500000) {
    referral.push(
      makeReason("CLAIMS_AMOUNT_ABOVE_LIMIT", coverage, {
        coverage,
        amountCents: claims.totalCents,
        maxCents: 2500000,
      }),
    );
  }
  return claims.count;
}

export function priceHandcoded(q: QuoteRequest): RatingResult {
  const activity = ACTIVITIES.get(q.company.activityCode);
  if (!activity) throw new Error(`unknown activity ${q.company.activityCode}`);
  const { risk, fire } = activity;
  const c = q.company;
  const h = q.claimsHistory;
  const workers = c.blueCollarCount + c.whiteCollarCount;
  const {
    workAccidents: wa,
    generalLiability: gl,
    property: p,
    objectiveLiability: ol,
    legalAid: la,
  } = q.coverages;

  const referral: Reason[] = [];
  const decline: Reason[] = [];
  if (activity.reason?.code === "ACTIVITY_DECLINED") decline.push(activity.reason);
  else if (activity.reason) referral.push(activity.reason);
  const totalClaims =
    claimsReasons(h.workAccidents, "workAccidents", referral) +
    claimsReasons(h.generalLiability, "generalLiability", referral) +
    claimsReasons(h.property, "property", referral) +
    claimsReasons(h.objectiveLiability, "objectiveLiability", referral) +
    claimsReasons(h.legalAid, "legalAid", referral);
  if (totalClaims > 6)
    decline.push(makeReason("CLAIMS_TOTAL_ABOVE_DECLINE_LIMIT", null, { count: totalClaims, max: 6 }));
  if (h.cancelledByInsurer) referral.push(CANCELLED_BY_PREVIOUS_INSURER);
  if (workers > 50) referral.push(makeReason("WORKERS_ABOVE_LIMIT", null, { count: workers, max: 50 }));
  if (wa && wa.blueCollarPayrollCents + wa.whiteCollarPayrollCents > 300000000) {
    referral.push(
      makeReason("PAYROLL_ABOVE_LIMIT", "workAccidents", {
        amountCents: wa.blueCollarPayrollCents + wa.whiteCollarPayrollCents,
        maxCents: 300000000,
      }),
    );
  }
  if (c.turnoverCents > 1000000000) {
    referral.push(
      makeReason("TURNOVER_ABOVE_LIMIT", null, { amountCents: c.turnoverCents, maxCents: 1000000000 }),
    );
  }
  if (p) {
    if (p.buildingCents > 500000000) {
      referral.push(
        makeReason("BUILDING_ABOVE_LIMIT", "property", { amountCents: p.buildingCents, maxCents: 500000000 }),
      );
    }
    if (p.contentsCents > 200000000) {
      referral.push(
        makeReason("CONTENTS_ABOVE_LIMIT", "property", { amountCents: p.contentsCents, maxCents: 200000000 }),
      );
    }
    if ((p.machineBreakdownCents ?? 0) > 50000000) {
      referral.push(
        makeReason("MACHINERY_ABOVE_LIMIT", "property", {
          amountCents: p.machineBreakdownCents ?? 0,
          maxCents: 50000000,
        }),
      );
    }
  }
  const compulsory: CompulsoryCoverage[] = [];
  if (workers > 0) compulsory.push(workAccidentsCompulsory(wa !== undefined));
  if (ol && ol.publicAreaM2 > (OL_ABOVE[ol.premisesType] ?? Infinity)) {
    const notice = OL_NOTICES[ol.premisesType];
    if (notice) compulsory.push(notice);
  }

  const frequency = q.paymentFrequency;
  const split = frequency === "annual" ? 0 : frequency === "semiannual" ? 2 : 4;
  const installments = frequency === "annual" ? 1 : frequency === "semiannual" ? 2 : 4;
  const lines: QuoteLine[] = [];

  if (decline.length === 0) {
    if (wa) {
      const blue = Math.min(wa.blueCollarPayrollCents, c.blueCollarCount * CEILING);
      const white = Math.min(wa.whiteCollarPayrollCents, c.whiteCollarCount * CEILING);
      const trail: Trail = [];
      const blueRate = WA_BLUE[risk] ?? 0;
      const whiteRate = WA_WHITE[risk] ?? 0;
      t(trail, "wageCeiling", "legal.workAccidentWageCeiling", CEILING_FROM, CEILING, "centsPerWorker", blue);
      const bluePremium = blue * (blueRate / 100);
      t(
        trail,
        "rate",
        "workAccidents.legal.ratesPercent",
        BLUE_ROWS[risk] ?? "",
        blueRate,
        "percent",
        bluePremium,
      );
      t(
        trail,
        "wageCeiling",
        "legal.workAccidentWageCeiling",
        CEILING_FROM,
        CEILING,
        "centsPerWorker",
        white,
      );
      let premium = white * (whiteRate / 100);
      t(
        trail,
        "rate",
        "workAccidents.legal.ratesPercent",
        WHITE_ROWS[risk] ?? "",
        whiteRate,
        "percent",
        premium,
      );
      premium += bluePremium;
      t(
        trail,
        "categoriesTotal",
        "workAccidents.legal",
        "blueCollar+whiteCollar",
        roundHalfUpCents(premium),
        "cents",
        premium,
      );
      const count = h.workAccidents?.count ?? 0;
      const row = Math.min(count, 4);
      const steps = Math.floor((h.workAccidents?.totalCents ?? 0) / 500000);
      const raw = (BM_BY_COUNT[row] ?? 0) + steps * 5;
      const small = workers <= 10;
      const bm = small ? Math.min(Math.max(raw, -15), 30) : Math.min(Math.max(raw, -25), 50);
      t(
        trail,
        "bonusMalusClaims",
        "workAccidents.bonusMalus.byClaimCount",
        BM_ROWS[row] ?? "",
        BM_BY_COUNT[row] ?? 0,
        "percent",
        premium,
      );
      if (steps > 0) {
        t(
          trail,
          "bonusMalusClaimsAmount",
          "workAccidents.bonusMalus.byClaimsAmount",
          "percentPerStep",
          steps * 5,
          "percent",
          premium,
        );
      }
      premium *= 1 + bm / 100;
      t(
        trail,
        "bonusMalus",
        "workAccidents.bonusMalus",
        small ? "smallFirm" : "largeFirm",
        bm,
        "percent",
        premium,
      );
      premium = minimum(trail, "workAccidents.legal", premium, 15000);
      line(lines, "workAccidentsLegal", "workAccidents", premium, trail, split, frequency, 8, LEVY_KIND);
      if (wa.topUp) {
        const top: Trail = [];
        const blueAbove = wa.blueCollarPayrollCents - blue;
        const whiteAbove = wa.whiteCollarPayrollCents - white;
        const topBlue = TOP_BLUE[risk] ?? 0;
        const topWhite = TOP_WHITE[risk] ?? 0;
        t(
          top,
          "payrollAboveCeiling",
          "legal.workAccidentWageCeiling",
          CEILING_FROM,
          blueAbove,
          "cents",
          blueAbove,
        );
        const blueTop = blueAbove * (topBlue / 100);
        t(
          top,
          "rate",
          "workAccidents.topUp.ratesPercent",
          BLUE_ROWS[risk] ?? "",
          topBlue,
          "percent",
          blueTop,
        );
        t(
          top,
          "payrollAboveCeiling",
          "legal.workAccidentWageCeiling",
          CEILING_FROM,
          whiteAbove,
          "cents",
          whiteAbove,
        );
        let topUp = whiteAbove * (topWhite / 100);
        t(
          top,
          "rate",
          "workAccidents.topUp.ratesPercent",
          WHITE_ROWS[risk] ?? "",
          topWhite,
          "percent",
          topUp,
        );
        topUp += blueTop;
        t(
          top,
          "categoriesTotal",
          "workAccidents.topUp",
          "blueCollar+whiteCollar",
          roundHalfUpCents(topUp),
          "cents",
          topUp,
        );
        topUp = minimum(top, "workAccidents.topUp", topUp, 5000);
        line(lines, "workAccidentsTopUp", "workAccidents", topUp, top, split, frequency, 15, TAX_ONLY);
      }
    }
    if (gl) {
      const trail: Trail = [];
      const base = GL_BASE[risk] ?? 0;
      t(trail, "base", "generalLiability.byClass", BASE_ROWS[risk] ?? "", base, "cents", base);
      let basis: number;
      let basisRow: string;
      if (!activity.onPayroll) {
        basis = c.turnoverCents;
        basisRow = "company.turnoverCents";
      } else if (gl.payrollCents !== undefined) {
        basis = gl.payrollCents;
        basisRow = "coverages.generalLiability.payrollCents";
      } else {
        basis = wa ? wa.blueCollarPayrollCents + wa.whiteCollarPayrollCents : 0;
        basisRow = "coverages.workAccidents.payrollCents";
      }
      t(trail, "basis", "input", basisRow, basis, "cents", basis);
      const perMille = activity.onPayroll ? (GL_PAYROLL[risk] ?? 0) : (GL_TURNOVER[risk] ?? 0);
      let premium = base + basis * (perMille / 1000);
      const rateRow = activity.onPayroll ? (PAYROLL_ROWS[risk] ?? "") : (TURNOVER_ROWS[risk] ?? "");
      t(trail, "rate", "generalLiability.byClass", rateRow, perMille, "perMille", premium);
      const limit = gl.limit === "high" ? 1.35 : 1;
      premium *= limit;
      t(trail, "limit", "generalLiability.limits", gl.limit, limit, "factor", premium);
      if (gl.afterDelivery) {
        premium *= 1 + 15 / 100;
        t(trail, "option", "generalLiability.optionsPercent", "afterDelivery", 15, "percent", premium);
      }
      if (gl.entrustedGoods) {
        premium *= 1 + 10 / 100;
        t(trail, "option", "generalLiability.optionsPercent", "entrustedGoods", 10, "percent", premium);
      }
      const d = gl.deductibleCents;
      const [from, pct] =
        d >= 250000
          ? [250000, 20]
          : d >= 125000
            ? [125000, 15]
            : d >= 50000
              ? [50000, 10]
              : d >= 25000
                ? [25000, 5]
                : [0, 0];
      if (pct !== 0) {
        premium *= 1 - pct / 100;
        t(
          trail,
          "deductibleDiscount",
          "generalLiability.deductibleDiscounts",
          `fromCents.${from}`,
          -pct,
          "percent",
          premium,
        );
      }
      premium = minimum(trail, "generalLiability", premium, 20000);
      line(lines, "generalLiability", "generalLiability", premium, trail, split, frequency, 20, TAX_ONLY);
    }
    if (p) {
      const fireRow = FIRE_ROWS[fire] ?? "";
      if (p.buildingCents > 0) {
        const trail: Trail = [];
        const perMille = BUILDING[fire]?.[p.construction] ?? 0;
        t(
          trail,
          "capital",
          "input",
          "coverages.property.buildingCents",
          p.buildingCents,
          "cents",
          p.buildingCents,
        );
        let premium = p.buildingCents * (perMille / 1000);
        t(
          trail,
          "rate",
          "property.building.perMille",
          CONSTRUCTION_ROWS[fire]?.[p.construction] ?? "",
          perMille,
          "perMille",
          premium,
        );
        const occupancy = p.occupancy === "tenant" ? 0.8 : 1;
        premium *= occupancy;
        t(
          trail,
          "occupancy",
          "property.building.occupancyFactors",
          p.occupancy,
          occupancy,
          "factor",
          premium,
        );
        if (p.sprinklers) {
          premium *= 1 - 20 / 100;
          t(trail, "preventionDiscount", "property.prevention", "sprinklers", -20, "percent", premium);
        }
        premium = minimum(trail, "property.building", premium, 10000);
        line(lines, "fireBuilding", "property", premium, trail, split, frequency, 22, TAX_FIRE);
      }
      if (p.contentsCents > 0) {
        const trail: Trail = [];
        const perMille = CONTENTS[fire]?.[p.construction] ?? 0;
        t(
          trail,
          "capital",
          "input",
          "coverages.property.contentsCents",
          p.contentsCents,
          "cents",
          p.contentsCents,
        );
        let premium = p.contentsCents * (perMille / 1000);
        t(
          trail,
          "rate",
          "property.contents.perMille",
          CONSTRUCTION_ROWS[fire]?.[p.construction] ?? "",
          perMille,
          "perMille",
          premium,
        );
        if (p.alarm) {
          premium *= 1 - 10 / 100;
          t(trail, "preventionDiscount", "property.prevention", "alarm", -10, "percent", premium);
        }
        if (p.sprinklers) {
          premium *= 1 - 20 / 100;
          t(trail, "preventionDiscount", "property.prevention", "sprinklers", -20, "percent", premium);
        }
        premium = minimum(trail, "property.contents", premium, 7500);
        line(lines, "fireContents", "property", premium, trail, split, frequency, 22, TAX_FIRE);
      }
      if (p.theft) {
        const trail: Trail = [];
        const perMille = THEFT[fire] ?? 0;
        t(
          trail,
          "capital",
          "input",
          "coverages.property.contentsCents",
          p.contentsCents,
          "cents",
          p.contentsCents,
        );
        let premium = p.contentsCents * (perMille / 1000);
        t(trail, "rate", "property.theft.perMille", fireRow, perMille, "perMille", premium);
        if (p.alarm) {
          premium *= 1 - 10 / 100;
          t(trail, "preventionDiscount", "property.prevention", "alarm", -10, "percent", premium);
        }
        premium = minimum(trail, "property.theft", premium, 6000);
        line(lines, "theft", "property", premium, trail, split, frequency, 20, TAX_ONLY);
      }
      const bi = p.businessInterruption;
      if (bi) {
        const trail: Trail = [];
        let premium: number;
        if (bi.formula === "turnover") {
          const perMille = BI_TURNOVER[fire] ?? 0;
          t(trail, "capital", "input", "company.turnoverCents", c.turnoverCents, "cents", c.turnoverCents);
          premium = c.turnoverCents * (perMille / 1000);
          t(
            trail,
            "rate",
            "property.businessInterruption.turnoverPerMille",
            fireRow,
            perMille,
            "perMille",
            premium,
          );
        } else {
          const daily = bi.dailyIndemnityCents ?? 0;
          const days = bi.days ?? 0;
          const perMille = BI_DAILY[fire] ?? 0;
          t(
            trail,
            "dailyIndemnity",
            "input",
            "coverages.property.businessInterruption.dailyIndemnityCents",
            daily,
            "cents",
            daily,
          );
          premium = daily * days;
          t(trail, "days", "input", "coverages.property.businessInterruption.days", days, "days", premium);
          premium *= perMille / 1000;
          t(
            trail,
            "rate",
            "property.businessInterruption.dailyIndemnityPerMille",
            fireRow,
            perMille,
            "perMille",
            premium,
          );
        }
        premium = minimum(trail, "property.businessInterruption", premium, 8000);
        line(lines, "businessInterruption", "property", premium, trail, split, frequency, 20, TAX_ONLY);
      }
      if (p.machineBreakdownCents !== undefined && p.machineBreakdownCents > 0) {
        const trail: Trail = [];
        const perMille = MACHINES[fire] ?? 0;
        const capital = p.machineBreakdownCents;
        t(trail, "capital", "input", "coverages.property.machineBreakdownCents", capital, "cents", capital);
        let premium = capital * (perMille / 1000);
        t(trail, "rate", "property.machineBreakdown.perMille", fireRow, perMille, "perMille", premium);
        premium = minimum(trail, "property.machineBreakdown", premium, 9000);
        line(lines, "machineBreakdown", "property", premium, trail, split, frequency, 18, TAX_ONLY);
      }
    }
    if (ol) {
      const trail: Trail = [];
      const band = (OL_BANDS[ol.premisesType] ?? []).find(([upTo]) => ol.publicAreaM2 <= upTo) ?? [0, 0, ""];
      t(
        trail,
        "publicArea",
        "input",
        "coverages.objectiveLiability.publicAreaM2",
        ol.publicAreaM2,
        "m2",
        ol.publicAreaM2,
      );
      t(trail, "band", "objectiveLiability.bands", band[2], band[1], "cents", band[1]);
      line(
        lines,
        "objectiveLiability",
        "objectiveLiability",
        band[1],
        trail,
        split,
        frequency,
        15,
        TAX_SAFETY,
      );
    }
    if (la) {
      const trail: Trail = [];
      const [flat, perWorker] = la.formula === "first" ? [15000, 800] : [32000, 1500];
      t(trail, "flat", "legalAid.formulas", la.formula, flat, "cents", flat);
      const premium = flat + workers * perWorker;
      t(trail, "perWorker", "legalAid.formulas", la.formula, perWorker, "centsPerWorker", premium);
      line(lines, "legalAid", "legalAid", premium, trail, split, frequency, 20, TAX_ONLY);
    }
  }

  let net = 0;
  let total = 0;
  let commission = 0;
  for (const l of lines) {
    net += l.netCents;
    total += l.totalCents;
    commission += l.commissionCents;
  }
  const installment = Math.floor(total / installments);
  return {
    status: decline.length > 0 ? "declined" : referral.length > 0 ? "referral" : "priced",
    tariffVersion: "vivium-kmo-2021-06",
    effectiveDate: q.effectiveDate,
    currency: "EUR",
    lines,
    totalNetCents: net,
    totalTaxesCents: total - net,
    totalAnnualCents: total,
    totalCommissionCents: commission,
    paymentFrequency: frequency,
    installmentCount: installments,
    installmentCents: installment,
    firstInstallmentCents: total - installment * (installments - 1),
    compulsoryCoverages: compulsory,
    referralReasons: referral,
    declineReasons: decline,
  };
}
