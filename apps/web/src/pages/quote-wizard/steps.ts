import { type QuoteDraft, type StepId, visibleSteps, wizardSections } from "@courtier/contracts/quotes";

/** Every step id in the wizard's order, whether shown or not. */
export const ALL_STEPS: readonly StepId[] = wizardSections.flatMap((section) => section.steps);

export function isStepId(value: unknown): value is StepId {
  return typeof value === "string" && (ALL_STEPS as readonly string[]).includes(value);
}

/** "1.2." as the manual numbers it; the summary is a section on its own ("7."). */
export function stepNumber(step: StepId): string {
  const section = wizardSections.find((s) => s.steps.includes(step))!;
  if (section.steps.length === 1 && section.coverage === null) return `${section.number}.`;
  return `${section.number}.${section.steps.indexOf(step) + 1}.`;
}

export function sectionOf(step: StepId) {
  return wizardSections.find((s) => s.steps.includes(step))!;
}

/** The options of step 4.2 live in the `property` part of the draft like those of 4.1. */
const PROPERTY_OPTIONS = new Set([
  "theft",
  "businessInterruption",
  "dailyIndemnityCents",
  "days",
  "machineBreakdownCents",
]);

/** The step a draft path (`activity.postcode`, `property.theft`) is entered in. */
export function stepOfPath(path: string): StepId | null {
  const [head, field] = path.split(".");
  switch (head) {
    case "activity":
      return "activity";
    case "coverages":
      return "coverages";
    case "claims":
      return "claims";
    case "workAccidents":
      return field === "topUp" ? "workAccidentsTopUp" : "workAccidentsLegal";
    case "generalLiability":
      return "generalLiability";
    case "property":
      return field && PROPERTY_OPTIONS.has(field) ? "propertyOptions" : "property";
    case "objectiveLiability":
      return "objectiveLiability";
    case "legalAid":
      return "legalAid";
    case "summary":
      return "summary";
    default:
      return null;
  }
}

/** The first shown step among those some paths belong to. */
export function firstStepOf(paths: string[], draft: QuoteDraft): StepId | null {
  const steps = new Set(paths.map(stepOfPath).filter((s): s is StepId => s !== null));
  return visibleSteps(draft).find((step) => steps.has(step)) ?? null;
}

/** The id of a field's input, so that an error can bring the focus to it. */
export const fieldId = (path: string) => `quote-${path.replace(/\./g, "-")}`;
