import type { Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { callFromPage, registerOfficeFromPage } from "../src/in-page.ts";
import { type Stack, startStack } from "../src/stack.ts";

const staff = {
  insurer: "vivium",
  email: "acceptatie@vivium.be",
  name: "Sofie Janssens",
  password: "Acceptatie-Vivium-7",
};
let stack: Stack;
let viviumUrl: string;
beforeAll(async () => {
  stack = await startStack({ staff: [staff] });
  viviumUrl = `http://vivium.localhost:${stack.port}`;
});
afterAll(async () => {
  await stack?.stop();
});

const brokerEmail = `tarificatie.${Date.now()}@kantoor.be`;
const company = "Boulangerie Société Générale";

/** A quote for the shorter passes, made through the API: the full journey starts with the "Nieuw" button. */
async function newQuote(page: Page, productId: string): Promise<string> {
  const created = await callFromPage(page, "POST", "/api/quotes", { productId });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

/** A binary answer fetched by the page, as bytes. */
async function download(page: Page, path: string) {
  const { status, type, base64 } = await page.evaluate(async (p) => {
    const res = await fetch(p);
    const bytes = new Uint8Array(await res.arrayBuffer());
    let binary = "";
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return { status: res.status, type: res.headers.get("content-type") ?? "", base64: btoa(binary) };
  }, path);
  return { status, type, bytes: new Uint8Array(Buffer.from(base64, "base64")) };
}

const stepHeading = (page: Page, name: string) => page.getByRole("heading", { level: 2, name, exact: true });
const saved = (page: Page) =>
  page.getByTestId("save-state").getByText("Opgeslagen", { exact: true }).waitFor();
const next = (page: Page) => page.getByRole("button", { name: "Volgende stap" }).click();
const premiumTotal = (page: Page) => page.getByTestId("premium-total");

/** A full-page screenshot from the top: scrolled, the fixed header would cover the page's title. */
async function shot(page: Page, name: string) {
  await page.evaluate("window.scrollTo(0, 0)");
  await stack.screenshot(page, name);
}

async function choose(page: Page, label: string, option: string | RegExp) {
  await page.getByLabel(label, { exact: true }).first().click();
  await page.getByRole("option", { name: option }).click();
}

async function radio(page: Page, group: string, option: string) {
  await page
    .getByRole("radiogroup", { name: group })
    .getByRole("radio", { name: option, exact: true })
    .check();
}

let productId = "";
let broker: Page;

describe("a tarification from the first field to the insurer's acceptance (KMO Tool)", () => {
  it("a broker with an accepted integration fills every step, issues the offer, downloads it and submits it; VIVIUM accepts", async () => {
    ({ page: broker } = await stack.newPage());
    onTestFailed(() => stack.screenshot(broker, "wizard-failure"));
    broker.on("pageerror", (e) => console.log("PAGEERROR", e.message, e.stack));
    await broker.goto(viviumUrl);
    await registerOfficeFromPage(broker, brokerEmail);

    // Manual part III, by the API: the office asks access for KMO Tool, VIVIUM's staff accept it.
    const platform = await callFromPage(broker, "GET", "/api/platform");
    productId = platform.body.products.find((p: any) => p.name === "KMO Tool").id;
    const me = await callFromPage(broker, "GET", "/api/me");
    const requested = await callFromPage(broker, "POST", "/api/integrations", {
      productId,
      groupIds: [me.body.subaccount.id],
      producerNumber: "1234",
    });
    expect(requested.status).toBe(201);
    const { page: insurer } = await stack.newPage();
    await insurer.goto(`${viviumUrl}/backoffice`);
    expect(
      (
        await callFromPage(insurer, "POST", "/api/backoffice/session", {
          email: staff.email,
          password: staff.password,
        })
      ).status,
    ).toBe(200);
    const queue = await callFromPage(insurer, "GET", "/api/backoffice/requests");
    const request = queue.body.requests.find((r: any) => r.producerNumber === "1234");
    expect(
      (
        await callFromPage(insurer, "POST", `/api/backoffice/requests/${request.id}/decision`, {
          decision: "accept",
        })
      ).status,
    ).toBe(204);

    // "Nieuw", the first time: straight from the empty list into the wizard, on 1.1, with only
    // the context steps and the summary.
    await broker.goto(`${viviumUrl}/requests`);
    await broker.getByRole("button", { name: "Nieuwe tarificatie" }).click();
    await broker.waitForURL(/\/quotes\/[0-9a-f-]{36}/);
    const quoteId = /\/quotes\/([0-9a-f-]{36})/.exec(broker.url())![1]!;
    await stepHeading(broker, "1.1. Activiteit").waitFor();
    // The list itself (on a phone a toggle above it repeats the current step).
    const steps = broker
      .getByRole("navigation", { name: "Stappen van de tarificatie" })
      .locator("ol")
      .first();
    for (const title of [
      "1. CONTEXT",
      "1.1. Activiteit",
      "1.2. Keuze van dekkingen",
      "1.3. Schadehistoriek",
      "7. OVERZICHT",
    ])
      await steps.getByText(title, { exact: true }).waitFor();
    expect(await steps.getByText("2. ARBEIDSONGEVALLEN").count()).toBe(0);
    expect(await steps.getByRole("button", { name: "1.1. Activiteit" }).getAttribute("aria-current")).toBe(
      "step",
    );
    await broker.getByText("KMO Tool · VIVIUM").waitFor();
    await broker.getByText("Actief", { exact: true }).waitFor();
    await shot(broker, "60-wizard-empty");

    // "Volgende stap" on an empty step: every missing field says so, next to it.
    await next(broker);
    await broker.getByText("Vul de gemarkeerde velden aan of verbeter ze om verder te gaan.").waitFor();
    expect(await broker.getByText("Dit veld is verplicht.").count()).toBeGreaterThan(5);
    await shot(broker, "61-wizard-activity-errors");
    await stepHeading(broker, "1.1. Activiteit").waitFor();

    // 1.1: first an enterprise number with wrong check digits.
    await broker.getByLabel("Naam/naam vennootschap").fill(company);
    await broker.getByLabel("Ondernemingsnummer").fill("0566.988.258");
    await choose(broker, "Rechtsvorm", "BV (besloten vennootschap)");
    await broker.getByLabel("Uitgevoerde activiteit", { exact: true }).first().fill("bakker");
    await broker.getByRole("option", { name: /Brood- en banketbakkerswinkel/ }).click();
    await broker.getByLabel("Straat").fill("Chaussée de Wavre");
    await broker.getByLabel("Nummer", { exact: true }).fill("12");
    await broker.getByLabel("Postcode").fill("1050");
    await broker.getByLabel("Gemeente", { exact: true }).first().fill("Ixe");
    await broker.getByRole("option", { name: "Ixelles" }).click();
    await broker.getByLabel("Jaaromzet").fill("450000");
    await broker.getByLabel("Aantal arbeiders").fill("2");
    await broker.getByLabel("Aantal bedienden").fill("1");
    await next(broker);
    await broker.getByText("de controlecijfers").first().waitFor();
    await stepHeading(broker, "1.1. Activiteit").waitFor();
    await broker.getByLabel("Ondernemingsnummer").fill("0566.988.259");
    await saved(broker);
    // No coverage chosen yet: the panel says what it still needs.
    await broker.getByRole("complementary").getByText("1.2. Keuze van dekkingen").waitFor();
    await shot(broker, "62-wizard-activity-filled");
    await next(broker);

    // 1.2: work accidents is proposed (the company has staff); two more coverages.
    await stepHeading(broker, "1.2. Keuze van dekkingen").waitFor();
    expect(await broker.getByRole("checkbox", { name: "Arbeidsongevallen" }).isChecked()).toBe(true);
    await broker.getByRole("checkbox", { name: "BA uitbating" }).check();
    await broker.getByRole("checkbox", { name: "Rechtsbijstand" }).check();
    for (const title of [
      "2. ARBEIDSONGEVALLEN",
      "2.1. Wettelijke waarborg",
      "2.2. Buitenwettelijke waarborg",
      "3. BA UITBATING",
      "6. RECHTSBIJSTAND",
      "6.1. Formule",
    ])
      await steps.getByText(title, { exact: true }).waitFor();
    expect(await steps.getByText("4. BRAND – BUSINESS PROPERTY").count()).toBe(0);
    expect(await steps.getByText("5. OBJECTIEVE AANSPRAKELIJKHEID").count()).toBe(0);
    await shot(broker, "63-wizard-coverages");
    await next(broker);

    // 1.3: one liability claim in five years, no cancellation.
    await stepHeading(broker, "1.3. Schadehistoriek").waitFor();
    const liability = broker
      .locator("section")
      .filter({ has: broker.getByRole("heading", { name: "BA uitbating" }) });
    await liability.getByLabel("Aantal schadegevallen").fill("1");
    await liability.getByLabel("Totaal bedrag").fill("1200");
    await radio(broker, "Werd een polis opgezegd door een vorige verzekeraar na schade?", "Nee");
    await shot(broker, "64-wizard-claims");
    await next(broker);

    // 2.1: payrolls. Work accidents is priced once its two steps are complete, not before.
    await stepHeading(broker, "2.1. Wettelijke waarborg").waitFor();
    const panel = broker.getByRole("complementary");
    await panel.getByText("Nog te vervolledigen").waitFor();
    expect(await premiumTotal(broker).count()).toBe(0);
    await broker.getByLabel("Geraamde bruto jaarloonmassa arbeiders").fill("60000");
    await broker.getByLabel("Geraamde bruto jaarloonmassa bedienden").fill("35000");
    await saved(broker);
    await shot(broker, "65-wizard-work-accidents-legal");

    // A reload in the middle: same step, same input.
    await broker.reload();
    await stepHeading(broker, "2.1. Wettelijke waarborg").waitFor();
    expect(await broker.getByLabel("Geraamde bruto jaarloonmassa arbeiders").inputValue()).toBe(
      "€ 60.000,00",
    );
    await steps.getByRole("button", { name: "1.1. Activiteit" }).click();
    expect(await broker.getByLabel("Naam/naam vennootschap").inputValue()).toBe(company);
    expect(await broker.getByLabel("Uitgevoerde activiteit", { exact: true }).first().inputValue()).toBe(
      "Brood- en banketbakkerswinkel (47.241)",
    );
    expect(await broker.getByLabel("Gemeente", { exact: true }).first().inputValue()).toBe("Ixelles");
    await steps.getByRole("button", { name: "2.1. Wettelijke waarborg" }).click();
    await next(broker);

    // 2.2: the answer completes work accidents, and the panel shows its premium.
    await stepHeading(broker, "2.2. Buitenwettelijke waarborg").waitFor();
    await radio(broker, "Buitenwettelijke waarborg onderschrijven?", "Nee");
    await premiumTotal(broker).waitFor();
    await panel.getByRole("cell", { name: "Arbeidsongevallen" }).waitFor();
    const workAccidentsOnly = await premiumTotal(broker).textContent();
    expect(workAccidentsOnly).toMatch(/^€\s[\d.]+,\d\d$/);
    await shot(broker, "66-wizard-work-accidents-top-up");
    await next(broker);

    // 3.1 and 6.1: each coverage joins the premium as it is completed.
    await stepHeading(broker, "3.1. Waarborgen").waitFor();
    await radio(broker, "Verzekerde bedragen", "Standaard");
    await radio(broker, "Aansprakelijkheid na levering", "Ja");
    await radio(broker, "Toevertrouwde goederen", "Nee");
    await broker.getByLabel("Vrijstelling").fill("250");
    await panel.getByRole("cell", { name: "BA uitbating" }).waitFor();
    await shot(broker, "67-wizard-general-liability");
    await next(broker);
    await stepHeading(broker, "6.1. Formule").waitFor();
    await radio(broker, "Formule", "First");
    await panel.getByRole("cell", { name: "Rechtsbijstand" }).waitFor();
    expect(await premiumTotal(broker).textContent()).not.toBe(workAccidentsOnly);
    await shot(broker, "68-wizard-legal-aid");
    await next(broker);

    // 7. OVERZICHT: premiums, taxes, split, commission, and the client's language for the offer.
    await stepHeading(broker, "7. OVERZICHT").waitFor();
    await broker.getByRole("heading", { name: "Premies per dekking" }).waitFor();
    await broker.getByText("Taks op verzekeringsverrichtingen (9,25 %)").waitFor();
    await broker.getByText("RIZIV-bijdrage arbeidsongevallen", { exact: false }).first().waitFor();
    await broker.getByRole("heading", { name: "Uw commissie" }).waitFor();
    await radio(broker, "Splitsing van de betaling", "Driemaandelijks");
    await broker
      .getByText(/^4 termijnen/)
      .first()
      .waitFor();
    await radio(broker, "Taal van de offerte", "Français");
    await broker.getByRole("button", { name: "Waarom deze premie?" }).first().click();
    await broker.getByRole("cell", { name: "Loonplafond" }).first().waitFor();
    await saved(broker);
    await shot(broker, "69-wizard-summary");

    await broker.getByRole("button", { name: "Offerte maken" }).click();
    await broker.getByText("Offerte", { exact: true }).first().waitFor();
    await broker.getByText(/De offerte is geldig tot/).waitFor();
    await broker.getByText("Wijzigen maakt de offerte ongeldig", { exact: false }).waitFor();
    const pdfLink = broker.getByRole("link", { name: "Offerte downloaden (PDF)" });
    expect(await pdfLink.getAttribute("target")).toBe("_blank");
    const reference = ((await broker.getByRole("heading", { level: 1 }).textContent()) ?? "").trim();
    expect(reference).toMatch(/_Boulangerie_\d{4}$/);
    await shot(broker, "70-wizard-offer");

    // The offer as PDF, in the client's language (French).
    const pdf = await download(broker, `/api/quotes/${quoteId}/offer.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toContain("application/pdf");
    const extracted = await extractText(await getDocumentProxy(pdf.bytes), { mergePages: true });
    // Table cells wrap: compare with the line breaks as spaces.
    const text = extracted.text.replace(/\s+/g, " ");
    expect(text).toContain(company);
    expect(text).toContain(reference);
    expect(text).toContain("Accidents du travail");

    // Submitting asks first, then freezes the tarification.
    await broker.getByRole("button", { name: "Indienen bij de verzekeraar" }).click();
    const dialog = broker.getByRole("dialog", { name: "Indienen bij de verzekeraar?" });
    await dialog.getByRole("button", { name: "Indienen bij de verzekeraar" }).click();
    await broker.getByText("Ingediend", { exact: true }).first().waitFor();
    await broker.getByText("Deze tarificatie kan niet meer gewijzigd worden (status: Ingediend).").waitFor();
    await steps.getByRole("button", { name: "1.1. Activiteit" }).click();
    expect(await broker.getByLabel("Naam/naam vennootschap").isDisabled()).toBe(true);
    await shot(broker, "71-wizard-submitted-read-only");

    // VIVIUM opens it in its back office, read-only, and accepts it with a message.
    await insurer.goto(`${viviumUrl}/backoffice/quotes/${quoteId}`);
    await insurer.getByText(company).first().waitFor();
    await insurer.getByText("47.241 – Brood- en banketbakkerswinkel").waitFor();
    await insurer.getByRole("button", { name: "Aanvaarden" }).click();
    const accept = insurer.getByRole("dialog", { name: "Offerte aanvaarden" });
    await accept
      .getByLabel("Bericht aan de tussenpersoon")
      .fill("Aanvaard zonder voorbehoud. Welkom bij VIVIUM.");
    await accept.getByRole("button", { name: "Aanvaarden" }).click();
    await accept.waitFor({ state: "detached" });
    await insurer.getByText(/^Aanvaard op /).waitFor();
    await shot(insurer, "71b-backoffice-accepted");
    const decisionMail = await stack.mailbox.waitFor(brokerEmail, /aanvaard door VIVIUM/);
    expect(decisionMail.text).toContain("Aanvaard zonder voorbehoud. Welkom bij VIVIUM.");
    await broker.reload();
    await broker.getByText("Aanvaard", { exact: true }).first().waitFor();
    await stepHeading(broker, "1.1. Activiteit").waitFor();
    await steps.getByRole("button", { name: "7. OVERZICHT" }).click();
    await broker.getByText("Aanvaard zonder voorbehoud. Welkom bij VIVIUM.").waitFor();
    await broker.getByText(/Aanvaard door VIVIUM op/).waitFor();
    await shot(broker, "72-wizard-accepted");

    // On a phone: the steps fold above the form, the premium goes below it, except on the
    // summary, which already shows it.
    const premiumPanel = broker.getByRole("complementary", { name: "Premie" });
    await broker.setViewportSize({ width: 390, height: 844 });
    await broker.getByRole("button", { name: /Stap 8 van 8/ }).waitFor();
    await premiumPanel.waitFor({ state: "hidden" });
    await shot(broker, "73-wizard-accepted-narrow");
    await broker.getByRole("button", { name: /Stap 8 van 8/ }).click();
    await steps.getByRole("button", { name: "2.1. Wettelijke waarborg" }).click();
    await stepHeading(broker, "2.1. Wettelijke waarborg").waitFor();
    await premiumPanel.waitFor();
    await shot(broker, "74-wizard-read-only-narrow");
    await broker.setViewportSize({ width: 1366, height: 850 });

    // "Kopiëren": a new, active tarification with the same input.
    await steps.getByRole("button", { name: "7. OVERZICHT" }).click();
    await broker.getByRole("button", { name: "Kopiëren" }).click();
    await broker.waitForURL((url) => url.pathname.startsWith("/quotes/") && !url.pathname.endsWith(quoteId));
    await broker.getByText("Actief", { exact: true }).first().waitFor();
    await steps.getByRole("button", { name: "1.1. Activiteit" }).click();
    expect(await broker.getByLabel("Naam/naam vennootschap").inputValue()).toBe(company);
    expect(await broker.getByLabel("Naam/naam vennootschap").isDisabled()).toBe(false);

    // The client asks to be forgotten: the admin erases the copy (never submitted) for good.
    const copyId = new URL(broker.url()).pathname.split("/").pop()!;
    await steps.getByRole("button", { name: "7. OVERZICHT" }).click();
    await broker.getByRole("button", { name: "Definitief wissen" }).click();
    const confirm = broker.getByRole("dialog", { name: "Tarificatie definitief wissen?" });
    await confirm.getByText("Dit kan niet ongedaan worden gemaakt.", { exact: false }).waitFor();
    // The picture only, not the check: let the modal's fade-in end (Mantine: 200 ms).
    await broker.waitForTimeout(400);
    // The viewport, not the full page: a full-page picture shifts fixed layers (the modal's veil).
    await stack.screenshot(broker, "70b-wizard-erase-confirm", "viewport");
    await confirm.getByRole("button", { name: "Definitief wissen" }).click();
    await broker.waitForURL((url) => url.pathname === "/requests");
    await broker.getByText("De tarificatie is gewist.").waitFor();
    expect((await callFromPage(broker, "GET", `/api/quotes/${copyId}`)).status).toBe(404);
    // The submitted original stays, and offers no erasing: that is the insurer's.
    await broker.goto(`${viviumUrl}/quotes/${quoteId}?step=summary`);
    await broker.getByRole("button", { name: "Kopiëren" }).waitFor();
    expect(await broker.getByRole("button", { name: "Definitief wissen" }).count()).toBe(0);
  });

  it("an empty wizard on a phone: the steps fold into one line above the form", async () => {
    const quoteId = await newQuote(broker, productId);
    await broker.setViewportSize({ width: 390, height: 844 });
    await broker.goto(`${viviumUrl}/quotes/${quoteId}`);
    await stepHeading(broker, "1.1. Activiteit").waitFor();
    await broker.getByRole("button", { name: /Stap 1 van 4/ }).waitFor();
    await shot(broker, "75-wizard-new-narrow");
    await broker.setViewportSize({ width: 1366, height: 850 });
  });

  it("guards the input: an incomplete offer, a change in another tab, a dropped connection", async () => {
    await broker.setViewportSize({ width: 1366, height: 850 });
    const quoteId = await newQuote(broker, productId);

    // "Offerte maken" on an incomplete quote: the server's field errors bring the broker back to 1.1.
    await broker.goto(`${viviumUrl}/quotes/${quoteId}?step=summary`);
    await stepHeading(broker, "7. OVERZICHT").waitFor();
    await broker.getByRole("button", { name: "Offerte maken" }).click();
    await stepHeading(broker, "1.1. Activiteit").waitFor();
    await broker.getByText("De tarificatie is nog niet volledig ingevuld.").waitFor();
    expect(await broker.getByText("Dit veld is verplicht.").count()).toBeGreaterThan(5);
    await shot(broker, "77-wizard-offer-incomplete");

    // A second tab on the same quote, then a change in the first: the second may not overwrite it.
    const other = await broker.context().newPage();
    await other.goto(`${viviumUrl}/quotes/${quoteId}?step=activity`);
    await stepHeading(other, "1.1. Activiteit").waitFor();
    const firstSave = broker.waitForResponse(
      (r) => r.url().endsWith(`/api/quotes/${quoteId}`) && r.request().method() === "PUT",
    );
    await broker.getByLabel("Naam/naam vennootschap").fill("Eerste tabblad");
    expect((await firstSave).status()).toBe(200);
    await other.getByLabel("Straat").fill("Tweede tabblad");
    await other.getByText("Deze tarificatie werd intussen elders gewijzigd", { exact: true }).waitFor();
    await shot(other, "78-wizard-stale");
    await other.getByRole("button", { name: "Herladen" }).click();
    await other.getByTestId("save-state").getByText("Opgeslagen", { exact: true }).waitFor();
    expect(await other.getByLabel("Naam/naam vennootschap").inputValue()).toBe("Eerste tabblad");
    expect(await other.getByLabel("Straat").inputValue()).toBe("");
    await other.close();

    // Offline: the input stays on the device and is saved once the connection is back.
    await broker.reload();
    await stepHeading(broker, "1.1. Activiteit").waitFor();
    await broker.context().setOffline(true);
    await broker.getByLabel("Straat").fill("Chaussée de Wavre");
    await broker
      .getByTestId("save-state")
      .getByText(/^Offline/)
      .waitFor();
    await shot(broker, "79-wizard-offline");
    await broker.context().setOffline(false);
    await saved(broker);
    await broker.reload();
    await stepHeading(broker, "1.1. Activiteit").waitFor();
    expect(await broker.getByLabel("Straat").inputValue()).toBe("Chaussée de Wavre");
  });

  it("speaks French and English when the broker does", async () => {
    await broker.setViewportSize({ width: 1366, height: 850 });
    const quoteId = await newQuote(broker, productId);
    for (const [language, texts] of [
      [
        "fr",
        {
          taal: "Taal",
          save: "Opslaan",
          steps: [
            "1. CONTEXTE",
            "1.1. Activité",
            "1.2. Choix des garanties",
            "1.3. Historique des sinistres",
            "7. RÉCAPITULATIF",
          ],
          heading: "1.1. Activité",
          label: "Nom/dénomination de la société",
          next: "Étape suivante",
          required: "Ce champ est obligatoire.",
          premium: "Prime",
        },
      ],
      [
        "en",
        {
          taal: "Langue",
          save: "Enregistrer",
          steps: [
            "1. CONTEXT",
            "1.1. Activity",
            "1.2. Choice of coverages",
            "1.3. Claims history",
            "7. SUMMARY",
          ],
          heading: "1.1. Activity",
          label: "Name/company name",
          next: "Next step",
          required: "This field is required.",
          premium: "Premium",
        },
      ],
    ] as const) {
      await broker.goto(`${viviumUrl}/profile`);
      await broker.getByLabel(texts.taal, { exact: true }).selectOption(language);
      await broker.getByRole("button", { name: texts.save, exact: true }).click();
      await broker.locator(`html[lang="${language}"]`).waitFor({ state: "attached" });
      await broker.goto(`${viviumUrl}/quotes/${quoteId}?step=activity`);
      await stepHeading(broker, texts.heading).waitFor();
      const nav = broker.locator("#quote-steps");
      for (const title of texts.steps) await nav.getByText(title, { exact: true }).waitFor();
      await broker.getByRole("button", { name: texts.next }).click();
      await broker.getByText(texts.required).first().waitFor();
      await broker.getByLabel(texts.label).fill(`Test ${language}`);
      await broker.getByRole("heading", { name: texts.premium, exact: true }).waitFor();
      await shot(broker, `76-wizard-${language}`);
    }
  });
});
