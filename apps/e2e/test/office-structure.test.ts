import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerOfficeFromPage } from "../src/in-page.ts";
import { linkFrom, type Stack, startStack } from "../src/stack.ts";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const stamp = Date.now();
const adminEmail = `beheerder.${stamp}@kantoor.be`;
const colleagueEmail = `collega.${stamp}@kantoor.be`;

async function createGroup(page: Page, name: string) {
  await page.goto(`${stack.baseUrl}/account/groups`);
  await page.getByRole("link", { name: "+ Nieuwe groep" }).click();
  await page.getByRole("heading", { name: "Nieuwe groep maken" }).waitFor();
  await page.getByLabel("Naam").fill(name);
  await page.getByLabel("Stad").fill("Gent");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await page.getByRole("heading", { name }).first().waitFor();
}

const P_AND_V = {
  commercialName: "P&V Group Acceptance",
  enterpriseNumber: "0566.988.259",
  phone: "02 123 45 67",
};

describe("an admin structures the office (manual part VI)", () => {
  it("invites a colleague into a group, adds a second group they can switch to, and disables them", async () => {
    const { page: admin } = await stack.newPage();
    await admin.goto(stack.baseUrl);
    await registerOfficeFromPage(admin, adminEmail, P_AND_V);
    await createGroup(admin, "Filiaal Gent");
    await stack.screenshot(admin, "20-group-created");

    // The Account page of the manual, with the office's data export for admins.
    await admin.goto(`${stack.baseUrl}/account`);
    const exportLink = admin.getByRole("link", { name: "Gegevens exporteren" });
    expect(await exportLink.getAttribute("href")).toBe("/api/office/export");
    const exported = (await admin.evaluate(async () => (await fetch("/api/office/export")).json())) as {
      groups: { name: string }[];
    };
    expect(exported.groups.map((g: { name: string }) => g.name)).toEqual(["Default", "Filiaal Gent"]);
    await stack.screenshot(admin, "20b-account");

    // "Nieuwe gebruiker uitnodigen" into the new group.
    await admin.goto(`${stack.baseUrl}/users`);
    await admin.getByRole("link", { name: "Nieuwe gebruiker uitnodigen" }).click();
    await admin.getByRole("heading", { name: "Nodig een nieuwe gebruiker uit" }).waitFor();
    await admin.getByLabel("Voornaam").fill("Anne");
    await admin.getByLabel("Achternaam").fill("Peeters");
    await admin.getByLabel("E-mail").fill(colleagueEmail);
    await admin.getByRole("combobox", { name: "Groep" }).click();
    await admin.getByRole("option", { name: "Filiaal Gent" }).click();
    await admin.keyboard.press("Escape");
    await stack.screenshot(admin, "21-invite-form");
    await admin.getByRole("button", { name: "Uitnodigen" }).click();
    await admin.getByText(`Uitnodiging verstuurd naar ${colleagueEmail}`).waitFor();
    const userPageUrl = admin.url();

    // The colleague follows the mailed link, chooses a password and is signed in.
    const invitation = await stack.mailbox.waitFor(colleagueEmail, /Uitnodiging van P&V Group Acceptance/);
    const link = linkFrom(invitation, /http:\/\/\S+\/invitation\?token=\S+/);
    const { page: anne } = await stack.newPage();
    await anne.goto(link);
    await anne.getByRole("heading", { name: "Welkom, Anne" }).waitFor();
    await anne.getByLabel("paswoord", { exact: true }).fill("Collega-Paswoord-1");
    await anne.getByLabel("Bevestig paswoord").fill("Collega-Paswoord-1");
    await stack.screenshot(anne, "22-accept-invitation");
    await anne.getByRole("button", { name: "Paswoord instellen" }).click();
    await anne.getByRole("heading", { name: "Uw aanvragen" }).waitFor();
    await anne.getByText("Subaccount: Filiaal Gent").first().waitFor();
    await anne.getByRole("button", { name: /Subaccount: Filiaal Gent/ }).click();
    const onlyOne = await anne.getByRole("menuitem").allInnerTexts();
    expect(onlyOne.map((t) => t.trim())).toEqual(["Filiaal Gent"]);
    await anne.keyboard.press("Escape");

    // The admin adds a second group on the colleague's page.
    await createGroup(admin, "Filiaal Brugge");
    await admin.goto(userPageUrl);
    await admin.getByRole("button", { name: "+ Groep toevoegen" }).click();
    await admin.getByRole("dialog", { name: "Groep toevoegen" }).getByText("Filiaal Brugge").click();
    await admin.getByRole("row", { name: /Filiaal Brugge/ }).waitFor();
    await stack.screenshot(admin, "23-user-page-two-groups");

    // The colleague now switches to it.
    await anne.reload();
    await anne.getByRole("heading", { name: "Uw aanvragen" }).waitFor();
    await stack.screenshot(anne, "23b-after-reload");
    await anne.getByRole("button", { name: /Subaccount: Filiaal Gent/ }).click();
    await anne.getByRole("menuitem", { name: "Filiaal Brugge" }).click();
    await anne.getByText("Subaccount: Filiaal Brugge").first().waitFor();
    await stack.screenshot(anne, "24-switched-subaccount");

    // The admin disables the colleague: their open session stops working.
    await admin.getByRole("button", { name: "Uitschakelen" }).click();
    await admin.getByRole("button", { name: "Bevestigen" }).click();
    await admin.getByText("Uitgeschakeld").first().waitFor();
    await anne.getByRole("link", { name: "Gebruikers" }).click();
    await anne.getByRole("heading", { name: "Inloggen" }).waitFor();
    await stack.screenshot(anne, "25-disabled-session-ended");

    const signIn = await anne.evaluate(async (email) => {
      const res = await fetch("/api/session", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password: "Collega-Paswoord-1" }),
      });
      return { status: res.status, body: (await res.json()) as { error: { code: string } } };
    }, colleagueEmail);
    expect(signIn.status).toBe(403);
    expect(signIn.body.error.code).toBe("ACCOUNT_DISABLED");
  });
});
