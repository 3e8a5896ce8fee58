import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callFromPage, registerOfficeFromPage } from "../src/in-page.ts";
import { type Stack, startStack } from "../src/stack.ts";

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

const brokerEmail = `makelaar.${Date.now()}@kantoor.be`;

describe("product access across the broker's and the insurer's side (manual part III)", () => {
  it("requests two producer numbers for two groups; staff refuse one and accept the other; only the accepted group may quote", async () => {
    const viviumUrl = `http://vivium.localhost:${stack.port}`;
    const { page: broker } = await stack.newPage();
    await broker.goto(viviumUrl);
    await registerOfficeFromPage(broker, brokerEmail);
    const gent = await callFromPage(broker, "POST", "/api/office/groups", { name: "Filiaal Gent" });
    await callFromPage(broker, "POST", "/api/me/subaccount", { groupId: gent.body.group.id });

    // Situation 2, first number: the current subaccount's group is preselected.
    await broker.goto(`${viviumUrl}/products`);
    await broker.getByText("U heeft momenteel geen toegang tot een product").waitFor();
    await broker.getByRole("button", { name: "Toegang aanvragen voor KMO Tool" }).click();
    await broker.getByRole("dialog", { name: "Nieuw toegangsverzoek voor KMO Tool" }).waitFor();
    await broker.getByLabel("Producentnummer").fill("12A4");
    await broker.getByRole("button", { name: "Creëer integratie" }).click();
    await broker.getByText("Dit producentnummer heeft niet de vorm").waitFor();
    await broker.getByLabel("Producentnummer").fill("1234");
    await stack.screenshot(broker, "30-access-request");
    await broker.getByRole("button", { name: "Creëer integratie" }).click();
    await broker.getByText("Toegang tot KMO Tool aangevraagd (1234)").waitFor();

    // Second number, for a group made in the request itself ("+ Nieuwe groep").
    await broker.getByRole("button", { name: "Toegang aanvragen voor KMO Tool" }).click();
    await broker.getByRole("button", { name: "Nieuwe groep" }).click();
    await broker.getByLabel("Naam van de nieuwe groep").fill("Filiaal Brugge");
    await broker.getByRole("button", { name: "Groep aanmaken" }).click();
    // The new group is selected once it exists.
    await broker.getByRole("dialog").getByText("Filiaal Brugge", { exact: true }).waitFor();
    await broker.getByLabel("Producentnummer").fill("56789");
    await broker.getByRole("button", { name: "Creëer integratie" }).click();
    await broker.getByText("Toegang tot KMO Tool aangevraagd (56789)").waitFor();
    await stack.screenshot(broker, "31-two-requests-pending");

    // The insurer's acceptance team, in its own back office.
    const { page: insurer } = await stack.newPage();
    await insurer.goto(`${viviumUrl}/backoffice`);
    await insurer.getByLabel("E-mail").fill(staff.email);
    await insurer.getByLabel("paswoord", { exact: true }).fill(staff.password);
    await insurer.getByRole("button", { name: "Inloggen" }).click();
    const brugge = insurer.getByRole("article").filter({ hasText: "56789" });
    const gentCard = insurer.getByRole("article").filter({ hasText: "1234" });
    await brugge.waitFor();
    await stack.screenshot(insurer, "32-backoffice-queue");
    await brugge.getByRole("button", { name: "Weigeren" }).click();
    const refuse = insurer.getByRole("dialog", { name: "Aanvraag weigeren" });
    await refuse.getByLabel("Reden").fill("Producentnummer 56789 is niet gekend bij VIVIUM.");
    await refuse.getByRole("button", { name: "Weigeren" }).click();
    await brugge.waitFor({ state: "detached" });
    await gentCard.getByRole("button", { name: "Aanvaarden" }).click();
    await insurer
      .getByRole("dialog", { name: "Aanvraag aanvaarden?" })
      .getByRole("button", { name: "Aanvaarden" })
      .click();
    await gentCard.waitFor({ state: "detached" });
    await stack.screenshot(insurer, "33-backoffice-queue-empty");

    // Both decisions reach the broker by mail (real SMTP).
    const refused = await stack.mailbox.waitFor(brokerEmail, /Toegang tot KMO Tool geweigerd/);
    expect(refused.text).toContain("Producentnummer 56789 is niet gekend bij VIVIUM.");
    const accepted = await stack.mailbox.waitFor(brokerEmail, /Toegang tot KMO Tool aanvaard/);
    expect(accepted.text).toContain("1234");

    // Only the accepted group may quote, with its producer number.
    await broker.reload();
    await broker.getByText("1234").first().waitFor();
    await broker.getByText("Reden: Producentnummer 56789 is niet gekend bij VIVIUM.").waitFor();
    await stack.screenshot(broker, "34-products-after-decisions");
    await broker.goto(`${viviumUrl}/requests`);
    await broker
      .getByText("Subaccount Filiaal Gent mag KMO Tool tarificeren met producentnummer 1234.")
      .waitFor();
    await broker.getByRole("button", { name: /Subaccount: Filiaal Gent/ }).click();
    await broker.getByRole("menuitem", { name: "Filiaal Brugge" }).click();
    await broker.getByText("Subaccount: Filiaal Brugge").first().waitFor();
    await broker
      .getByText("Om een tarificatie te maken, heeft u eerst toegang tot een product nodig")
      .waitFor();
    const brugges = await callFromPage(broker, "GET", "/api/integrations");
    expect(brugges.body.subaccountProducts).toEqual([]);
  });
});
