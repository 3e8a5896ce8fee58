import { formatEnterpriseNumber, parseEnterpriseNumber } from "@courtier/contracts/identifiers";
import {
  belgianToday,
  type CONSTRUCTIONS,
  type FREQUENCIES,
  type LEGAL_FORMS,
  type PREMISES,
  QUOTE_COVERAGES,
  QUOTE_STATUS_LABELS,
  type QuoteCoverage,
  type QuoteDraft,
} from "@courtier/contracts/quotes";
import type { QuoteDetail } from "@courtier/contracts/responses";
import {
  type CompiledTariff,
  formatEuro,
  getShippedTariff,
  type LineKind,
  type RatingResult,
} from "@courtier/rating";
import PDFDocument from "pdfkit";

/**
 * The offer a broker hands to the client: one A4 PDF in the client's language, drawn with the
 * standard Helvetica fonts (nothing to load, no network). It shows the insurer's branding, the
 * broker, the client, every chosen coverage with its options, the premium per line with its
 * taxes, the totals and the payment split, and every reason the insurer still has to accept the
 * quote. The broker's commission is never printed: the document goes to the client.
 */

/** What the PDF needs of the product; `findProductWithInsurer` returns it (and more). */
export type ProductBranding = {
  name: string;
  versionLabel: string;
  code: string;
  insurerName: string;
  primaryColor: string;
  accentColor: string;
  referencePrefix: string;
};

type Lang = "nl" | "fr" | "en";
type LegalForm = (typeof LEGAL_FORMS)[number];
type Premises = (typeof PREMISES)[number];
type Frequency = (typeof FREQUENCIES)[number];
type Construction = (typeof CONSTRUCTIONS)[number];

const LOCALES: Record<Lang, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB" };

type Labels = {
  title: string;
  reference: string;
  status: string;
  issueDate: string;
  validUntil: string;
  broker: string;
  client: string;
  name: string;
  enterpriseNumber: string;
  producerNumber: string;
  contact: string;
  companyName: string;
  legalForm: string;
  address: string;
  activity: string;
  startDate: string;
  workers: string;
  workerCounts: (blue: number, white: number) => string;
  turnover: string;
  yes: string;
  no: string;
  none: string;
  coveragesTitle: string;
  coverages: Record<QuoteCoverage, string>;
  blueCollarPayroll: string;
  whiteCollarPayroll: string;
  topUp: string;
  limit: string;
  limits: Record<"standard" | "high", string>;
  afterDelivery: string;
  entrustedGoods: string;
  deductible: string;
  occupancy: string;
  occupancies: Record<"owner" | "tenant", string>;
  building: string;
  contents: string;
  construction: string;
  constructionClass: (klass: Construction) => string;
  alarm: string;
  sprinklers: string;
  theft: string;
  businessInterruption: string;
  turnoverFormula: string;
  dailyIndemnity: (amount: string, days: string) => string;
  machineBreakdown: string;
  premisesType: string;
  premises: Record<Premises, string>;
  publicArea: string;
  formula: string;
  formulas: Record<"first" | "allIn", string>;
  premiumTitle: string;
  coverage: string;
  netPremium: string;
  taxesAndLevies: string;
  total: string;
  totalAnnualPremium: string;
  lines: Record<LineKind, string>;
  taxes: Record<string, string>;
  payment: string;
  frequencies: Record<Frequency, string>;
  installments: string;
  firstInstallment: string;
  splitSurchargeIncluded: string;
  noPremium: string;
  referralTitle: string;
  referralIntro: string;
  declineTitle: string;
  declineIntro: string;
  compulsoryTitle: string;
  compulsoryIntro: string;
  decisionTitle: string;
  decision: string;
  decisions: Record<"accept" | "refuse", string>;
  decisionDate: string;
  decisionMessage: string;
  closing: (validUntil: string | null) => string;
  demo: string;
  page: (page: number, count: number) => string;
  legalForms: Record<LegalForm, string>;
};

/** Every label of the PDF in the three languages; the Dutch ones follow the KMO Tool's terms. */
const DICTIONARY: Record<Lang, Labels> = {
  nl: {
    title: "Offerte",
    reference: "Referentie",
    status: "Status",
    issueDate: "Datum van uitgifte",
    validUntil: "Geldig tot",
    broker: "Uw verzekeringsmakelaar",
    client: "Verzekeringnemer",
    name: "Naam",
    enterpriseNumber: "Ondernemingsnummer",
    producerNumber: "Producentnummer",
    contact: "Contactpersoon",
    companyName: "Naam vennootschap",
    legalForm: "Rechtsvorm",
    address: "Adres uitbating",
    activity: "Uitgevoerde activiteit",
    startDate: "Aanvangsdatum",
    workers: "Werknemers",
    workerCounts: (blue, white) =>
      `${blue} ${blue === 1 ? "arbeider" : "arbeiders"}, ${white} ${white === 1 ? "bediende" : "bedienden"}`,
    turnover: "Jaaromzet",
    yes: "Ja",
    no: "Nee",
    none: "Geen",
    coveragesTitle: "Gekozen dekkingen",
    coverages: {
      workAccidents: "Arbeidsongevallen",
      generalLiability: "BA Uitbating",
      property: "Brand",
      objectiveLiability: "Objectieve aansprakelijkheid",
      legalAid: "Rechtsbijstand",
    },
    blueCollarPayroll: "Loonmassa arbeiders",
    whiteCollarPayroll: "Loonmassa bedienden",
    topUp: "Buitenwettelijke waarborg",
    limit: "Verzekerde bedragen",
    limits: { standard: "Standaard", high: "Verhoogd" },
    afterDelivery: "Aansprakelijkheid na levering",
    entrustedGoods: "Toevertrouwde goederen",
    deductible: "Vrijstelling",
    occupancy: "Hoedanigheid",
    occupancies: { owner: "Eigenaar", tenant: "Huurder" },
    building: "Kapitaal gebouw",
    contents: "Kapitaal inhoud",
    construction: "Bouwklasse",
    constructionClass: (klass) => `Klasse ${klass}`,
    alarm: "Alarmsysteem",
    sprinklers: "Sprinklerinstallatie",
    theft: "Diefstal",
    businessInterruption: "Bedrijfsschade",
    turnoverFormula: "Omzetformule",
    dailyIndemnity: (amount, days) => `Dagvergoeding ${amount} × ${days} dagen`,
    machineBreakdown: "Machinebreuk",
    premisesType: "Type pand",
    premises: {
      shop: "Winkel",
      restaurant: "Restaurant of café",
      office: "Kantoor",
      hotel: "Hotel",
      other: "Ander pand",
    },
    publicArea: "Oppervlakte toegankelijk voor het publiek",
    formula: "Formule",
    formulas: { first: "First", allIn: "All In" },
    premiumTitle: "Premieoverzicht",
    coverage: "Dekking",
    netPremium: "Nettopremie",
    taxesAndLevies: "Taksen en bijdragen",
    total: "Totaal",
    totalAnnualPremium: "Totale jaarpremie",
    lines: {
      workAccidentsLegal: "Arbeidsongevallen – wettelijke waarborg",
      workAccidentsTopUp: "Arbeidsongevallen – buitenwettelijke waarborg",
      generalLiability: "BA Uitbating",
      fireBuilding: "Brand – gebouw",
      fireContents: "Brand – inhoud",
      theft: "Diefstal",
      businessInterruption: "Bedrijfsschade",
      machineBreakdown: "Machinebreuk",
      objectiveLiability: "Objectieve aansprakelijkheid",
      legalAid: "Rechtsbijstand",
    },
    taxes: {
      insuranceTax: "Taks op verzekeringsverrichtingen",
      inamiWorkAccidentLevy: "RIZIV-bijdrage arbeidsongevallen",
      inamiFireLevy: "RIZIV-bijdrage brand",
      safetyFundLevy: "Bijdrage Veiligheidsfonds",
    },
    payment: "Betaling",
    frequencies: { annual: "Jaarlijks", semiannual: "Halfjaarlijks", quarterly: "Driemaandelijks" },
    installments: "Termijnen",
    firstInstallment: "Eerste termijn",
    splitSurchargeIncluded: "De toeslag voor gesplitste betaling is in de nettopremie inbegrepen.",
    noPremium: "Voor deze aanvraag is (nog) geen premie berekend.",
    referralTitle: "Deze offerte moet door de verzekeraar aanvaard worden",
    referralIntro: "De verzekeraar beoordeelt deze aanvraag om de volgende redenen:",
    declineTitle: "De verzekeraar kan voor dit risico geen offerte maken",
    declineIntro: "Reden:",
    compulsoryTitle: "Verplichte dekking niet in deze offerte opgenomen",
    compulsoryIntro: "De wet verplicht de volgende dekking, die u niet gekozen hebt:",
    decisionTitle: "Beslissing van de verzekeraar",
    decision: "Beslissing",
    decisions: { accept: "Aanvaard", refuse: "Geweigerd" },
    decisionDate: "Datum",
    decisionMessage: "Bericht",
    closing: (validUntil) =>
      `Deze offerte is opgemaakt op basis van de gegevens die u ons bezorgde${validUntil ? ` en is geldig tot ${validUntil}` : ""}. Gewijzigde gegevens kunnen de premie wijzigen.`,
    demo: "Demotarief — geen contractuele waarde",
    page: (page, count) => `Pagina ${page}/${count}`,
    legalForms: {
      bv: "BV (besloten vennootschap)",
      nv: "NV (naamloze vennootschap)",
      cv: "CV (coöperatieve vennootschap)",
      vof: "VOF (vennootschap onder firma)",
      commv: "CommV (commanditaire vennootschap)",
      vzw: "VZW (vereniging zonder winstoogmerk)",
      sole: "Eenmanszaak",
      other: "Andere",
    },
  },
  fr: {
    title: "Offre",
    reference: "Référence",
    status: "Statut",
    issueDate: "Date d'émission",
    validUntil: "Valable jusqu'au",
    broker: "Votre courtier",
    client: "Preneur d'assurance",
    name: "Nom",
    enterpriseNumber: "Numéro d'entreprise",
    producerNumber: "Numéro de producteur",
    contact: "Personne de contact",
    companyName: "Dénomination",
    legalForm: "Forme juridique",
    address: "Adresse d'exploitation",
    activity: "Activité exercée",
    startDate: "Date de prise d'effet",
    workers: "Travailleurs",
    workerCounts: (blue, white) =>
      `${blue} ${blue === 1 ? "ouvrier" : "ouvriers"}, ${white} ${white === 1 ? "employé" : "employés"}`,
    turnover: "Chiffre d'affaires annuel",
    yes: "Oui",
    no: "Non",
    none: "Aucune",
    coveragesTitle: "Garanties choisies",
    coverages: {
      workAccidents: "Accidents du travail",
      generalLiability: "RC Exploitation",
      property: "Incendie",
      objectiveLiability: "Responsabilité objective",
      legalAid: "Protection juridique",
    },
    blueCollarPayroll: "Masse salariale ouvriers",
    whiteCollarPayroll: "Masse salariale employés",
    topUp: "Garantie extra-légale",
    limit: "Montants assurés",
    limits: { standard: "Standard", high: "Élevés" },
    afterDelivery: "RC après livraison",
    entrustedGoods: "Biens confiés",
    deductible: "Franchise",
    occupancy: "Qualité",
    occupancies: { owner: "Propriétaire", tenant: "Locataire" },
    building: "Capital bâtiment",
    contents: "Capital contenu",
    construction: "Classe de construction",
    constructionClass: (klass) => `Classe ${klass}`,
    alarm: "Système d'alarme",
    sprinklers: "Installation sprinklers",
    theft: "Vol",
    businessInterruption: "Pertes d'exploitation",
    turnoverFormula: "Formule chiffre d'affaires",
    dailyIndemnity: (amount, days) => `Indemnité journalière de ${amount} × ${days} jours`,
    machineBreakdown: "Bris de machines",
    premisesType: "Type de local",
    premises: {
      shop: "Magasin",
      restaurant: "Restaurant ou café",
      office: "Bureau",
      hotel: "Hôtel",
      other: "Autre local",
    },
    publicArea: "Surface accessible au public",
    formula: "Formule",
    formulas: { first: "First", allIn: "All In" },
    premiumTitle: "Décompte de la prime",
    coverage: "Garantie",
    netPremium: "Prime nette",
    taxesAndLevies: "Taxes et cotisations",
    total: "Total",
    totalAnnualPremium: "Prime annuelle totale",
    lines: {
      workAccidentsLegal: "Accidents du travail – garantie légale",
      workAccidentsTopUp: "Accidents du travail – garantie extra-légale",
      generalLiability: "RC Exploitation",
      fireBuilding: "Incendie – bâtiment",
      fireContents: "Incendie – contenu",
      theft: "Vol",
      businessInterruption: "Pertes d'exploitation",
      machineBreakdown: "Bris de machines",
      objectiveLiability: "Responsabilité objective",
      legalAid: "Protection juridique",
    },
    taxes: {
      insuranceTax: "Taxe sur les opérations d'assurance",
      inamiWorkAccidentLevy: "Cotisation INAMI accidents du travail",
      inamiFireLevy: "Cotisation INAMI incendie",
      safetyFundLevy: "Cotisation Fonds de sécurité",
    },
    payment: "Paiement",
    frequencies: { annual: "Annuel", semiannual: "Semestriel", quarterly: "Trimestriel" },
    installments: "Échéances",
    firstInstallment: "Première échéance",
    splitSurchargeIncluded: "La majoration pour paiement fractionné est comprise dans la prime nette.",
    noPremium: "Aucune prime n'a (encore) été calculée pour cette demande.",
    referralTitle: "Cette offre doit être acceptée par l'assureur",
    referralIntro: "L'assureur examinera cette demande pour les raisons suivantes :",
    declineTitle: "L'assureur ne peut pas faire d'offre pour ce risque",
    declineIntro: "Motif :",
    compulsoryTitle: "Garantie obligatoire non reprise dans cette offre",
    compulsoryIntro: "La loi impose la garantie suivante, que vous n'avez pas choisie :",
    decisionTitle: "Décision de l'assureur",
    decision: "Décision",
    decisions: { accept: "Acceptée", refuse: "Refusée" },
    decisionDate: "Date",
    decisionMessage: "Message",
    closing: (validUntil) =>
      `Cette offre est établie sur la base des données que vous nous avez communiquées${validUntil ? ` et est valable jusqu'au ${validUntil}` : ""}. Toute modification de ces données peut modifier la prime.`,
    demo: "Tarif de démonstration — sans valeur contractuelle",
    page: (page, count) => `Page ${page}/${count}`,
    legalForms: {
      bv: "SRL (société à responsabilité limitée)",
      nv: "SA (société anonyme)",
      cv: "SC (société coopérative)",
      vof: "SNC (société en nom collectif)",
      commv: "SComm (société en commandite)",
      vzw: "ASBL (association sans but lucratif)",
      sole: "Entreprise individuelle",
      other: "Autre",
    },
  },
  en: {
    title: "Offer",
    reference: "Reference",
    status: "Status",
    issueDate: "Date of issue",
    validUntil: "Valid until",
    broker: "Your insurance broker",
    client: "Policyholder",
    name: "Name",
    enterpriseNumber: "Enterprise number",
    producerNumber: "Producer number",
    contact: "Contact person",
    companyName: "Company name",
    legalForm: "Legal form",
    address: "Operating address",
    activity: "Activity",
    startDate: "Start date",
    workers: "Workers",
    workerCounts: (blue, white) => `${blue} blue-collar, ${white} white-collar`,
    turnover: "Annual turnover",
    yes: "Yes",
    no: "No",
    none: "None",
    coveragesTitle: "Chosen coverages",
    coverages: {
      workAccidents: "Work accidents",
      generalLiability: "General liability",
      property: "Fire and property",
      objectiveLiability: "Objective liability",
      legalAid: "Legal aid",
    },
    blueCollarPayroll: "Blue-collar payroll",
    whiteCollarPayroll: "White-collar payroll",
    topUp: "Top-up cover",
    limit: "Insured limits",
    limits: { standard: "Standard", high: "High" },
    afterDelivery: "Liability after delivery",
    entrustedGoods: "Entrusted goods",
    deductible: "Deductible",
    occupancy: "Occupancy",
    occupancies: { owner: "Owner", tenant: "Tenant" },
    building: "Building capital",
    contents: "Contents capital",
    construction: "Construction class",
    constructionClass: (klass) => `Class ${klass}`,
    alarm: "Alarm system",
    sprinklers: "Sprinklers",
    theft: "Theft",
    businessInterruption: "Business interruption",
    turnoverFormula: "Turnover formula",
    dailyIndemnity: (amount, days) => `Daily indemnity of ${amount} × ${days} days`,
    machineBreakdown: "Machine breakdown",
    premisesType: "Type of premises",
    premises: {
      shop: "Shop",
      restaurant: "Restaurant or café",
      office: "Office",
      hotel: "Hotel",
      other: "Other premises",
    },
    publicArea: "Area open to the public",
    formula: "Formula",
    formulas: { first: "First", allIn: "All In" },
    premiumTitle: "Premium breakdown",
    coverage: "Coverage",
    netPremium: "Net premium",
    taxesAndLevies: "Taxes and levies",
    total: "Total",
    totalAnnualPremium: "Total annual premium",
    lines: {
      workAccidentsLegal: "Work accidents – legal cover",
      workAccidentsTopUp: "Work accidents – top-up cover",
      generalLiability: "General liability",
      fireBuilding: "Fire – building",
      fireContents: "Fire – contents",
      theft: "Theft",
      businessInterruption: "Business interruption",
      machineBreakdown: "Machine breakdown",
      objectiveLiability: "Objective liability",
      legalAid: "Legal aid",
    },
    taxes: {
      insuranceTax: "Insurance premium tax",
      inamiWorkAccidentLevy: "INAMI/RIZIV work-accident levy",
      inamiFireLevy: "INAMI/RIZIV fire levy",
      safetyFundLevy: "Safety Fund levy",
    },
    payment: "Payment",
    frequencies: { annual: "Annual", semiannual: "Half-yearly", quarterly: "Quarterly" },
    installments: "Installments",
    firstInstallment: "First installment",
    splitSurchargeIncluded: "The surcharge for split payment is included in the net premium.",
    noPremium: "No premium has been calculated for this request (yet).",
    referralTitle: "This offer must be accepted by the insurer",
    referralIntro: "The insurer will review this request for the following reasons:",
    declineTitle: "The insurer cannot make an offer for this risk",
    declineIntro: "Reason:",
    compulsoryTitle: "Compulsory coverage not included in this offer",
    compulsoryIntro: "The law requires the following coverage, which you did not choose:",
    decisionTitle: "The insurer's decision",
    decision: "Decision",
    decisions: { accept: "Accepted", refuse: "Refused" },
    decisionDate: "Date",
    decisionMessage: "Message",
    closing: (validUntil) =>
      `This offer is based on the information you gave us${validUntil ? ` and is valid until ${validUntil}` : ""}. If that information changes, the premium may change.`,
    demo: "Demo tariff — no contractual value",
    page: (page, count) => `Page ${page}/${count}`,
    legalForms: {
      bv: "BV/SRL (private limited company)",
      nv: "NV/SA (public limited company)",
      cv: "CV/SC (cooperative company)",
      vof: "VOF/SNC (general partnership)",
      commv: "CommV/SComm (limited partnership)",
      vzw: "VZW/ASBL (non-profit association)",
      sole: "Sole proprietorship",
      other: "Other",
    },
  },
};

// ── Text and formats ──

/** The characters of WinAnsi (the standard fonts' encoding) above Latin-1. */
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

/**
 * Text the standard fonts can draw: odd spaces (Intl's narrow no-break space) become spaces,
 * accented letters outside WinAnsi lose their accent, anything else becomes "?".
 */
export function pdfText(value: string): string {
  return value
    .normalize("NFC")
    .replace(/[\t\u2000-\u200a\u202f\u205f\u3000]/g, " ")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/[^\n\x20-\x7e\xa0-\xff]/gu, (ch) => {
      if (WIN_ANSI_EXTRA.has(ch)) return ch;
      const base = ch.normalize("NFD").replace(/\p{M}/gu, "");
      return base !== "" && /^[\x20-\x7e\xa0-\xff]+$/.test(base) ? base : "?";
    });
}

function formatDate(isoDate: string, lang: Lang): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? new Date(`${isoDate}T12:00:00Z`) : new Date(isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Brussels",
  }).format(date);
}

function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(value);
}

function formatPercent(rate: number, lang: Lang): string {
  return lang === "en" ? `${formatNumber(rate, lang)}%` : `${formatNumber(rate, lang)} %`;
}

/** `0123456749` or `BE 0123.456.749` → `0123.456.749`; anything else as it was typed. */
function enterpriseNumber(value: string | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  const parsed = parseEnterpriseNumber(trimmed);
  return parsed.ok ? formatEnterpriseNumber(parsed.digits) : trimmed;
}

const HEX = /^#[0-9a-f]{6}$/i;

function color(value: string, fallback: string): string {
  return HEX.test(value.trim()) ? value.trim() : fallback;
}

/** The colour mixed with white: 0 is the colour, 1 is white. */
function tint(hex: string, amount: number): string {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);
    return Math.round(c + (255 - c) * amount)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

// ── Layout ──

const REGULAR = "Helvetica";
const BOLD = "Helvetica-Bold";
const ITALIC = "Helvetica-Oblique";
const INK = "#1f2328";
const MUTED = "#5f6670";
const RULE = "#d0d4da";
const MARGINS = { top: 64, bottom: 64, left: 50, right: 50 };

type Doc = PDFKit.PDFDocument;
type Field = readonly [label: string, value: string];

interface Ctx {
  doc: Doc;
  lang: Lang;
  t: Labels;
  primary: string;
  accent: string;
  left: number;
  width: number;
  money: (cents: number) => string;
}

function bottomLimit(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` still fits on this one. */
function ensureSpace(ctx: Ctx, height: number): void {
  if (ctx.doc.y + height > bottomLimit(ctx.doc)) ctx.doc.addPage();
}

function use(doc: Doc, font: string, size: number, fill = INK): Doc {
  return doc.font(font).fontSize(size).fillColor(fill);
}

function textHeight(doc: Doc, font: string, size: number, text: string, width: number): number {
  return doc.font(font).fontSize(size).heightOfString(pdfText(text), { width });
}

function write(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  options: PDFKit.Mixins.TextOptions & { width: number },
): void {
  doc.text(pdfText(text), x, y, options);
}

const LABEL_SIZE = 8.5;
const VALUE_SIZE = 9.5;
const FIELD_GAP = 18;

function fieldColumns(width: number, columns: number) {
  const column = (width - FIELD_GAP * (columns - 1)) / columns;
  const label = Math.min(125, Math.round(column * (columns === 1 ? 0.4 : 0.44)));
  return { column, label, value: column - label - 8 };
}

function fieldRowHeight(doc: Doc, row: readonly Field[], layout: ReturnType<typeof fieldColumns>): number {
  return Math.max(
    ...row.map(([label, value]) =>
      Math.max(
        textHeight(doc, REGULAR, LABEL_SIZE, label, layout.label) + 1,
        textHeight(doc, BOLD, VALUE_SIZE, value, layout.value),
      ),
    ),
  );
}

function rowsOf(fields: readonly Field[], columns: number): Field[][] {
  const rows: Field[][] = [];
  for (let i = 0; i < fields.length; i += columns) rows.push(fields.slice(i, i + columns));
  return rows;
}

const ROW_GAP = 4;

function measureFields(doc: Doc, fields: readonly Field[], width: number, columns: number): number {
  const layout = fieldColumns(width, columns);
  return rowsOf(fields, columns).reduce((sum, row) => sum + fieldRowHeight(doc, row, layout) + ROW_GAP, 0);
}

/** Label/value pairs in `columns` columns from (x, y); returns the height used. */
function drawFields(
  doc: Doc,
  fields: readonly Field[],
  x: number,
  y: number,
  width: number,
  columns: number,
): number {
  const layout = fieldColumns(width, columns);
  let top = y;
  for (const row of rowsOf(fields, columns)) {
    const height = fieldRowHeight(doc, row, layout);
    row.forEach(([label, value], i) => {
      const cx = x + i * (layout.column + FIELD_GAP);
      use(doc, REGULAR, LABEL_SIZE, MUTED);
      write(doc, label, cx, top + 0.7, { width: layout.label });
      use(doc, BOLD, VALUE_SIZE);
      write(doc, value, cx + layout.label + 8, top, { width: layout.value });
    });
    top += height + ROW_GAP;
  }
  return top - y;
}

const HEADING_SIZE = 12;

function headingHeight(ctx: Ctx, text: string): number {
  return textHeight(ctx.doc, BOLD, HEADING_SIZE, text, ctx.width) + 12;
}

/** A section title with a rule; `keepWith` is the height of what must follow on the same page. */
function heading(ctx: Ctx, text: string, keepWith: number): void {
  const { doc } = ctx;
  ensureSpace(ctx, headingHeight(ctx, text) + keepWith);
  const y = doc.y;
  use(doc, BOLD, HEADING_SIZE, ctx.primary);
  write(doc, text, ctx.left, y, { width: ctx.width });
  const ruleY = doc.y + 2;
  doc
    .moveTo(ctx.left, ruleY)
    .lineTo(ctx.left + ctx.width, ruleY)
    .lineWidth(0.75)
    .strokeColor(tint(ctx.primary, 0.55))
    .stroke();
  doc.y = ruleY + 8;
}

// ── Sections ──

function drawHeader(ctx: Ctx, detail: QuoteDetail, product: ProductBranding, issued: string): void {
  const { doc, t, lang, left, width } = ctx;
  const top = 40;
  const markWidth = width * 0.5;
  const productWidth = width - markWidth - 12;
  const insurer = product.insurerName || detail.product.insurerName;
  // The wordmark shrinks for a long insurer name rather than taking three lines.
  let size = 24;
  while (size > 16 && textHeight(doc, BOLD, size, insurer, markWidth) > size * 1.3) size -= 2;
  use(doc, BOLD, size, ctx.primary);
  write(doc, insurer, left, top, { width: markWidth });
  const markBottom = doc.y;

  const productLine = product.name || detail.product.name;
  const versionLine = product.versionLabel || detail.product.versionLabel;
  use(doc, BOLD, 11);
  write(doc, productLine, left + markWidth + 12, top + 2, { width: productWidth, align: "right" });
  if (versionLine && versionLine !== productLine) {
    use(doc, REGULAR, 8.5, MUTED);
    write(doc, versionLine, left + markWidth + 12, doc.y + 1, { width: productWidth, align: "right" });
  }
  const ruleY = Math.max(markBottom, doc.y) + 6;
  doc.rect(left, ruleY, width, 3).fill(ctx.accent);

  const titleY = ruleY + 18;
  const titleWidth = width * 0.55;
  use(doc, BOLD, 24, INK);
  write(doc, t.title, left, titleY, { width: titleWidth });
  use(doc, REGULAR, LABEL_SIZE, MUTED);
  write(doc, t.reference, left, doc.y + 2, { width: titleWidth });
  use(doc, BOLD, 11);
  write(doc, detail.reference, left, doc.y + 1, { width: titleWidth });
  const leftBottom = doc.y;

  const meta: Field[] = [
    [t.status, QUOTE_STATUS_LABELS[detail.status]?.[lang] ?? detail.status],
    [t.issueDate, formatDate(issued, lang)],
    [t.validUntil, detail.validUntil ? formatDate(detail.validUntil, lang) : "—"],
  ];
  const metaWidth = width - titleWidth - 12;
  const metaX = left + titleWidth + 12;
  let y = titleY + 4;
  for (const [label, value] of meta) {
    use(doc, REGULAR, LABEL_SIZE, MUTED);
    write(doc, label, metaX, y + 1, { width: metaWidth * 0.48 });
    const labelBottom = doc.y;
    use(doc, BOLD, 10);
    write(doc, value, metaX + metaWidth * 0.48 + 6, y, { width: metaWidth * 0.52 - 6, align: "right" });
    y = Math.max(labelBottom, doc.y) + 4;
  }
  doc.y = Math.max(leftBottom, y) + 18;
}

/** The broker and the client side by side, each under its own title. */
function drawParties(ctx: Ctx, detail: QuoteDetail): void {
  const { doc, t, lang } = ctx;
  const a = detail.draft.activity;
  const broker: Field[] = [[t.name, detail.office.commercialName]];
  const officeNumber = enterpriseNumber(detail.office.enterpriseNumber);
  if (officeNumber) broker.push([t.enterpriseNumber, officeNumber]);
  if (detail.product.producerNumber) broker.push([t.producerNumber, detail.product.producerNumber]);
  if (detail.intermediary.name) broker.push([t.contact, detail.intermediary.name]);

  const client: Field[] = [[t.companyName, a.companyName?.trim() || "—"]];
  if (a.legalForm) client.push([t.legalForm, t.legalForms[a.legalForm]]);
  const clientNumber = enterpriseNumber(a.enterpriseNumber);
  if (clientNumber) client.push([t.enterpriseNumber, clientNumber]);
  const street = [a.street?.trim(), a.houseNumber?.trim()].filter(Boolean).join(" ");
  const town = [a.postcode?.trim(), a.city?.trim()].filter(Boolean).join(" ");
  if (street || town) client.push([t.address, [street, town].filter(Boolean).join("\n")]);
  if (a.activityCode) {
    const name = detail.activityName?.[lang];
    client.push([t.activity, name ? `${a.activityCode} – ${name}` : a.activityCode]);
  }
  if (a.startDate) client.push([t.startDate, formatDate(a.startDate, lang)]);
  if (a.blueCollarCount !== undefined || a.whiteCollarCount !== undefined)
    client.push([t.workers, t.workerCounts(a.blueCollarCount ?? 0, a.whiteCollarCount ?? 0)]);
  if (a.turnoverCents !== undefined) client.push([t.turnover, ctx.money(a.turnoverCents)]);

  const gap = 24;
  const panel = (ctx.width - gap) / 2;
  const titleHeight = Math.max(headingHeight(ctx, t.broker), headingHeight(ctx, t.client));
  const height = Math.max(measureFields(doc, broker, panel, 1), measureFields(doc, client, panel, 1));
  ensureSpace(ctx, titleHeight + height);
  const y = doc.y;
  let bottom = y;
  for (const [i, [title, fields]] of (
    [
      [t.broker, broker],
      [t.client, client],
    ] as const
  ).entries()) {
    const x = ctx.left + i * (panel + gap);
    use(doc, BOLD, HEADING_SIZE, ctx.primary);
    write(doc, title, x, y, { width: panel });
    const ruleY = y + titleHeight - 10;
    doc
      .moveTo(x, ruleY)
      .lineTo(x + panel, ruleY)
      .lineWidth(0.75)
      .strokeColor(tint(ctx.primary, 0.55))
      .stroke();
    bottom = Math.max(bottom, ruleY + 8 + drawFields(doc, fields, x, ruleY + 8, panel, 1));
  }
  doc.y = bottom + 14;
}

/** A coloured box with a title, an introduction and a list of points, kept on one page. */
function notice(ctx: Ctx, box: { title: string; intro?: string; items: string[]; color: string }): void {
  const { doc } = ctx;
  const pad = 10;
  const bar = 4;
  const inner = ctx.width - pad * 2 - bar;
  const bullet = 10;
  const titleH = textHeight(doc, BOLD, 11, box.title, inner);
  const introH = box.intro ? textHeight(doc, REGULAR, 9.5, box.intro, inner) + 4 : 0;
  const itemsH = box.items.map((item) => textHeight(doc, REGULAR, 9.5, item, inner - bullet) + 3);
  const height = pad + titleH + 5 + introH + itemsH.reduce((a, b) => a + b, 0) + pad - 3;
  ensureSpace(ctx, height + 12);
  const y = doc.y;
  doc.rect(ctx.left, y, ctx.width, height).fill(tint(box.color, 0.9));
  doc.rect(ctx.left, y, bar, height).fill(box.color);
  const x = ctx.left + bar + pad;
  use(doc, BOLD, 11, box.color === ctx.accent ? INK : box.color);
  write(doc, box.title, x, y + pad, { width: inner });
  let cursor = y + pad + titleH + 5;
  if (box.intro) {
    use(doc, REGULAR, 9.5);
    write(doc, box.intro, x, cursor, { width: inner });
    cursor += introH;
  }
  box.items.forEach((item, i) => {
    use(doc, BOLD, 9.5, box.color);
    write(doc, "•", x, cursor, { width: bullet });
    use(doc, REGULAR, 9.5);
    write(doc, item, x + bullet, cursor, { width: inner - bullet });
    cursor += itemsH[i] ?? 0;
  });
  doc.y = y + height + 14;
}

function yesNo(t: Labels, value: boolean | undefined): string {
  return value === undefined ? "—" : value ? t.yes : t.no;
}

function amount(ctx: Ctx, cents: number | undefined): string {
  return cents === undefined ? "—" : ctx.money(cents);
}

/** The options of one coverage in words. */
function coverageFields(ctx: Ctx, draft: QuoteDraft, coverage: QuoteCoverage): Field[] {
  const { t, lang } = ctx;
  switch (coverage) {
    case "workAccidents": {
      const wa = draft.workAccidents;
      return [
        [t.blueCollarPayroll, amount(ctx, wa.blueCollarPayrollCents)],
        [t.whiteCollarPayroll, amount(ctx, wa.whiteCollarPayrollCents)],
        [t.topUp, yesNo(t, wa.topUp)],
      ];
    }
    case "generalLiability": {
      const gl = draft.generalLiability;
      return [
        [t.limit, gl.limit ? t.limits[gl.limit] : "—"],
        [t.deductible, amount(ctx, gl.deductibleCents)],
        [t.afterDelivery, yesNo(t, gl.afterDelivery)],
        [t.entrustedGoods, yesNo(t, gl.entrustedGoods)],
      ];
    }
    case "property": {
      const p = draft.property;
      const bi =
        p.businessInterruption === "dailyIndemnity"
          ? t.dailyIndemnity(
              amount(ctx, p.dailyIndemnityCents),
              p.days === undefined ? "—" : formatNumber(p.days, lang),
            )
          : p.businessInterruption === "turnover"
            ? t.turnoverFormula
            : p.businessInterruption === "none"
              ? t.none
              : "—";
      return [
        [t.occupancy, p.occupancy ? t.occupancies[p.occupancy] : "—"],
        [t.construction, p.construction ? t.constructionClass(p.construction) : "—"],
        [t.building, amount(ctx, p.buildingCents)],
        [t.contents, amount(ctx, p.contentsCents)],
        [t.alarm, yesNo(t, p.alarm)],
        [t.sprinklers, yesNo(t, p.sprinklers)],
        [t.theft, yesNo(t, p.theft)],
        [t.machineBreakdown, p.machineBreakdownCents ? ctx.money(p.machineBreakdownCents) : t.no],
        [t.businessInterruption, bi],
      ];
    }
    case "objectiveLiability": {
      const ol = draft.objectiveLiability;
      return [
        [t.premisesType, ol.premisesType ? t.premises[ol.premisesType] : "—"],
        [t.publicArea, ol.publicAreaM2 === undefined ? "—" : `${formatNumber(ol.publicAreaM2, lang)} m²`],
      ];
    }
    case "legalAid":
      return [[t.formula, draft.legalAid.formula ? t.formulas[draft.legalAid.formula] : "—"]];
  }
}

function drawCoverages(ctx: Ctx, detail: QuoteDetail, result: RatingResult | null): void {
  const { doc, t, lang } = ctx;
  const chosen = QUOTE_COVERAGES.filter((c) => detail.draft.coverages[c] === true);
  if (chosen.length === 0) return;
  const blocks = chosen.map((coverage) => {
    const fields = coverageFields(ctx, detail.draft, coverage);
    // The legal notes of a chosen compulsory coverage (e.g. the municipality's certificate).
    const notes = (result?.compulsoryCoverages ?? [])
      .filter((c) => c.coverage === coverage && c.quoted)
      .map((c) => c.message[lang]);
    const titleH = textHeight(doc, BOLD, 10.5, t.coverages[coverage], ctx.width);
    const notesH = notes.reduce(
      (sum, note) => sum + textHeight(doc, ITALIC, 8.5, note, ctx.width - 8) + 2,
      0,
    );
    const height = titleH + 5 + measureFields(doc, fields, ctx.width - 8, 2) + notesH + 8;
    return { coverage, fields, notes, titleH, height };
  });
  heading(ctx, t.coveragesTitle, blocks[0]!.height);
  for (const block of blocks) {
    ensureSpace(ctx, block.height);
    const y = doc.y;
    doc.rect(ctx.left, y + 2, 3, block.titleH - 3).fill(ctx.accent);
    use(doc, BOLD, 10.5, ctx.primary);
    write(doc, t.coverages[block.coverage], ctx.left + 8, y, { width: ctx.width - 8 });
    let cursor = y + block.titleH + 5;
    cursor += drawFields(doc, block.fields, ctx.left + 8, cursor, ctx.width - 8, 2);
    for (const note of block.notes) {
      use(doc, ITALIC, 8.5, MUTED);
      write(doc, note, ctx.left + 8, cursor, { width: ctx.width - 8 });
      cursor = doc.y + 2;
    }
    doc.y = cursor + 8;
  }
  doc.y += 4;
}

function taxName(ctx: Ctx, kind: string, tariff: CompiledTariff | undefined): string {
  return ctx.t.taxes[kind] ?? tariff?.levies.find((levy) => levy.kind === kind)?.name[ctx.lang] ?? kind;
}

const CELL_PAD = 6;

/** The payment rows under the totals: the split, the installments and a different first one. */
function paymentFields(ctx: Ctx, result: RatingResult): Field[] {
  const { t } = ctx;
  const fields: Field[] = [[t.payment, t.frequencies[result.paymentFrequency] ?? result.paymentFrequency]];
  if (result.installmentCount > 1) {
    fields.push([t.installments, `${result.installmentCount} × ${ctx.money(result.installmentCents)}`]);
    if (result.firstInstallmentCents !== result.installmentCents)
      fields.push([t.firstInstallment, ctx.money(result.firstInstallmentCents)]);
  }
  return fields;
}

/**
 * The premium per line with its taxes, then the totals and the payment split. The table stays
 * on one page when it fits there; when it does not and much of the page is left, it breaks
 * between two lines, repeats its header, and keeps its last two lines with the totals.
 */
function drawPremium(ctx: Ctx, result: RatingResult | null, tariff: CompiledTariff | undefined): void {
  const { doc, t } = ctx;
  if (!result || result.lines.length === 0) {
    if (result?.status === "declined") return;
    const h = textHeight(doc, ITALIC, 9.5, t.noPremium, ctx.width);
    heading(ctx, t.premiumTitle, h);
    use(doc, ITALIC, 9.5, MUTED);
    write(doc, t.noPremium, ctx.left, doc.y, { width: ctx.width });
    doc.y += 12;
    return;
  }
  const money = 90;
  const nameWidth = ctx.width - money * 3;
  const cols = [
    ctx.left,
    ctx.left + nameWidth,
    ctx.left + nameWidth + money,
    ctx.left + nameWidth + money * 2,
  ];
  const headers = [t.coverage, t.netPremium, t.taxesAndLevies, t.total];
  const headerH =
    Math.max(
      ...headers.map((h, i) => textHeight(doc, BOLD, 8.5, h, (i === 0 ? nameWidth : money) - CELL_PAD * 2)),
    ) + 10;
  const taxWidth = nameWidth - CELL_PAD * 2 - 10;

  const rows = result.lines.map((line) => {
    const name = t.lines[line.coverage] ?? line.coverage;
    const nameH = textHeight(doc, BOLD, 9.5, name, nameWidth - CELL_PAD * 2);
    const taxes = line.taxes.map((tax) => {
      const label = `${taxName(ctx, tax.kind, tariff)} (${formatPercent(tax.rate, ctx.lang)})`;
      return { label, cents: tax.cents, h: textHeight(doc, REGULAR, 8, label, taxWidth) + 2 };
    });
    const h = nameH + 8 + taxes.reduce((s, x) => s + x.h, 0) + (taxes.length > 0 ? 2 : 0);
    return { line, name, nameH, taxes, h };
  });

  const summaryWidth = Math.min(300, ctx.width);
  const summaryX = ctx.left + ctx.width - summaryWidth;
  const payment = paymentFields(ctx, result);
  const noteH =
    result.installmentCount > 1 ? textHeight(doc, ITALIC, 8, t.splitSurchargeIncluded, summaryWidth) + 4 : 0;
  const tailH = 8 + 16 * 2 + 28 + 15 * payment.length + noteH + 16;
  const rowsH = rows.reduce((s, r) => s + r.h, 0);

  const titleH = headingHeight(ctx, t.premiumTitle);
  const pageH = bottomLimit(doc) - doc.page.margins.top;
  const left = bottomLimit(doc) - doc.y;
  const firstRowsH = rows.slice(0, 2).reduce((s, r) => s + r.h, 0);
  const tooLittleLeft = left < pageH * 0.45 || titleH + headerH + firstRowsH > left;
  if (titleH + headerH + rowsH + tailH > left && tooLittleLeft) doc.addPage();
  const keepFrom = Math.max(0, rows.length - 2);
  // The heading keeps the header and the first two lines with it (all of a short table).
  heading(ctx, t.premiumTitle, headerH + (keepFrom === 0 ? rowsH + tailH : firstRowsH));

  const drawHeaderRow = () => {
    const y = doc.y;
    doc.rect(ctx.left, y, ctx.width, headerH).fill(tint(ctx.primary, 0.88));
    headers.forEach((h, i) => {
      use(doc, BOLD, 8.5, ctx.primary);
      const w = (i === 0 ? nameWidth : money) - CELL_PAD * 2;
      write(doc, h, cols[i]! + CELL_PAD, y + 5, { width: w, align: i === 0 ? "left" : "right" });
    });
    doc.y = y + headerH;
  };
  drawHeaderRow();
  rows.forEach((row, i) => {
    const need = i === keepFrom ? rows.slice(i).reduce((s, r) => s + r.h, 0) + tailH : row.h;
    if (i > 0 && doc.y + need > bottomLimit(doc)) {
      doc.addPage();
      drawHeaderRow();
    }
    const y = doc.y;
    use(doc, BOLD, 9.5);
    write(doc, row.name, cols[0]! + CELL_PAD, y + 4, { width: nameWidth - CELL_PAD * 2 });
    const figures = [row.line.netCents, row.line.totalCents - row.line.netCents, row.line.totalCents];
    figures.forEach((cents, f) => {
      use(doc, f === 2 ? BOLD : REGULAR, 9.5);
      write(doc, ctx.money(cents), cols[f + 1]! + CELL_PAD, y + 4, {
        width: money - CELL_PAD * 2,
        align: "right",
      });
    });
    let cursor = y + 4 + row.nameH + 2;
    for (const tax of row.taxes) {
      use(doc, REGULAR, 8, MUTED);
      write(doc, tax.label, cols[0]! + CELL_PAD + 10, cursor, { width: taxWidth });
      // With a single levy its amount is the line's figure already; with several, each is shown.
      if (row.taxes.length > 1)
        write(doc, ctx.money(tax.cents), cols[2]! + CELL_PAD, cursor, {
          width: money - CELL_PAD * 2,
          align: "right",
        });
      cursor += tax.h;
    }
    doc.y = y + row.h;
    doc
      .moveTo(ctx.left, doc.y)
      .lineTo(ctx.left + ctx.width, doc.y)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
  });

  ensureSpace(ctx, tailH);
  let y = doc.y + 8;
  const amountWidth = money + 30;
  const labelWidth = summaryWidth - amountWidth - CELL_PAD * 2;
  const amountX = summaryX + summaryWidth - amountWidth - CELL_PAD;
  for (const [label, cents] of [
    [t.netPremium, result.totalNetCents],
    [t.taxesAndLevies, result.totalTaxesCents],
  ] as const) {
    use(doc, REGULAR, 9.5);
    write(doc, label, summaryX + CELL_PAD, y, { width: labelWidth });
    write(doc, ctx.money(cents), amountX, y, { width: amountWidth, align: "right" });
    y += 16;
  }
  doc.rect(summaryX, y - 2, summaryWidth, 22).fill(ctx.primary);
  use(doc, BOLD, 11, "#ffffff");
  write(doc, t.totalAnnualPremium, summaryX + CELL_PAD, y + 3.5, { width: labelWidth, lineBreak: false });
  write(doc, ctx.money(result.totalAnnualCents), amountX, y + 3.5, {
    width: amountWidth,
    align: "right",
    lineBreak: false,
  });
  y += 28;
  for (const [label, value] of payment) {
    use(doc, REGULAR, 9, MUTED);
    write(doc, label, summaryX + CELL_PAD, y, { width: labelWidth, lineBreak: false });
    use(doc, BOLD, 9.5);
    write(doc, value, amountX - 40, y, { width: amountWidth + 40, align: "right", lineBreak: false });
    y += 15;
  }
  if (noteH > 0) {
    use(doc, ITALIC, 8, MUTED);
    write(doc, t.splitSurchargeIncluded, summaryX + CELL_PAD, y, { width: summaryWidth - CELL_PAD * 2 });
    y = doc.y + 4;
  }
  doc.y = y + 12;
}

function drawDecision(ctx: Ctx, decision: NonNullable<QuoteDetail["decision"]>): void {
  const { doc, t, lang } = ctx;
  const fields: Field[] = [
    [t.decision, t.decisions[decision.decision]],
    [t.decisionDate, formatDate(decision.decidedAt, lang)],
  ];
  const message = decision.message.trim();
  const messageH = message ? textHeight(doc, REGULAR, 9.5, message, ctx.width - 20) + 18 : 0;
  heading(ctx, t.decisionTitle, measureFields(doc, fields, ctx.width, 2) + Math.min(messageH, 120));
  doc.y += drawFields(doc, fields, ctx.left, doc.y, ctx.width, 2);
  if (message) {
    use(doc, REGULAR, LABEL_SIZE, MUTED);
    write(doc, t.decisionMessage, ctx.left, doc.y + 2, { width: ctx.width });
    const y = doc.y + 3;
    const boxH = textHeight(doc, REGULAR, 9.5, message, ctx.width - 20) + 12;
    if (y + boxH <= bottomLimit(doc)) {
      const color = decision.decision === "accept" ? ctx.primary : ctx.accent;
      doc.rect(ctx.left, y, ctx.width, boxH).fill(tint(color, 0.92));
      doc.rect(ctx.left, y, 3, boxH).fill(color);
    }
    // A message longer than a page flows on to the next pages, without its box.
    use(doc, REGULAR, 9.5);
    write(doc, message, ctx.left + 10, y + 6, { width: ctx.width - 20 });
    doc.y += 14;
  }
}

function drawRunningHeader(ctx: Ctx, detail: QuoteDetail, insurer: string): void {
  const { doc, t } = ctx;
  const y = 30;
  use(doc, BOLD, 10, ctx.primary);
  write(doc, insurer, ctx.left, y, { width: ctx.width / 2, lineBreak: false });
  use(doc, REGULAR, 8.5, MUTED);
  write(doc, `${t.title} ${detail.reference}`, ctx.left + ctx.width / 2, y + 1, {
    width: ctx.width / 2,
    align: "right",
    lineBreak: false,
  });
  doc.rect(ctx.left, y + 15, ctx.width, 1.5).fill(ctx.accent);
}

function drawFooter(ctx: Ctx, detail: QuoteDetail, page: number, count: number, demo: boolean): void {
  const { doc, t } = ctx;
  const y = doc.page.height - 44;
  doc
    .moveTo(ctx.left, y - 6)
    .lineTo(ctx.left + ctx.width, y - 6)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  const pageWidth = 90;
  if (demo) {
    doc.rect(ctx.left, y + 0.5, 6, 6).fill(ctx.accent);
    use(doc, BOLD, 8, INK);
    write(doc, t.demo, ctx.left + 10, y, { width: ctx.width - pageWidth - 10, lineBreak: false });
  } else {
    use(doc, REGULAR, 8, MUTED);
    write(doc, detail.reference, ctx.left, y, { width: ctx.width - pageWidth, lineBreak: false });
  }
  use(doc, REGULAR, 8, MUTED);
  write(doc, t.page(page, count), ctx.left + ctx.width - pageWidth, y, {
    width: pageWidth,
    align: "right",
    lineBreak: false,
  });
}

function languageOf(detail: QuoteDetail): Lang {
  const lang = detail.draft.summary.clientLanguage;
  return lang === "fr" || lang === "en" ? lang : "nl";
}

function drawOffer(doc: Doc, detail: QuoteDetail, product: ProductBranding, issued: string): void {
  const lang = languageOf(detail);
  const t = DICTIONARY[lang];
  const ctx: Ctx = {
    doc,
    lang,
    t,
    primary: color(product.primaryColor, "#1f3a5f"),
    accent: color(product.accentColor, "#c8102e"),
    left: MARGINS.left,
    width: doc.page.width - MARGINS.left - MARGINS.right,
    money: (cents) => formatEuro(cents, lang),
  };
  const tariff = getShippedTariff(detail.tariffVersion);
  const result = detail.pricing.result;

  drawHeader(ctx, detail, product, issued);
  drawParties(ctx, detail);
  if (result?.status === "referral" && result.referralReasons.length > 0) {
    notice(ctx, {
      title: t.referralTitle,
      intro: t.referralIntro,
      items: result.referralReasons.map((reason) => reason.message[lang]),
      color: ctx.accent,
    });
  }
  if (result && result.declineReasons.length > 0) {
    notice(ctx, {
      title: t.declineTitle,
      intro: t.declineIntro,
      items: result.declineReasons.map((reason) => reason.message[lang]),
      color: ctx.accent,
    });
  }
  drawCoverages(ctx, detail, result);
  drawPremium(ctx, result, tariff);
  const missing = (result?.compulsoryCoverages ?? []).filter((c) => !c.quoted);
  if (missing.length > 0) {
    notice(ctx, {
      title: t.compulsoryTitle,
      intro: t.compulsoryIntro,
      items: missing.map((c) => `${t.coverages[c.coverage]}: ${c.message[lang]}`),
      color: ctx.accent,
    });
  }
  if (detail.decision) drawDecision(ctx, detail.decision);

  const closing = t.closing(detail.validUntil ? formatDate(detail.validUntil, lang) : null);
  ensureSpace(ctx, textHeight(doc, ITALIC, 8.5, closing, ctx.width) + 4);
  use(doc, ITALIC, 8.5, MUTED);
  write(doc, closing, ctx.left, doc.y, { width: ctx.width });

  // Page furniture, now that the number of pages is known. The bottom margin is lifted while
  // the footer is written so pdfkit does not start a new page for text below it.
  const range = doc.bufferedPageRange();
  const insurer = product.insurerName || detail.product.insurerName;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    if (i > range.start) drawRunningHeader(ctx, detail, insurer);
    drawFooter(ctx, detail, i - range.start + 1, range.count, tariff?.demo === true);
    doc.page.margins = margins;
  }
}

/**
 * The offer as a PDF in the client's language. The date of issue is the day the offer was issued
 * (`now`, the day the document is produced, for a quote that has none).
 */
export async function renderOfferPdf(
  detail: QuoteDetail,
  product: ProductBranding,
  now: Date = new Date(),
): Promise<Buffer> {
  const lang = languageOf(detail);
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGINS,
    bufferPages: true,
    lang: LOCALES[lang],
    displayTitle: true,
    info: {
      Title: pdfText(detail.reference),
      Author: pdfText(detail.office.commercialName),
      Subject: pdfText(`${DICTIONARY[lang].title} ${product.name || detail.product.name}`),
      Creator: "Courtier",
      Producer: "Courtier",
      CreationDate: now,
    },
  });
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    try {
      drawOffer(doc, detail, product, belgianToday(detail.offeredAt ? new Date(detail.offeredAt) : now));
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}
