import type { Coverage, LocalizedText, PremisesType } from "./coverage.ts";
import { formatEuro } from "./money.ts";

/** Why a quote needs the insurer's acceptance (referral) or cannot be offered (decline). */
export const REASON_CODES = [
  "ACTIVITY_DECLINED",
  "ACTIVITY_ON_REFERRAL",
  "CLAIMS_TOTAL_ABOVE_DECLINE_LIMIT",
  "CLAIMS_COUNT_ABOVE_LIMIT",
  "CLAIMS_AMOUNT_ABOVE_LIMIT",
  "CANCELLED_BY_PREVIOUS_INSURER",
  "WORKERS_ABOVE_LIMIT",
  "PAYROLL_ABOVE_LIMIT",
  "TURNOVER_ABOVE_LIMIT",
  "BUILDING_ABOVE_LIMIT",
  "CONTENTS_ABOVE_LIMIT",
  "MACHINERY_ABOVE_LIMIT",
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface Reason {
  readonly code: ReasonCode;
  /** The coverage the reason is about, or null when it concerns the whole quote. */
  readonly coverage: Coverage | null;
  readonly message: Readonly<LocalizedText>;
}

/** Why a coverage is compulsory for this company. */
export const COMPULSORY_CODES = ["EMPLOYER_WORK_ACCIDENTS", "PREMISES_OPEN_TO_PUBLIC"] as const;
export type CompulsoryCode = (typeof COMPULSORY_CODES)[number];

export interface CompulsoryCoverage {
  readonly coverage: Coverage;
  readonly code: CompulsoryCode;
  /** Whether the quote includes the coverage; the wizard warns when it does not. */
  readonly quoted: boolean;
  readonly message: Readonly<LocalizedText>;
}

export const COVERAGE_NAMES: Record<Coverage, LocalizedText> = {
  workAccidents: { nl: "arbeidsongevallen", fr: "accidents du travail", en: "work accidents" },
  generalLiability: { nl: "BA uitbating", fr: "RC exploitation", en: "general liability" },
  property: { nl: "brand", fr: "incendie", en: "fire and property" },
  objectiveLiability: {
    nl: "objectieve aansprakelijkheid",
    fr: "responsabilité objective",
    en: "objective liability",
  },
  legalAid: { nl: "rechtsbijstand", fr: "protection juridique", en: "legal aid" },
};

const PREMISES_NAMES: Record<PremisesType, LocalizedText> = {
  shop: { nl: "winkel", fr: "magasin", en: "shop" },
  restaurant: { nl: "restaurant of café", fr: "restaurant ou café", en: "restaurant or café" },
  office: { nl: "kantoor", fr: "bureau", en: "office" },
  hotel: { nl: "hotel", fr: "hôtel", en: "hotel" },
  other: { nl: "andere", fr: "autre", en: "other" },
};

interface AmountParams {
  amountCents: number;
  maxCents: number;
}
interface ActivityParams {
  code: string;
  activity: LocalizedText;
}

/** The parameters each reason's message is written from. */
export interface ReasonParams {
  ACTIVITY_DECLINED: ActivityParams;
  ACTIVITY_ON_REFERRAL: ActivityParams;
  CLAIMS_TOTAL_ABOVE_DECLINE_LIMIT: { count: number; max: number };
  CLAIMS_COUNT_ABOVE_LIMIT: { coverage: Coverage; count: number; max: number };
  CLAIMS_AMOUNT_ABOVE_LIMIT: { coverage: Coverage; amountCents: number; maxCents: number };
  CANCELLED_BY_PREVIOUS_INSURER: Record<string, never>;
  WORKERS_ABOVE_LIMIT: { count: number; max: number };
  PAYROLL_ABOVE_LIMIT: AmountParams;
  TURNOVER_ABOVE_LIMIT: AmountParams;
  BUILDING_ABOVE_LIMIT: AmountParams;
  CONTENTS_ABOVE_LIMIT: AmountParams;
  MACHINERY_ABOVE_LIMIT: AmountParams;
}

type Texts<P> = (params: P) => LocalizedText;

function amountAbove(what: LocalizedText): Texts<AmountParams> {
  return (p) => ({
    nl: `${what.nl} van ${formatEuro(p.amountCents, "nl")} ligt boven de aanvaardingsgrens van ${formatEuro(p.maxCents, "nl")}.`,
    fr: `${what.fr} de ${formatEuro(p.amountCents, "fr")} dépasse la limite d'acceptation de ${formatEuro(p.maxCents, "fr")}.`,
    en: `${what.en} of ${formatEuro(p.amountCents, "en")} is above the acceptance limit of ${formatEuro(p.maxCents, "en")}.`,
  });
}

// A record over every code: adding a code without its message fails to compile.
const REASON_TEXTS: { [C in ReasonCode]: Texts<ReasonParams[C]> } = {
  ACTIVITY_DECLINED: (p) => ({
    nl: `De activiteit "${p.activity.nl}" (NACE-BEL ${p.code}) wordt door dit tarief niet verzekerd.`,
    fr: `L'activité « ${p.activity.fr} » (NACE-BEL ${p.code}) n'est pas assurée par ce tarif.`,
    en: `The activity "${p.activity.en}" (NACE-BEL ${p.code}) is not insured under this tariff.`,
  }),
  ACTIVITY_ON_REFERRAL: (p) => ({
    nl: `De activiteit "${p.activity.nl}" (NACE-BEL ${p.code}) vereist de aanvaarding van de verzekeraar.`,
    fr: `L'activité « ${p.activity.fr} » (NACE-BEL ${p.code}) requiert l'acceptation de l'assureur.`,
    en: `The activity "${p.activity.en}" (NACE-BEL ${p.code}) needs the insurer's acceptance.`,
  }),
  CLAIMS_TOTAL_ABOVE_DECLINE_LIMIT: (p) => ({
    nl: `${p.count} schadegevallen in 5 jaar; boven ${p.max} wordt geen offerte gemaakt.`,
    fr: `${p.count} sinistres en 5 ans ; au-delà de ${p.max}, aucune offre n'est faite.`,
    en: `${p.count} claims in 5 years; above ${p.max} no offer can be made.`,
  }),
  CLAIMS_COUNT_ABOVE_LIMIT: (p) => ({
    nl: `${p.count} schadegevallen ${COVERAGE_NAMES[p.coverage].nl} in 5 jaar (meer dan ${p.max}).`,
    fr: `${p.count} sinistres ${COVERAGE_NAMES[p.coverage].fr} en 5 ans (plus de ${p.max}).`,
    en: `${p.count} ${COVERAGE_NAMES[p.coverage].en} claims in 5 years (more than ${p.max}).`,
  }),
  CLAIMS_AMOUNT_ABOVE_LIMIT: (p) => ({
    nl: `Schadelast van ${formatEuro(p.amountCents, "nl")} in ${COVERAGE_NAMES[p.coverage].nl} in 5 jaar (meer dan ${formatEuro(p.maxCents, "nl")}).`,
    fr: `Charge de sinistres de ${formatEuro(p.amountCents, "fr")} en ${COVERAGE_NAMES[p.coverage].fr} en 5 ans (plus de ${formatEuro(p.maxCents, "fr")}).`,
    en: `Claims of ${formatEuro(p.amountCents, "en")} in ${COVERAGE_NAMES[p.coverage].en} in 5 years (more than ${formatEuro(p.maxCents, "en")}).`,
  }),
  CANCELLED_BY_PREVIOUS_INSURER: () => ({
    nl: "Een vorige verzekeraar heeft een polis opgezegd na schade.",
    fr: "Un assureur précédent a résilié une police après sinistre.",
    en: "A previous insurer cancelled a policy after a claim.",
  }),
  WORKERS_ABOVE_LIMIT: (p) => ({
    nl: `${p.count} werknemers: meer dan de ${p.max} die dit KMO-tarief zonder aanvaarding dekt.`,
    fr: `${p.count} travailleurs : plus que les ${p.max} couverts sans acceptation par ce tarif PME.`,
    en: `${p.count} workers: more than the ${p.max} this SME tariff covers without acceptance.`,
  }),
  PAYROLL_ABOVE_LIMIT: amountAbove({ nl: "De loonmassa", fr: "La masse salariale", en: "The payroll" }),
  TURNOVER_ABOVE_LIMIT: amountAbove({ nl: "De omzet", fr: "Le chiffre d'affaires", en: "The turnover" }),
  BUILDING_ABOVE_LIMIT: amountAbove({
    nl: "Het kapitaal gebouw",
    fr: "Le capital bâtiment",
    en: "The building capital",
  }),
  CONTENTS_ABOVE_LIMIT: amountAbove({
    nl: "Het kapitaal inhoud",
    fr: "Le capital contenu",
    en: "The contents capital",
  }),
  MACHINERY_ABOVE_LIMIT: amountAbove({
    nl: "Het kapitaal machinebreuk",
    fr: "Le capital bris de machines",
    en: "The machine breakdown capital",
  }),
};

export function makeReason<C extends ReasonCode>(
  code: C,
  coverage: Coverage | null,
  params: ReasonParams[C],
): Reason {
  return { code, coverage, message: REASON_TEXTS[code](params) };
}

const WORK_ACCIDENTS_COMPULSORY_MESSAGE: LocalizedText = Object.freeze({
  nl: "Verplicht door de arbeidsongevallenwet voor elke werkgever.",
  fr: "Obligatoire selon la loi sur les accidents du travail pour tout employeur.",
  en: "Compulsory under the work accidents act for every employer.",
});

// Shared and frozen: almost every quote carries one, and they never vary.
const WORK_ACCIDENTS_COMPULSORY: Record<"quoted" | "missing", CompulsoryCoverage> = {
  quoted: Object.freeze({
    coverage: "workAccidents",
    code: "EMPLOYER_WORK_ACCIDENTS",
    quoted: true,
    message: WORK_ACCIDENTS_COMPULSORY_MESSAGE,
  }),
  missing: Object.freeze({
    coverage: "workAccidents",
    code: "EMPLOYER_WORK_ACCIDENTS",
    quoted: false,
    message: WORK_ACCIDENTS_COMPULSORY_MESSAGE,
  }),
};

// Reasons without figures are built once and shared (frozen) instead of once per quote.
export const CANCELLED_BY_PREVIOUS_INSURER: Reason = Object.freeze(
  makeReason("CANCELLED_BY_PREVIOUS_INSURER", null, {}),
);

/** The reason an activity's acceptance gives, built once per activity when the tariff loads. */
export function activityReason(
  acceptance: "accepted" | "referral" | "declined",
  code: string,
  activity: LocalizedText,
): Reason | null {
  if (acceptance === "accepted") return null;
  const reasonCode = acceptance === "declined" ? "ACTIVITY_DECLINED" : "ACTIVITY_ON_REFERRAL";
  return Object.freeze(makeReason(reasonCode, null, { code, activity }));
}

export function workAccidentsCompulsory(quoted: boolean): CompulsoryCoverage {
  return quoted ? WORK_ACCIDENTS_COMPULSORY.quoted : WORK_ACCIDENTS_COMPULSORY.missing;
}

/** The notice for premises where the law makes objective liability compulsory; null if never. */
export function objectiveLiabilityCompulsory(
  premisesType: PremisesType,
  rule: "always" | "never" | { readonly aboveM2: number },
): CompulsoryCoverage | null {
  if (rule === "never") return null;
  const premises = PREMISES_NAMES[premisesType];
  const when: LocalizedText =
    rule === "always"
      ? { nl: `voor elk(e) ${premises.nl}`, fr: `pour tout ${premises.fr}`, en: `for every ${premises.en}` }
      : {
          nl: `voor een ${premises.nl} met meer dan ${rule.aboveM2} m² toegankelijk voor het publiek`,
          fr: `pour un ${premises.fr} de plus de ${rule.aboveM2} m² accessibles au public`,
          en: `for a ${premises.en} with more than ${rule.aboveM2} m² open to the public`,
        };
  return Object.freeze({
    coverage: "objectiveLiability",
    code: "PREMISES_OPEN_TO_PUBLIC",
    quoted: true,
    message: Object.freeze({
      nl: `Wettelijk verplicht ${when.nl}; het attest voor de gemeente wordt bij aanvaarding uitgereikt.`,
      fr: `Obligatoire par la loi ${when.fr} ; l'attestation pour la commune est délivrée à l'acceptation.`,
      en: `Required by law ${when.en}; the certificate for the municipality is issued on acceptance.`,
    }),
  });
}
