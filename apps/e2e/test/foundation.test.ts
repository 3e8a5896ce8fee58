import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkFrom, type Stack, startStack } from "../src/stack.ts";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const email = `clementine.${Date.now()}@pvgroup.be`;
const firstPassword = "Kantoor-Gent-2026";
const secondPassword = "Nieuw-Kantoor-2027";

async function signIn(page: Page, password: string) {
  await page.getByRole("textbox", { name: "E-mail", exact: true }).fill(email);
  await page.getByLabel("paswoord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: /Gebruikersmenu van/ }).click();
  await page.getByRole("menuitem", { name: "Afmelden" }).click();
  await page.getByRole("heading", { name: "Inloggen" }).waitFor();
}

describe("a broker office on Courtier", () => {
  it("registers (after a wrong enterprise number), signs out and in, resets a forgotten password and switches to French", async () => {
    const { page } = await stack.newPage();
    await page.goto(stack.baseUrl);
    await page.getByRole("heading", { name: "Inloggen" }).waitFor();
    await stack.screenshot(page, "01-start");

    // Registration, tab "Persoonlijk".
    await page.getByRole("link", { name: "Registreer" }).click();
    await page.getByLabel("Voornaam").fill("Clémentine");
    await page.getByLabel("Achternaam").fill("Cazelles");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("paswoord", { exact: true }).fill(firstPassword);
    await page.getByLabel("Bevestig paswoord").fill(firstPassword);
    await page.getByRole("checkbox").check();
    await stack.screenshot(page, "02-register-personal");
    await page.getByRole("button", { name: "Volgende" }).click();

    // Tab "Account", first with an enterprise number whose check digits are wrong.
    await page.getByLabel("Commerciële naam (van het bedrijf)").fill("Cazelles Verzekeringen");
    await page.getByLabel("Ondernemingsnummer").fill("BE0123456748");
    await page.getByLabel("Straat").fill("Koningsstraat");
    await page.getByLabel("Nummer", { exact: true }).fill("151");
    await page.getByLabel("Postcode").fill("1210");
    await page.getByLabel("Stad").fill("Brussel");
    await page.getByLabel("Telefoonnummer").fill("0412 34 56 78");
    await page.getByRole("button", { name: "Account aanmaken" }).click();
    await page.getByText("de controlecijfers (laatste twee cijfers) kloppen niet").waitFor();
    await stack.screenshot(page, "03-register-wrong-enterprise-number");
    expect(await page.getByLabel("Commerciële naam (van het bedrijf)").inputValue()).toBe(
      "Cazelles Verzekeringen",
    );

    await page.getByLabel("Ondernemingsnummer").fill("0123.456.749");
    await page.getByRole("button", { name: "Account aanmaken" }).click();
    await page.getByRole("heading", { name: "Uw aanvragen" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/requests");
    await page.getByText("Subaccount: Default").first().waitFor();
    await stack.screenshot(page, "04-signed-in-requests");

    const welcome = await stack.mailbox.waitFor(email, /Welkom bij Courtier/);
    expect(welcome.html).toContain("verify-email");

    // Sign out, then a wrong and the right password.
    await signOut(page);
    await signIn(page, "Verkeerd-Paswoord-1");
    await page.getByText("E-mail of paswoord is niet correct.").waitFor();
    await stack.screenshot(page, "05-wrong-password");
    await page.getByLabel("paswoord", { exact: true }).fill(firstPassword);
    await page.getByRole("button", { name: "Inloggen", exact: true }).click();
    await page.getByRole("heading", { name: "Uw aanvragen" }).waitFor();

    // A forgotten password, reset through the mailed link.
    await signOut(page);
    await page.getByRole("link", { name: "paswoord vergeten?" }).click();
    await page.getByLabel("E-mail").fill(email);
    await page.getByRole("button", { name: "Verstuur de link" }).click();
    await page.getByText("Controleer uw mailbox").waitFor();
    const resetMail = await stack.mailbox.waitFor(email, /nieuw paswoord/i);
    const resetLink = linkFrom(resetMail, /http:\/\/\S+\/reset-password\?token=\S+/);
    await page.goto(resetLink);
    await page.getByLabel("Nieuw paswoord", { exact: true }).fill(secondPassword);
    await page.getByLabel("Bevestig nieuw paswoord").fill(secondPassword);
    await stack.screenshot(page, "06-reset-password");
    await page.getByRole("button", { name: "Paswoord opslaan" }).click();
    await page.getByText("Paswoord gewijzigd, meld u aan.").waitFor();
    await signIn(page, secondPassword);
    await page.getByRole("heading", { name: "Uw aanvragen" }).waitFor();

    // The reset link works once.
    await page.goto(resetLink);
    await page.getByLabel("Nieuw paswoord", { exact: true }).fill("Derde-Kantoor-2028");
    await page.getByLabel("Bevestig nieuw paswoord").fill("Derde-Kantoor-2028");
    await page.getByRole("button", { name: "Paswoord opslaan" }).click();
    await page.getByText("Deze link is verlopen of werd al gebruikt.").waitFor();

    // Profile: switch to French; the whole interface follows at once and after a reload.
    await page.goto(`${stack.baseUrl}/requests`);
    await page.getByRole("button", { name: /Gebruikersmenu van/ }).click();
    await page.getByRole("menuitem", { name: "Profiel" }).click();
    await page.getByRole("heading", { name: "Profielinstellingen" }).waitFor();
    await stack.screenshot(page, "07-profile-nl");

    // The welcome mail was not followed: the link can be sent again, and it confirms the address.
    await page.getByText("Niet geverifieerd").waitFor();
    await page.getByRole("button", { name: "Link opnieuw sturen" }).click();
    await page
      .getByText(`We hebben een nieuwe bevestigingslink gestuurd naar ${email}.`, { exact: false })
      .waitFor();
    await stack.screenshot(page, "07b-profile-link-sent");
    const again = await stack.mailbox.waitFor(email, /^Bevestig uw e-mailadres$/);
    // The link opens a page; the address is confirmed by its button, not by opening it.
    await page.goto(linkFrom(again, /http:\/\/\S+\/verify-email\?token=\S+/));
    await page.getByRole("heading", { name: "E-mailadres bevestigen" }).waitFor();
    await stack.screenshot(page, "07c-verify-email");
    await page.getByRole("button", { name: "Adres bevestigen" }).click();
    await page.getByRole("heading", { name: "Profielinstellingen" }).waitFor();
    await page.getByText("Uw e-mailadres is geverifieerd.").waitFor();
    await page.getByText("Geverifieerd", { exact: true }).waitFor();
    expect(await page.getByRole("button", { name: "Link opnieuw sturen" }).count()).toBe(0);
    await page.getByLabel("Taal").selectOption("fr");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByRole("link", { name: "Vos demandes" }).waitFor();
    await stack.screenshot(page, "08-profile-fr");
    await page.reload();
    await page.getByRole("link", { name: "Vos demandes" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
  });

  it("shows VIVIUM's portal with its logo on vivium.localhost", async () => {
    const { page } = await stack.newPage();
    await page.goto(`http://vivium.localhost:${stack.port}/`);
    await page
      .getByRole("img", { name: /VIVIUM/ })
      .first()
      .waitFor();
    await stack.screenshot(page, "09-vivium-portal");
  });

  it("keeps every server log line free of passwords and reset links", () => {
    const log = stack.serverLog();
    expect(log).not.toContain(firstPassword);
    expect(log).not.toContain(secondPassword);
    expect(log).not.toMatch(/reset-password\?token=(?!\[redacted\])/);
  });
});
