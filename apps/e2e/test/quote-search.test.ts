import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { callFromPage, registerOfficeFromPage } from "../src/in-page.ts";
import { linkFrom, type Stack, startStack } from "../src/stack.ts";

const staff = {
  insurer: "vivium",
  email: "acceptatie@vivium.be",
  name: "Sofie Janssens",
  password: "Acceptatie-Vivium-7",
};
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ staff: [staff] });
});
afterAll(async () => {
  await stack?.stop();
});

const stamp = Date.now();
const adminEmail = `beheerder.${stamp}@kantoor.be`;
const colleagueEmail = `gent.${stamp}@kantoor.be`;

function emptyDraft(activity: Record<string, unknown>) {
  return {
    activity,
    coverages: {},
    claims: {},
    workAccidents: {},
    generalLiability: {},
    property: {},
    objectiveLiability: {},
    legalAid: {},
    summary: {},
  };
}

/** A draft the engine can price and offer (as apps/api/test/harness.ts `completeDraft()`). */
function completeDraft(activity: Record<string, unknown>, claims: Record<string, unknown> = {}) {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" }).format(new Date());
  return {
    activity: {
      enterpriseNumber: "0566.988.259",
      legalForm: "bv",
      activityCode: "10.712",
      houseNumber: "12",
      startDate: today,
      blueCollarCount: 3,
      whiteCollarCount: 1,
      turnoverCents: 45_000_000,
      ...activity,
    },
    coverages: { workAccidents: true, generalLiability: true, legalAid: true },
    claims: { cancelledByInsurer: false, ...claims },
    workAccidents: { blueCollarPayrollCents: 12_000_000, whiteCollarPayrollCents: 4_500_000, topUp: false },
    generalLiability: {
      limit: "standard",
      afterDelivery: true,
      entrustedGoods: false,
      deductibleCents: 25_000,
    },
    property: {},
    objectiveLiability: {},
    legalAid: { formula: "first" },
    summary: { paymentFrequency: "quarterly", clientLanguage: "fr" },
  };
}

/** Saves `draft` over the quote's current version (autosave's `If-Match`). */
async function saveDraft(page: Page, quoteId: string, draft: unknown) {
  const current = await callFromPage(page, "GET", `/api/quotes/${quoteId}`);
  expect(current.status).toBe(200);
  const saved = await callFromPage(
    page,
    "PUT",
    `/api/quotes/${quoteId}`,
    { draft },
    { "if-match": `"${current.body.version}"` },
  );
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return saved.body as { version: number; reference: string };
}

/** Offerte maken, then Indienen: the quote lands in the insurer's back office. */
async function submit(page: Page, quoteId: string, version: number) {
  const offer = await callFromPage(
    page,
    "POST",
    `/api/quotes/${quoteId}/transitions`,
    { action: "issueOffer" },
    { "if-match": `"${version}"` },
  );
  expect(offer.status, JSON.stringify(offer.body)).toBe(200);
  const submitted = await callFromPage(
    page,
    "POST",
    `/api/quotes/${quoteId}/transitions`,
    { action: "submit" },
    { "if-match": `"${offer.body.version}"` },
  );
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
}

async function firstReference(page: Page): Promise<string> {
  return (await page.getByRole("row").nth(1).getByRole("link").first().textContent())?.trim() ?? "";
}

describe("Uw aanvragen and Zoeken over tarifications (manual part IV)", () => {
  it("lists, sorts, filters, exports and finds quotes, only within what the user may see; the insurer reviews the submitted ones", async () => {
    const pages: Record<string, Page> = {};
    // What each person saw when it failed.
    onTestFailed(async () => {
      for (const [name, page] of Object.entries(pages))
        await stack.screenshot(page, `failed-quote-search-${name}`).catch(() => {});
    });
    const viviumUrl = `http://vivium.localhost:${stack.port}`;

    // ── An office with two groups, each with its own accepted integration ──
    const { page: admin } = await stack.newPage();
    pages.admin = admin;
    await admin.goto(stack.baseUrl);
    const registered = await registerOfficeFromPage(admin, adminEmail);
    const defaultGroupId: string = registered.subaccount.id;
    const gent = await callFromPage(admin, "POST", "/api/office/groups", { name: "Filiaal Gent" });
    expect(gent.status).toBe(201);
    const gentId: string = gent.body.group.id;
    const platform = await callFromPage(admin, "GET", "/api/platform");
    const kmo = platform.body.products.find((p: { name: string }) => p.name === "KMO Tool");
    expect(kmo).toBeTruthy();
    for (const [groupId, producerNumber] of [
      [defaultGroupId, "1234"],
      [gentId, "5678"],
    ] as const) {
      const requested = await callFromPage(admin, "POST", "/api/integrations", {
        productId: kmo.id,
        groupIds: [groupId],
        producerNumber,
      });
      expect(requested.status, JSON.stringify(requested.body)).toBe(201);
    }

    const { page: insurer } = await stack.newPage();
    pages.insurer = insurer;
    await insurer.goto(`${viviumUrl}/backoffice`);
    const staffSession = await callFromPage(insurer, "POST", "/api/backoffice/session", {
      email: staff.email,
      password: staff.password,
    });
    expect(staffSession.status).toBe(200);
    const pending = await callFromPage(insurer, "GET", "/api/backoffice/requests?status=pending");
    expect(pending.body.requests).toHaveLength(2);
    for (const request of pending.body.requests) {
      const decided = await callFromPage(insurer, "POST", `/api/backoffice/requests/${request.id}/decision`, {
        decision: "accept",
      });
      expect(decided.status).toBe(204);
    }

    // The colleague works in Filiaal Gent only.
    const invited = await callFromPage(admin, "POST", "/api/office/invitations", {
      firstName: "Anne",
      lastName: "Peeters",
      email: colleagueEmail,
      language: "nl",
      groupIds: [gentId],
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);

    // ── "Nieuw", the first time: the empty list invites to the first tarification ──
    await callFromPage(admin, "POST", "/api/me/subaccount", { groupId: defaultGroupId });
    await admin.goto(`${stack.baseUrl}/requests`);
    await admin.getByText("Nog geen tarificaties").waitFor();
    await admin.getByRole("button", { name: "Nieuwe tarificatie" }).waitFor();
    await stack.screenshot(admin, "40-requests-first-time");
    await admin.getByRole("button", { name: "Nieuw", exact: true }).click();
    await admin.waitForURL(/\/quotes\/[0-9a-f-]{36}$/);
    const brasserieId = admin.url().split("/quotes/")[1]!;

    const brasserie = await saveDraft(
      admin,
      brasserieId,
      emptyDraft({
        companyName: "Brasserie Ère Nouvelle",
        street: "Chaussée de Louvain",
        houseNumber: "5",
        postcode: "1030",
        city: "Schaerbeek",
      }),
    );
    expect(brasserie.reference).toMatch(/^PV_TPE-KMO_Brasserie_\d{4}$/);

    // Two more in Default, submitted to the insurer (one needs its acceptance: a referral), and one in Gent.
    const created = await callFromPage(admin, "POST", "/api/quotes", { productId: kmo.id });
    expect(created.status).toBe(201);
    const atelier = await saveDraft(
      admin,
      created.body.id,
      completeDraft({
        companyName: "Atelier Zénith",
        street: "Rue Haute",
        postcode: "1000",
        city: "Bruxelles",
      }),
    );
    await submit(admin, created.body.id, atelier.version);
    const referral = await callFromPage(admin, "POST", "/api/quotes", { productId: kmo.id });
    const bakkerij = await saveDraft(
      admin,
      referral.body.id,
      completeDraft(
        { companyName: "Bakkerij Vandenbroucke", street: "Veldstraat", postcode: "9000", city: "Gent" },
        { cancelledByInsurer: true },
      ),
    );
    await submit(admin, referral.body.id, bakkerij.version);

    // ── The list: reference, client and last change; sortable; filtered by status ──
    await admin.goto(`${stack.baseUrl}/requests`);
    const brasserieRow = admin.getByRole("row", { name: /Brasserie Ère Nouvelle/ });
    await brasserieRow.waitFor();
    await brasserieRow.getByRole("link", { name: brasserie.reference }).waitFor();
    await brasserieRow.getByText(/^Bijgewerkt op \d{1,2} \w+ \d{4} \d{2}:\d{2}$/).waitFor();
    await brasserieRow.getByText("Actief").waitFor();
    expect(await admin.getByRole("row").count()).toBe(4);
    await stack.screenshot(admin, "41-requests-list");

    const referenceHeader = admin.getByRole("columnheader", { name: "Referenties" });
    expect(await referenceHeader.getAttribute("aria-sort")).toBe("none");
    await referenceHeader.getByRole("button").click();
    await admin.waitForURL(/sort=reference/);
    await expect.poll(() => referenceHeader.getAttribute("aria-sort")).toBe("ascending");
    await expect.poll(() => firstReference(admin)).toMatch(/_Atelier_/);
    await referenceHeader.getByRole("button").click();
    await expect.poll(() => referenceHeader.getAttribute("aria-sort")).toBe("descending");
    await expect.poll(() => firstReference(admin)).toMatch(/_Brasserie_/);

    await admin.getByRole("combobox", { name: "Status" }).click();
    await admin.getByRole("option", { name: "Ingediend" }).click();
    await admin.waitForURL(/status=submitted/);
    await expect.poll(() => admin.getByRole("row").count()).toBe(3);
    await admin.getByRole("row", { name: /Atelier Zénith/ }).waitFor();
    expect(await admin.getByRole("row", { name: /Brasserie/ }).count()).toBe(0);
    // The filter and the order survive a reload (they live in the URL).
    await admin.reload();
    await admin.getByRole("row", { name: /Bakkerij Vandenbroucke/ }).waitFor();
    expect(await admin.getByRole("row", { name: /Brasserie/ }).count()).toBe(0);
    expect(await admin.getByRole("combobox", { name: "Status" }).inputValue()).toBe("Ingediend");
    await stack.screenshot(admin, "42-requests-filtered");

    // The CSV export has the list's filters and order.
    const csvHref = await admin.getByRole("link", { name: "CSV exporteren" }).getAttribute("href");
    expect(csvHref).toContain("status=submitted");
    expect(csvHref).toContain("sort=reference");
    const filteredCsv = await callFromPage(admin, "GET", csvHref!);
    expect(filteredCsv.status).toBe(200);
    expect(filteredCsv.body).toContain("Atelier Zénith");
    expect(filteredCsv.body).not.toContain(brasserie.reference);
    const allCsv = await callFromPage(admin, "GET", "/api/quotes/export.csv");
    expect(allCsv.body).toContain(brasserie.reference);
    expect(allCsv.body).toContain("Brasserie Ère Nouvelle");

    // ── Zoeken: answers as one types, accents and case do not matter ──
    const search = admin.getByRole("combobox", { name: "Zoeken" });
    await search.fill("chaussee louv");
    const option = admin.getByRole("option", { name: new RegExp(brasserie.reference) });
    await option.waitFor();
    await option.getByText("Brasserie Ère Nouvelle").waitFor();
    await option.getByText("Schaerbeek", { exact: false }).waitFor();
    await option.getByText("Default").waitFor();
    expect(await admin.getByRole("option").count()).toBe(1);
    await stack.screenshot(admin, "43-search-dropdown");
    await search.press("ArrowDown");
    await search.press("Enter");
    await admin.waitForURL(`${stack.baseUrl}/quotes/${brasserieId}`);
    await admin.goto(`${stack.baseUrl}/requests`);

    // Enter without choosing: every result on the search page, with the group each quote is in.
    await search.fill("bruxelles");
    await admin.getByRole("option", { name: /Atelier Zénith/ }).waitFor();
    await search.press("Enter");
    await admin.waitForURL(/\/search\?q=bruxelles/);
    await admin.getByRole("heading", { name: "Zoeken" }).waitFor();
    await admin
      .getByRole("row", { name: /Atelier Zénith/ })
      .getByText("Default")
      .waitFor();
    await search.fill("gent");
    await search.press("Enter");
    await admin.waitForURL(/\/search\?q=gent/);
    await admin.getByRole("row", { name: /Bakkerij Vandenbroucke/ }).waitFor();
    await stack.screenshot(admin, "44-search-page");
    await search.fill("zzzonbekend");
    await admin.getByText("Geen tarificaties gevonden voor “zzzonbekend”.").waitFor();
    await search.press("Escape");

    // ── The colleague in Filiaal Gent sees nothing of Default ──
    const invitation = await stack.mailbox.waitFor(colleagueEmail, /Uitnodiging van Cazelles Verzekeringen/);
    const link = linkFrom(invitation, /http:\/\/\S+\/invitation\?token=\S+/);
    const { page: anne } = await stack.newPage();
    pages.anne = anne;
    await anne.goto(link);
    await anne.getByLabel("paswoord", { exact: true }).fill("Collega-Paswoord-1");
    await anne.getByLabel("Bevestig paswoord").fill("Collega-Paswoord-1");
    await anne.getByRole("button", { name: "Paswoord instellen" }).click();
    await anne.getByRole("heading", { name: "Uw aanvragen" }).waitFor();
    await anne.getByText("Subaccount: Filiaal Gent").first().waitFor();
    // Filiaal Gent has its own access: "Nieuw" may start a tarification there.
    await anne.getByRole("button", { name: "Nieuwe tarificatie" }).waitFor();
    const anneSearch = anne.getByRole("combobox", { name: "Zoeken" });
    await anneSearch.fill("chaussee");
    await anne.getByText("Geen tarificaties gevonden voor “chaussee”.").waitFor();
    expect(await anne.getByRole("option").count()).toBe(0);
    const foreign = await callFromPage(anne, "GET", `/api/quotes/${brasserieId}`);
    expect(foreign.status).toBe(404);
    await anne.goto(`${stack.baseUrl}/quotes/${brasserieId}`);
    await anne
      .getByText(/niet gevonden/i)
      .first()
      .waitFor();
    expect(await anne.getByText("Brasserie Ère Nouvelle").count()).toBe(0);
    const anneCsv = await callFromPage(anne, "GET", "/api/quotes/export.csv");
    expect(anneCsv.body).not.toContain(brasserie.reference);

    // ── The insurer's back office: the submitted quotes, and a decision ──
    await insurer.goto(`${viviumUrl}/backoffice`);
    await insurer.getByRole("link", { name: /Offertes/ }).click();
    await insurer.getByRole("heading", { name: "Offertes" }).waitFor();
    const bakkerijRow = insurer.getByRole("row", { name: /Bakkerij Vandenbroucke/ });
    await bakkerijRow.getByText("Voorlegging").waitFor();
    const atelierRow = insurer.getByRole("row", { name: /Atelier Zénith/ });
    await atelierRow.getByText("Cazelles Verzekeringen").waitFor();
    expect(await atelierRow.getByText("Voorlegging").count()).toBe(0);
    await atelierRow.getByText(/€/).waitFor();
    await stack.screenshot(insurer, "45-backoffice-quote-queue");

    await bakkerijRow.getByRole("link").click();
    await insurer.getByRole("heading", { name: bakkerij.reference }).waitFor();
    await insurer.getByText("Voorlegging: dit risico vraagt uw beoordeling").waitFor();
    await insurer.getByRole("heading", { name: "Premie" }).waitFor();
    await insurer.getByText("Totale jaarpremie").waitFor();
    await insurer.getByText("10.712 – Ambachtelijke bakkerij").waitFor();
    expect(await insurer.getByText(/commissie/i).count()).toBe(0);
    const pdfHref = await insurer.getByRole("link", { name: "Offerte (PDF)" }).getAttribute("href");
    const pdf = await callFromPage(insurer, "GET", pdfHref!);
    expect(pdf.status).toBe(200);
    expect(pdf.contentType).toContain("application/pdf");
    await stack.screenshot(insurer, "46-backoffice-quote-detail");

    // Refusing needs a message.
    await insurer.getByRole("button", { name: "Weigeren" }).click();
    const refuse = insurer.getByRole("dialog", { name: "Offerte weigeren" });
    await refuse.getByRole("button", { name: "Weigeren" }).click();
    await refuse
      .getByText(/verplicht|Vul dit veld in/i)
      .first()
      .waitFor();
    await refuse
      .getByLabel("Bericht aan de tussenpersoon")
      .fill("Opgezegd door de vorige verzekeraar: wij nemen dit risico niet.");
    await stack.screenshot(insurer, "47-backoffice-refuse-modal");
    await refuse.getByRole("button", { name: "Weigeren" }).click();
    await refuse.waitFor({ state: "detached" });
    const decision = insurer.getByRole("alert").filter({ hasText: /^Geweigerd op / });
    await decision.getByText("Opgezegd door de vorige verzekeraar: wij nemen dit risico niet.").waitFor();
    const refusedMail = await stack.mailbox.waitFor(adminEmail, new RegExp(bakkerij.reference));
    expect(refusedMail.text).toContain("wij nemen dit risico niet");

    // Someone else was quicker: 409 ALREADY_DECIDED says so and shows the decision.
    await insurer.goto(`${viviumUrl}/backoffice/quotes/${created.body.id}`);
    await insurer.getByRole("heading", { name: atelier.reference }).waitFor();
    const elsewhere = await callFromPage(
      insurer,
      "POST",
      `/api/backoffice/quotes/${created.body.id}/decision`,
      {
        decision: "accept",
        message: "",
      },
    );
    expect(elsewhere.status).toBe(200);
    await insurer.getByRole("button", { name: "Aanvaarden" }).click();
    await insurer
      .getByRole("dialog", { name: "Offerte aanvaarden" })
      .getByRole("button", { name: "Aanvaarden" })
      .click();
    await insurer.getByText(/Over deze offerte werd intussen al beslist/).waitFor();
    await insurer.getByText(/^Aanvaard op /).waitFor();
    // The decision buttons are gone once the modal has faded out.
    await expect.poll(() => insurer.getByRole("button", { name: "Aanvaarden" }).count()).toBe(0);

    await insurer
      .getByRole("link", { name: /Offertes/ })
      .first()
      .click();
    await insurer.getByText("Geen offertes te beoordelen. Ingediende offertes verschijnen hier.").waitFor();
    await insurer.getByRole("tab", { name: "Beslist" }).click();
    await insurer
      .getByRole("row", { name: /Atelier Zénith/ })
      .getByText("Aanvaard")
      .waitFor();
    await insurer
      .getByRole("row", { name: /Bakkerij Vandenbroucke/ })
      .getByText("Geweigerd")
      .waitFor();
    await stack.screenshot(insurer, "48-backoffice-quotes-decided");

    // The broker's list shows the decisions.
    await admin.goto(`${stack.baseUrl}/requests?status=refused`);
    await admin
      .getByRole("row", { name: /Bakkerij Vandenbroucke/ })
      .getByText("Geweigerd")
      .waitFor();

    // Another subaccount shows its own quotes at once; one without product access cannot start one.
    const brugge = await callFromPage(admin, "POST", "/api/office/groups", { name: "Filiaal Brugge" });
    expect(brugge.status).toBe(201);
    await admin.goto(`${stack.baseUrl}/requests`);
    await admin.getByRole("row", { name: /Brasserie Ère Nouvelle/ }).waitFor();
    await admin.getByRole("button", { name: /Subaccount: Default/ }).click();
    await admin.getByRole("menuitem", { name: "Filiaal Brugge" }).click();
    await admin
      .getByText("Om een tarificatie te maken, heeft u eerst toegang tot een product nodig")
      .waitFor();
    expect(await admin.getByRole("row", { name: /Brasserie/ }).count()).toBe(0);
    const disabledNew = admin.getByRole("button", { name: "Nieuw", exact: true });
    expect(await disabledNew.getAttribute("aria-disabled")).toBe("true");
    await disabledNew.hover();
    await admin
      .getByRole("tooltip")
      .getByText(/heeft dit subaccount een aanvaarde toegang/)
      .waitFor();
    await stack.screenshot(admin, "49-requests-no-product");
  });
});
