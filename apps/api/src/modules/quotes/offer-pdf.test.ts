import {
  type QuoteCoverage,
  type QuoteDraft,
  type QuoteDraftInput,
  quoteDraftSchema,
} from "@courtier/contracts/quotes";
import type { QuoteDetail } from "@courtier/contracts/responses";
import {
  formatEuro,
  getShippedTariff,
  priceQuote,
  type RatingResult,
  ratingInputSchema,
} from "@courtier/rating";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { type ProductBranding, renderOfferPdf } from "./offer-pdf.ts";

const tariff = getShippedTariff("vivium-kmo-2021-06")!;

const product: ProductBranding = {
  name: "KMO Tool",
  versionLabel: "KMO Tool – VIVIUM versie 06.2021",
  code: "TPE-KMO",
  insurerName: "VIVIUM",
  primaryColor: "#003b71",
  accentColor: "#e2001a",
  referencePrefix: "PV",
};

/** A bakery in Brussels with every coverage chosen: a quote the engine prices without referral. */
function bakeryDraft(language: "nl" | "fr" | "en"): QuoteDraftInput {
  return {
    activity: {
      companyName: "Boulangerie Société Générale",
      enterpriseNumber: "BE 0566988259",
      legalForm: "bv",
      activityCode: "10.712",
      street: "Rue de l'Église",
      houseNumber: "12",
      postcode: "1000",
      city: "Bruxelles",
      startDate: "2026-02-01",
      blueCollarCount: 4,
      whiteCollarCount: 1,
      turnoverCents: 85_000_000,
    },
    coverages: {
      workAccidents: true,
      generalLiability: true,
      property: true,
      objectiveLiability: true,
      legalAid: true,
    },
    claims: { workAccidents: { count: 1, totalCents: 120_000 }, cancelledByInsurer: false },
    workAccidents: { blueCollarPayrollCents: 25_000_000, whiteCollarPayrollCents: 4_200_000, topUp: true },
    generalLiability: { limit: "high", afterDelivery: true, entrustedGoods: false, deductibleCents: 25_000 },
    property: {
      occupancy: "owner",
      buildingCents: 45_000_000,
      contentsCents: 12_000_000,
      construction: "A",
      alarm: true,
      sprinklers: false,
      theft: true,
      businessInterruption: "dailyIndemnity",
      dailyIndemnityCents: 60_000,
      days: 90,
      machineBreakdownCents: 3_000_000,
    },
    objectiveLiability: { premisesType: "shop", publicAreaM2: 1200 },
    legalAid: { formula: "allIn" },
    summary: { paymentFrequency: "quarterly", clientLanguage: language },
  };
}

/** The rating request a complete draft amounts to (what the API's pricing bridge builds). */
function price(draft: QuoteDraft): RatingResult {
  const a = draft.activity;
  const p = draft.property;
  const chosen = (c: QuoteCoverage) => draft.coverages[c] === true;
  const request = ratingInputSchema.parse({
    effectiveDate: a.startDate,
    company: {
      name: a.companyName,
      activityCode: a.activityCode,
      postcode: a.postcode,
      blueCollarCount: a.blueCollarCount,
      whiteCollarCount: a.whiteCollarCount,
      turnoverCents: a.turnoverCents,
    },
    coverages: {
      workAccidents: chosen("workAccidents") ? draft.workAccidents : undefined,
      generalLiability: chosen("generalLiability") ? draft.generalLiability : undefined,
      property: chosen("property")
        ? {
            occupancy: p.occupancy,
            buildingCents: p.buildingCents,
            contentsCents: p.contentsCents,
            construction: p.construction,
            alarm: p.alarm,
            sprinklers: p.sprinklers,
            theft: p.theft,
            businessInterruption:
              p.businessInterruption === "dailyIndemnity"
                ? { formula: "dailyIndemnity", dailyIndemnityCents: p.dailyIndemnityCents, days: p.days }
                : p.businessInterruption === "turnover"
                  ? { formula: "turnover" }
                  : undefined,
            machineBreakdownCents: p.machineBreakdownCents,
          }
        : undefined,
      objectiveLiability: chosen("objectiveLiability") ? draft.objectiveLiability : undefined,
      legalAid: chosen("legalAid") ? draft.legalAid : undefined,
    },
    claimsHistory: draft.claims,
    paymentFrequency: draft.summary.paymentFrequency,
  });
  return priceQuote({ ...request, tariff });
}

function quoteDetail(input: QuoteDraftInput, overrides: Partial<QuoteDetail> = {}): QuoteDetail {
  const draft = quoteDraftSchema.parse(input);
  return {
    id: "7f1c9a52-3d0e-4b8a-9c61-2f4e5d6a7b80",
    reference: "PV_TPE-KMO_Boulangerie_0042",
    status: "offer",
    version: 3,
    createdAt: "2026-01-10T09:15:00.000Z",
    updatedAt: "2026-01-12T14:30:00.000Z",
    tariffVersion: "vivium-kmo-2021-06",
    validUntil: "2026-12-25",
    offeredAt: "2026-11-25T10:00:00.000Z",
    submittedAt: null,
    product: {
      id: "0b5e2c1d-8f4a-4e3b-a7d6-1c2b3a4d5e6f",
      name: product.name,
      versionLabel: product.versionLabel,
      insurerName: product.insurerName,
      producerNumber: "12345",
    },
    group: { id: "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d", name: "Hoofdkantoor" },
    intermediary: {
      id: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
      name: "Anneleen Verstraeten",
      initials: "AV",
    },
    office: { commercialName: "Assurances Dupont & Fils", enterpriseNumber: "0123456749" },
    draft,
    activityName: { ...tariff.activitiesByCode.get(draft.activity.activityCode ?? "")!.name },
    pricing: { incompleteCoverages: [], missingSteps: [], result: price(draft) },
    decision: null,
    actions: ["submit", "archive", "pdf", "copy"],
    ...overrides,
  };
}

async function textOf(detail: QuoteDetail): Promise<string> {
  const buffer = await renderOfferPdf(detail, product, new Date("2026-01-12T10:00:00Z"));
  expect(buffer.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, " ");
}

const EXPECTED = {
  nl: {
    titles: ["Arbeidsongevallen", "BA Uitbating", "Brand", "Objectieve aansprakelijkheid", "Rechtsbijstand"],
    words: ["Offerte", "Ondernemingsnummer", "Producentnummer", "Nettopremie", "Taksen en bijdragen"],
    total: "Totale jaarpremie",
    validUntil: "25 december 2026",
    issued: "25 november 2026",
    referral: "Deze offerte moet door de verzekeraar aanvaard worden",
    legalForm: "BV (besloten vennootschap)",
    activity: "10.712 – Ambachtelijke bakkerij",
    pages: /Pagina 1\/\d/,
    demo: "Demotarief — geen contractuele waarde",
    commission: /commissie|provisie|commission/i,
  },
  fr: {
    titles: [
      "Accidents du travail",
      "RC Exploitation",
      "Incendie",
      "Responsabilité objective",
      "Protection juridique",
    ],
    words: ["Offre", "Numéro d'entreprise", "Numéro de producteur", "Prime nette", "Taxes et cotisations"],
    total: "Prime annuelle totale",
    validUntil: "25 décembre 2026",
    issued: "25 novembre 2026",
    referral: "Cette offre doit être acceptée par l'assureur",
    legalForm: "SRL (société à responsabilité limitée)",
    activity: "10.712 – Boulangerie artisanale",
    pages: /Page 1\/\d/,
    demo: "Tarif de démonstration — sans valeur contractuelle",
    commission: /commission|courtage/i,
  },
  en: {
    titles: ["Work accidents", "General liability", "Fire and property", "Objective liability", "Legal aid"],
    words: ["Offer", "Enterprise number", "Producer number", "Net premium", "Taxes and levies"],
    total: "Total annual premium",
    validUntil: "25 December 2026",
    issued: "25 November 2026",
    referral: "This offer must be accepted by the insurer",
    legalForm: "BV/SRL (private limited company)",
    activity: "10.712 – Artisan bakery",
    pages: /Page 1\/\d/,
    demo: "Demo tariff — no contractual value",
    commission: /commission/i,
  },
} as const;

describe("renderOfferPdf", () => {
  for (const lang of ["nl", "fr", "en"] as const) {
    it(`prints a priced offer in ${lang} with every coverage, the premium and no commission`, async () => {
      const detail = quoteDetail(bakeryDraft(lang));
      const result = detail.pricing.result!;
      expect(result.status).toBe("priced");
      expect(result.lines.length).toBeGreaterThanOrEqual(9);
      expect(result.totalCommissionCents).toBeGreaterThan(0);

      const text = await textOf(detail);
      const expected = EXPECTED[lang];
      expect(text).toContain("PV_TPE-KMO_Boulangerie_0042");
      expect(text).toContain("Boulangerie Société Générale");
      expect(text).toContain("Assurances Dupont & Fils");
      expect(text).toContain("0566.988.259");
      expect(text).toContain("0123.456.749");
      expect(text).toContain("12345");
      expect(text).toContain("Anneleen Verstraeten");
      expect(text).toContain("VIVIUM");
      expect(text).toContain(expected.legalForm);
      expect(text).toContain(expected.activity);
      for (const title of expected.titles) expect(text).toContain(title);
      for (const word of expected.words) expect(text).toContain(word);
      expect(text).toContain(expected.total);
      expect(text).toContain(formatEuro(result.totalAnnualCents, lang));
      expect(text).toContain(formatEuro(result.totalNetCents, lang));
      expect(text).toContain(`4 × ${formatEuro(result.installmentCents, lang)}`);
      for (const line of result.lines) expect(text).toContain(formatEuro(line.totalCents, lang));
      expect(text).toContain(expected.validUntil);
      // The date of issue is the day the offer was issued, not the day of the download.
      expect(text).toContain(expected.issued);
      expect(text).toMatch(expected.pages);
      expect(text).toContain(expected.demo);
      expect(text).not.toContain(expected.referral);

      // The broker's commission is the broker's business: neither its name nor its figures.
      expect(text).not.toMatch(expected.commission);
      expect(text).not.toContain(formatEuro(result.totalCommissionCents, lang));
      for (const line of result.lines) {
        if (line.commissionCents !== line.netCents && line.commissionCents > 0)
          expect(text).not.toContain(formatEuro(line.commissionCents, lang));
      }
    });
  }

  it("boxes the referral notice with its reasons and warns about a compulsory coverage left out", async () => {
    const input = bakeryDraft("nl");
    input.coverages = { ...input.coverages, workAccidents: false };
    input.claims = { ...input.claims, cancelledByInsurer: true };
    const detail = quoteDetail(input, {
      status: "accepted",
      decision: {
        decision: "accept",
        message: "Aanvaard mits plaatsing van een inbraakalarm vóór de aanvangsdatum.",
        decidedAt: "2026-01-20T10:00:00.000Z",
        decidedBy: "",
      },
    });
    const result = detail.pricing.result!;
    expect(result.status).toBe("referral");

    const text = await textOf(detail);
    expect(text).toContain("Deze offerte moet door de verzekeraar aanvaard worden");
    expect(text).toContain("Een vorige verzekeraar heeft een polis opgezegd na schade.");
    expect(text).toContain("Verplicht door de arbeidsongevallenwet voor elke werkgever.");
    expect(text).toContain("Beslissing van de verzekeraar");
    expect(text).toContain("Aanvaard mits plaatsing van een inbraakalarm vóór de aanvangsdatum.");
    expect(text).toContain(formatEuro(result.totalAnnualCents, "nl"));
    expect(text).not.toContain("Arbeidsongevallen – wettelijke waarborg");
    expect(text).not.toMatch(/commissie|provisie/i);
    expect(text).not.toContain(formatEuro(result.totalCommissionCents, "nl"));
  });

  it("translates the referral notice and keeps a long company name on the page", async () => {
    const input = bakeryDraft("fr");
    input.activity = {
      ...input.activity,
      companyName:
        "Boulangerie-Pâtisserie Société Générale des Artisans Réunis de la Région de Bruxelles-Capitale et Environs",
      enterpriseNumber: undefined,
    };
    input.claims = { ...input.claims, cancelledByInsurer: true };
    input.summary = { paymentFrequency: "annual", clientLanguage: "fr" };
    const detail = quoteDetail(input);
    const text = await textOf(detail);
    expect(text).toContain("Cette offre doit être acceptée par l'assureur");
    expect(text).toContain("Un assureur précédent a résilié une police après sinistre.");
    // The name wraps; a line may break after a hyphen.
    expect(text.replace(/- /g, "-")).toContain(
      "Boulangerie-Pâtisserie Société Générale des Artisans Réunis de la Région de Bruxelles-Capitale et Environs",
    );
    expect(text).toContain("Paiement");
    expect(text).toContain("Annuel");
    expect(text).toContain(formatEuro(detail.pricing.result!.totalAnnualCents, "fr"));
    expect(text).not.toContain("0566.988.259");
  });
});
