import { roundHalfUpCents } from "../src/money.ts";
import type { QuoteRequest } from "../src/rating-input.ts";

/**
 * The demo tariff written out as code, computing the figures only: no trail, no reason
 * messages, no compulsory-cover notices. The benchmark reports its speed as context: it is
 * what the explanation costs, not a like-for-like yardstick (that is handcoded.ts).
 * It prices only dates from 2024-01-01 (one wage ceiling).
 */

type Risk = 1 | 2 | 3 | 4 | 5;
type Fire = 1 | 2 | 3;

// code: risk class, fire class, liability on payroll (1) or turnover (0), 0 accepted / 1 referral / 2 declined
const ACTIVITIES: Record<string, readonly [Risk, Fire, 0 | 1, 0 | 1 | 2]> = {
  "10.712": [3, 3, 0, 0],
  "16.230": [4, 3, 0, 0],
  "18.120": [3, 3, 0, 0],
  "20.510": [5, 3, 0, 2],
  "25.620": [4, 2, 0, 0],
  "41.201": [5, 2, 0, 0],
  "43.110": [5, 2, 0, 2],
  "43.211": [4, 1, 0, 0],
  "43.221": [4, 1, 0, 0],
  "43.320": [4, 3, 0, 0],
  "43.341": [4, 1, 0, 0],
  "43.910": [5, 1, 0, 1],
  "45.111": [2, 2, 0, 0],
  "45.201": [4, 3, 0, 0],
  "46.900": [3, 2, 0, 0],
  "47.112": [2, 2, 0, 0],
  "47.114": [2, 2, 0, 0],
  "47.221": [3, 2, 0, 0],
  "47.241": [2, 2, 0, 0],
  "47.300": [3, 3, 0, 1],
  "47.410": [1, 1, 0, 0],
  "47.521": [2, 2, 0, 0],
  "47.711": [1, 2, 0, 0],
  "47.730": [1, 1, 0, 0],
  "47.761": [2, 1, 0, 0],
  "47.770": [1, 1, 0, 1],
  "47.781": [1, 1, 0, 0],
  "49.410": [4, 2, 0, 0],
  "52.100": [3, 3, 0, 0],
  "53.200": [4, 1, 0, 0],
  "55.100": [2, 2, 0, 0],
  "56.101": [3, 3, 0, 0],
  "56.102": [3, 3, 0, 0],
  "56.210": [3, 2, 0, 0],
  "56.301": [2, 3, 0, 0],
  "62.010": [1, 1, 1, 0],
  "68.311": [1, 1, 1, 0],
  "69.101": [1, 1, 1, 0],
  "69.201": [1, 1, 1, 0],
  "71.111": [1, 1, 1, 0],
  "73.110": [1, 1, 1, 0],
  "75.000": [2, 1, 1, 0],
  "80.100": [4, 1, 1, 1],
  "81.210": [3, 1, 1, 0],
  "81.300": [4, 1, 0, 0],
  "85.530": [2, 1, 1, 0],
  "86.210": [1, 1, 1, 0],
  "86.230": [1, 1, 1, 0],
  "88.910": [2, 1, 1, 1],
  "93.130": [2, 2, 0, 0],
  "96.011": [3, 3, 0, 0],
  "96.021": [1, 1, 0, 0],
  "96.022": [1, 1, 0, 0],
};

const CEILING = 5474348;
const WA_BLUE = [0, 0.011, 0.023, 0.036, 0.052, 0.079];
const WA_WHITE = [0, 0.0025, 0.003, 0.0035, 0.004, 0.005];
const TOP_BLUE = [0, 0.006, 0.012, 0.018, 0.026, 0.039];
const TOP_WHITE = [0, 0.0015, 0.0018, 0.002, 0.0025, 0.003];
const BM_BY_COUNT = [-20, 0, 10, 20, 30];
const GL_BASE = [0, 18000, 24000, 32000, 45000, 65000];
const GL_TURNOVER = [0, 0.00025, 0.0004, 0.0007, 0.0011, 0.0018];
const GL_PAYROLL = [0, 0.0006, 0.0009, 0.0014, 0.0022, 0.0035];
const BUILDING: Record<string, number>[] = [
  {},
  { A: 0.00045, B: 0.0006, C: 0.0009 },
  { A: 0.0006, B: 0.0008, C: 0.0012 },
  { A: 0.0009, B: 0.0012, C: 0.0018 },
];
const CONTENTS: Record<string, number>[] = [
  {},
  { A: 0.0007, B: 0.0009, C: 0.0013 },
  { A: 0.001, B: 0.0013, C: 0.0019 },
  { A: 0.0015, B: 0.002, C: 0.0029 },
];
const THEFT = [0, 0.0012, 0.0018, 0.0025];
const BI_TURNOVER = [0, 0.0003, 0.00045, 0.0007];
const BI_DAILY = [0, 0.004, 0.006, 0.009];
const MACHINES = [0, 0.0025, 0.0035, 0.005];
const OL_BANDS: Record<string, readonly (readonly [number, number])[]> = {
  shop: [
    [100, 4000],
    [500, 6000],
    [1000, 9000],
    [2000, 14000],
    [Infinity, 22000],
  ],
  restaurant: [
    [50, 4500],
    [150, 7500],
    [300, 11000],
    [Infinity, 17000],
  ],
  office: [
    [250, 3500],
    [500, 5000],
    [1000, 8000],
    [Infinity, 13000],
  ],
  hotel: [
    [250, 12000],
    [1000, 19000],
    [Infinity, 30000],
  ],
  other: [
    [250, 5000],
    [1000, 8500],
    [Infinity, 15000],
  ],
};
const TAX = 0.0925;

export interface HandLine {
  coverage: string;
  netCents: number;
  taxes: { kind: string; rate: number; cents: number }[];
  totalCents: number;
  commissionCents: number;
}

export interface HandResult {
  status: "priced" | "referral" | "declined";
  lines: HandLine[];
  totalAnnualCents: number;
  totalCommissionCents: number;
  installmentCents: number;
}

function line(
  lines: HandLine[],
  coverage: string,
  amount: number,
  split: number,
  commission: number,
  kind: number,
) {
  const net = roundHalfUpCents(amount * split);
  const taxes: HandLine["taxes"] = [];
  let total = net;
  if (kind === 0) {
    const levy = roundHalfUpCents(net * 0.0497);
    taxes.push({ kind: "inamiWorkAccidentLevy", rate: 4.97, cents: levy });
    total += levy;
  } else {
    const tax = roundHalfUpCents(net * TAX);
    taxes.push({ kind: "insuranceTax", rate: 9.25, cents: tax });
    total += tax;
    if (kind === 2) {
      const levy = roundHalfUpCents(net * 0.065);
      taxes.push({ kind: "inamiFireLevy", rate: 6.5, cents: levy });
      total += levy;
    } else if (kind === 3) {
      const levy = roundHalfUpCents(net * 0.03);
      taxes.push({ kind: "safetyFundLevy", rate: 3, cents: levy });
      total += levy;
    }
  }
  lines.push({
    coverage,
    netCents: net,
    taxes,
    totalCents: total,
    commissionCents: roundHalfUpCents(net * commission),
  });
}

export function priceHandcodedNumbersOnly(q: QuoteRequest): HandResult {
  const activity = ACTIVITIES[q.company.activityCode];
  if (!activity) throw new Error(`unknown activity ${q.company.activityCode}`);
  const [risk, fire, onPayroll, acceptance] = activity;
  const c = q.company;
  const workers = c.blueCollarCount + c.whiteCollarCount;
  const h = q.claimsHistory;
  let referral =
    acceptance === 1 || (h.cancelledByInsurer && true) || workers > 50 || c.turnoverCents > 1000000000;
  let totalClaims = 0;
  for (const claims of [h.workAccidents, h.generalLiability, h.property, h.objectiveLiability, h.legalAid]) {
    if (!claims) continue;
    totalClaims += claims.count;
    if (claims.count > 2 || claims.totalCents > 2500000) referral = true;
  }
  const declined = acceptance === 2 || totalClaims > 6;
  const split = q.paymentFrequency === "annual" ? 1 : q.paymentFrequency === "semiannual" ? 1.02 : 1.04;
  const installments = q.paymentFrequency === "annual" ? 1 : q.paymentFrequency === "semiannual" ? 2 : 4;
  const lines: HandLine[] = [];
  const {
    workAccidents: wa,
    generalLiability: gl,
    property: p,
    objectiveLiability: ol,
    legalAid: la,
  } = q.coverages;
  if (wa && wa.blueCollarPayrollCents + wa.whiteCollarPayrollCents > 300000000) referral = true;
  if (
    p &&
    (p.buildingCents > 500000000 || p.contentsCents > 200000000 || (p.machineBreakdownCents ?? 0) > 50000000)
  ) {
    referral = true;
  }

  if (!declined) {
    if (wa) {
      const blue = Math.min(wa.blueCollarPayrollCents, c.blueCollarCount * CEILING);
      const white = Math.min(wa.whiteCollarPayrollCents, c.whiteCollarCount * CEILING);
      const count = h.workAccidents?.count ?? 0;
      const raw =
        (BM_BY_COUNT[Math.min(count, 4)] ?? 0) + Math.floor((h.workAccidents?.totalCents ?? 0) / 500000) * 5;
      const bm = workers <= 10 ? Math.min(Math.max(raw, -15), 30) : Math.min(Math.max(raw, -25), 50);
      let premium = (white * (WA_WHITE[risk] ?? 0) + blue * (WA_BLUE[risk] ?? 0)) * (1 + bm / 100);
      if (premium < 15000) premium = 15000;
      line(lines, "workAccidentsLegal", premium, split, 0.08, 0);
      if (wa.topUp) {
        const above =
          (wa.whiteCollarPayrollCents - white) * (TOP_WHITE[risk] ?? 0) +
          (wa.blueCollarPayrollCents - blue) * (TOP_BLUE[risk] ?? 0);
        line(lines, "workAccidentsTopUp", Math.max(above, 5000), split, 0.15, 1);
      }
    }
    if (gl) {
      const basis = onPayroll
        ? (gl.payrollCents ?? (wa ? wa.blueCollarPayrollCents + wa.whiteCollarPayrollCents : 0)) *
          (GL_PAYROLL[risk] ?? 0)
        : c.turnoverCents * (GL_TURNOVER[risk] ?? 0);
      let premium = ((GL_BASE[risk] ?? 0) + basis) * (gl.limit === "high" ? 1.35 : 1);
      if (gl.afterDelivery) premium *= 1.15;
      if (gl.entrustedGoods) premium *= 1.1;
      const d = gl.deductibleCents;
      premium *= d >= 250000 ? 0.8 : d >= 125000 ? 0.85 : d >= 50000 ? 0.9 : d >= 25000 ? 0.95 : 1;
      line(lines, "generalLiability", Math.max(premium, 20000), split, 0.2, 1);
    }
    if (p) {
      if (p.buildingCents > 0) {
        let premium =
          p.buildingCents * (BUILDING[fire]?.[p.construction] ?? 0) * (p.occupancy === "tenant" ? 0.8 : 1);
        if (p.sprinklers) premium *= 0.8;
        line(lines, "fireBuilding", Math.max(premium, 10000), split, 0.22, 2);
      }
      if (p.contentsCents > 0) {
        let premium = p.contentsCents * (CONTENTS[fire]?.[p.construction] ?? 0);
        if (p.alarm) premium *= 0.9;
        if (p.sprinklers) premium *= 0.8;
        line(lines, "fireContents", Math.max(premium, 7500), split, 0.22, 2);
      }
      if (p.theft) {
        let premium = p.contentsCents * (THEFT[fire] ?? 0);
        if (p.alarm) premium *= 0.9;
        line(lines, "theft", Math.max(premium, 6000), split, 0.2, 1);
      }
      const bi = p.businessInterruption;
      if (bi) {
        const premium =
          bi.formula === "turnover"
            ? c.turnoverCents * (BI_TURNOVER[fire] ?? 0)
            : (bi.dailyIndemnityCents ?? 0) * (bi.days ?? 0) * (BI_DAILY[fire] ?? 0);
        line(lines, "businessInterruption", Math.max(premium, 8000), split, 0.2, 1);
      }
      if (p.machineBreakdownCents) {
        const premium = p.machineBreakdownCents * (MACHINES[fire] ?? 0);
        line(lines, "machineBreakdown", Math.max(premium, 9000), split, 0.18, 1);
      }
    }
    if (ol) {
      const band = (OL_BANDS[ol.premisesType] ?? []).find(([upTo]) => ol.publicAreaM2 <= upTo);
      line(lines, "objectiveLiability", band?.[1] ?? 0, split, 0.15, 3);
    }
    if (la) {
      const premium = la.formula === "first" ? 15000 + 800 * workers : 32000 + 1500 * workers;
      line(lines, "legalAid", premium, split, 0.2, 1);
    }
  }
  let total = 0;
  let commission = 0;
  for (const l of lines) {
    total += l.totalCents;
    commission += l.commissionCents;
  }
  return {
    status: declined ? "declined" : referral ? "referral" : "priced",
    lines,
    totalAnnualCents: total,
    totalCommissionCents: commission,
    installmentCents: Math.floor(total / installments),
  };
}
