import { quoteDraftSchema, visibleSteps } from "@courtier/contracts/quotes";
import { describe, expect, it } from "vitest";
import { valueAt, withValueAt } from "./draft-paths.ts";
import { canonicalJson, sameDraft } from "./local-draft.ts";
import { eurosToCents, formatCents, separatorsOf } from "./money.ts";
import { trailStepOf } from "./pricing-text.ts";
import { ALL_STEPS, firstStepOf, stepNumber, stepOfPath } from "./steps.ts";

const empty = () => quoteDraftSchema.parse({});

describe("the wizard's step numbers", () => {
  it("keeps the manual's numbers whatever coverages are chosen", () => {
    expect(stepNumber("activity")).toBe("1.1.");
    expect(stepNumber("claims")).toBe("1.3.");
    expect(stepNumber("workAccidentsTopUp")).toBe("2.2.");
    expect(stepNumber("propertyOptions")).toBe("4.2.");
    expect(stepNumber("legalAid")).toBe("6.1.");
    expect(stepNumber("summary")).toBe("7.");
  });

  it("sends each draft path to the step where it is entered", () => {
    expect(stepOfPath("activity.postcode")).toBe("activity");
    expect(stepOfPath("coverages")).toBe("coverages");
    expect(stepOfPath("workAccidents.topUp")).toBe("workAccidentsTopUp");
    expect(stepOfPath("workAccidents.blueCollarPayrollCents")).toBe("workAccidentsLegal");
    expect(stepOfPath("property.theft")).toBe("propertyOptions");
    expect(stepOfPath("property.buildingCents")).toBe("property");
    expect(stepOfPath("summary.clientLanguage")).toBe("summary");
    expect(stepOfPath("nonsense")).toBeNull();
  });

  it("finds the first shown step among a server's field errors", () => {
    const draft = withValueAt(withValueAt(empty(), "coverages.legalAid", true), "coverages.property", true);
    expect(visibleSteps(draft)).toContain("propertyOptions");
    expect(firstStepOf(["legalAid.formula", "property.theft", "claims.cancelledByInsurer"], draft)).toBe(
      "claims",
    );
    // A coverage not chosen has no step on screen to go to.
    expect(firstStepOf(["generalLiability.limit"], draft)).toBeNull();
    expect(ALL_STEPS).toHaveLength(11);
  });
});

describe("draft paths", () => {
  it("sets a nested value without touching the original, and removes a key set to undefined", () => {
    const draft = empty();
    const withCount = withValueAt(draft, "claims.property.count", 2);
    expect(valueAt(withCount, "claims.property.count")).toBe(2);
    expect(valueAt(draft, "claims.property.count")).toBeUndefined();
    const cleared = withValueAt(withCount, "claims.property.count", undefined);
    expect(cleared.claims.property).toEqual({});
    expect(quoteDraftSchema.safeParse(cleared).success).toBe(true);
  });

  it("compares drafts whatever order their keys were set in", () => {
    const a = withValueAt(withValueAt(empty(), "activity.city", "Gent"), "activity.postcode", "9000");
    const b = withValueAt(withValueAt(empty(), "activity.postcode", "9000"), "activity.city", "Gent");
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(sameDraft(a, withValueAt(b, "activity.city", "Brugge"))).toBe(false);
  });
});

describe("money in the wizard", () => {
  it("turns typed euros into exact cents", () => {
    expect(eurosToCents(19.99)).toBe(1999);
    expect(eurosToCents(0.1 + 0.2)).toBe(30);
    expect(eurosToCents(54743.48)).toBe(5474348);
  });

  it("formats and separates amounts the way each language writes them", () => {
    expect(formatCents(123456, "nl").replace(/\s/g, " ")).toBe("€ 1.234,56");
    expect(formatCents(123456, "en")).toBe("€1,234.56");
    expect(separatorsOf("nl")).toEqual({ thousandSeparator: ".", decimalSeparator: "," });
    expect(separatorsOf("en")).toEqual({ thousandSeparator: ",", decimalSeparator: "." });
    expect(separatorsOf("fr").decimalSeparator).toBe(",");
  });
});

describe("the premium's trail in words", () => {
  // A stand-in for i18next's t: the key, with the count when there is one.
  const t = ((key: string) => `<${key}>`) as unknown as Parameters<typeof trailStepOf>[2];
  const workAccidents = [
    { step: "wageCeiling", row: "2024-01-01" },
    { step: "rate", row: "2.blueCollar" },
    { step: "wageCeiling", row: "2024-01-01" },
    { step: "rate", row: "2.whiteCollar" },
    { step: "categoriesTotal", row: "blueCollar+whiteCollar" },
    { step: "somethingNew", row: "x" },
  ];

  it("names the worker category of each ceiling and rate, and nothing else", () => {
    expect(workAccidents.map((_, i) => trailStepOf(workAccidents, i, t))).toEqual([
      "<wizard.trail.steps.wageCeiling> – <wizard.trail.categories.blueCollar>",
      "<wizard.trail.steps.rate> – <wizard.trail.categories.blueCollar>",
      "<wizard.trail.steps.wageCeiling> – <wizard.trail.categories.whiteCollar>",
      "<wizard.trail.steps.rate> – <wizard.trail.categories.whiteCollar>",
      "<wizard.trail.steps.categoriesTotal>",
      // A step this screen does not know yet is shown as the engine names it, not dropped.
      "somethingNew",
    ]);
  });
});
