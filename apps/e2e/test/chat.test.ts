import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerOfficeFromPage } from "../src/in-page.ts";
import { artifactsDir, type Stack, startStack } from "../src/stack.ts";

const agent = { email: "lotte@courtier.be", name: "Lotte Maes", password: "Support-Courtier-9" };
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ support: [agent] });
});
afterAll(async () => {
  await stack?.stop();
});

const stamp = Date.now();
const brokerEmail = `makelaar.${stamp}@kantoor.be`;
const office = "P&V Group Acceptance";
const P_AND_V = { commercialName: office, enterpriseNumber: "0566.988.259", phone: "02 123 45 67" };

/** The agent signs in to the support console in a browser of their own (the sign-in page in Dutch). */
async function signInSupport(): Promise<Page> {
  const { page } = await stack.newPage();
  await page.goto(`${stack.baseUrl}/support/sign-in`);
  await page.getByLabel("E-mail").fill(agent.email);
  await page.getByLabel("paswoord", { exact: true }).fill(agent.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  return page;
}

/** What the user sees, not the whole scrolled page: the chat panel floats over the screen. */
async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(artifactsDir, `${name}.png`) });
}

const chatPanel = (page: Page): Locator => page.getByRole("region", { name: "Hulp & support" });

async function ask(page: Page, text: string) {
  const input = chatPanel(page).getByRole("textbox", { name: "Uw bericht" });
  await input.fill(text);
  await input.press("Enter");
}

describe("help centre (signed out too)", () => {
  it("lists the articles, finds 'paswoord' as one types, and links an article to its screen", async () => {
    const { page } = await stack.newPage();
    await page.goto(`${stack.baseUrl}/help`);
    await page.getByRole("heading", { name: "Helpcentrum", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Collega's uitnodigen en beheren" }).waitFor();
    await shot(page, "help-01-centre");

    await page.getByRole("searchbox", { name: "Zoeken in het helpcentrum" }).fill("paswoord");
    await page.getByText("gevonden voor “paswoord”").waitFor();
    const first = page.getByRole("listitem").first();
    await first.getByRole("link", { name: "Uw profiel en paswoord" }).waitFor();
    expect(page.url()).toContain("q=paswoord");
    await shot(page, "help-02-search");

    await first.getByRole("link", { name: "Uw profiel en paswoord" }).click();
    await page.waitForURL(/\/help\/profile-password$/);
    await page.getByRole("heading", { name: "Uw profiel en paswoord", level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Paswoord vergeten", level: 2 }).waitFor();
    expect(await page.getByRole("link", { name: "Ga naar dit scherm" }).getAttribute("href")).toBe(
      "/profile",
    );
    // The article's Markdown is rendered as elements: bold words, no stray asterisks.
    expect(await page.locator("article strong", { hasText: "Profielinstellingen" }).count()).toBe(1);
    expect(await page.locator("article").textContent()).not.toContain("**");
    await page.setViewportSize({ width: 1366, height: 1400 });
    await shot(page, "help-03-article");
    await page.context().close();
  });
});

describe("the chat: help bot, handover to support, live replies, mail as the last resort", () => {
  it("answers with articles, hands over with the page, and shows support's reply without a reload", async () => {
    const { page: broker } = await stack.newPage();
    await broker.goto(stack.baseUrl);
    await registerOfficeFromPage(broker, brokerEmail, P_AND_V);
    await broker.goto(`${stack.baseUrl}/requests`);
    await broker.getByRole("link", { name: "Help", exact: true }).waitFor();

    // The bot answers with the article about inviting colleagues.
    await broker.getByRole("button", { name: "Chat openen" }).click();
    const panel = chatPanel(broker);
    await panel.waitFor();
    await ask(broker, "Hoe nodig ik een collega uit?");
    await panel.getByText("Deze artikels kunnen u misschien helpen").waitFor();
    const articleLink = panel.getByRole("link", { name: "Collega's uitnodigen en beheren" });
    expect(await articleLink.getAttribute("href")).toBe("/help/invite-users");
    await shot(broker, "chat-01-bot-answer");

    // The link opens the article in the same tab; the panel stays open with the conversation.
    await articleLink.click();
    await broker.waitForURL(/\/help\/invite-users$/);
    await broker.getByRole("heading", { name: "Collega's uitnodigen en beheren", level: 1 }).waitFor();
    await panel.getByText("Hoe nodig ik een collega uit?").waitFor();
    await shot(broker, "help-04-signed-in-with-chat");
    await broker.goBack();
    await broker.waitForURL(/\/requests$/);

    await panel.getByRole("button", { name: "Nee, met een persoon praten" }).click();
    await panel.getByText("Ons supportteam neemt uw vraag zo snel mogelijk op.").waitFor();
    await panel.getByText("Ik geef uw gesprek door aan ons supportteam").waitFor();

    // Support signs in to its console and finds the conversation at the top.
    const support = await signInSupport();
    await support.getByRole("heading", { name: "Gesprekken" }).waitFor();
    const firstRow = support.getByRole("row").nth(1);
    await firstRow.getByText("Clémentine Cazelles").waitFor();
    expect(await firstRow.textContent()).toContain(office);
    expect(await firstRow.textContent()).toContain("/requests");
    expect(await firstRow.textContent()).toContain("NL");
    await shot(support, "support-01-list");

    await firstRow.getByRole("link", { name: "Clémentine Cazelles" }).click();
    await support.getByRole("heading", { name: "Clémentine Cazelles" }).waitFor();
    await support.getByText("Hoe nodig ik een collega uit?").waitFor();
    await support.getByLabel("Uw antwoord").fill("Via Account > Nieuwe gebruiker uitnodigen.");
    await support.getByRole("button", { name: "Antwoorden" }).click();
    await support.getByText("Via Account > Nieuwe gebruiker uitnodigen.").waitFor();

    // The broker sees it arrive in the open panel, without reloading.
    await panel.getByText("Via Account > Nieuwe gebruiker uitnodigen.").waitFor();
    await panel.getByText("Lotte van ons supportteam helpt u verder.").waitFor();
    await shot(broker, "chat-02-support-reply");

    // Another page, then a reload: the panel and the conversation are still there.
    await broker
      .getByRole("navigation", { name: "Hoofdnavigatie" })
      .getByRole("link", { name: "Producten" })
      .click();
    await broker.waitForURL(/\/products$/);
    await panel.getByText("Via Account > Nieuwe gebruiker uitnodigen.").waitFor();
    await broker.reload();
    await panel.getByText("Via Account > Nieuwe gebruiker uitnodigen.").waitFor();

    // A reply while the panel is closed lights up the button.
    await panel.getByRole("button", { name: "Chat sluiten" }).click();
    await support.getByLabel("Uw antwoord").fill("Lukt het zo?");
    await support.getByRole("button", { name: "Antwoorden" }).click();
    await broker.getByRole("button", { name: "Chat openen, 1 nieuw antwoord" }).click();
    await panel.getByText("Lukt het zo?").waitFor();

    // Markup in a message is shown as text, on both sides.
    await ask(broker, "<b>vet</b>");
    await panel.getByRole("log").getByText("<b>vet</b>", { exact: true }).waitFor();
    expect(await panel.locator("b").count()).toBe(0);
    await support.getByText("<b>vet</b>", { exact: true }).waitFor();
    expect(await support.locator("main b").count()).toBe(0);
    await support.evaluate("window.scrollTo(0, 0)");
    await shot(support, "support-02-conversation");

    // Support closes the conversation; the broker sees it closed.
    await support.getByRole("button", { name: "Gesprek afsluiten" }).click();
    await support.getByText("Dit gesprek is afgesloten.").waitFor();
    await panel.getByText("Ons supportteam heeft dit gesprek afgesloten.").waitFor();
    await panel.getByText("Dit gesprek is afgesloten.").waitFor();
    await support.getByRole("link", { name: "Alle gesprekken" }).click();
    await support.getByText("Geen open gesprekken.").waitFor();
    await support.getByRole("tab", { name: "Afgesloten" }).click();
    await support.getByRole("row").nth(1).getByText("Clémentine Cazelles").waitFor();

    // Support goes offline: the next broker who asks for a person is offered the mail at once.
    await support.getByRole("switch", { name: "Beschikbaar voor de chat" }).click({ force: true });
    await support.getByText("Niemand van support staat online").waitFor();
    await panel.getByRole("button", { name: "Een nieuwe vraag stellen" }).click();
    await ask(broker, "Mijn producentnummer wordt geweigerd");
    await panel.getByText("Deze artikels kunnen u misschien helpen").waitFor();
    await panel.getByRole("button", { name: "Nee, met een persoon praten" }).click();
    await panel.getByText("Ons supportteam is nu niet bereikbaar.").waitFor();

    // A phone: the panel takes the whole screen.
    await broker.setViewportSize({ width: 390, height: 844 });
    await shot(broker, "chat-03-mobile");
    await broker.setViewportSize({ width: 1366, height: 850 });

    await panel.getByRole("button", { name: "Gesprek per e-mail versturen" }).click();
    await panel.getByText(`Een kopie ging naar ${brokerEmail}.`).waitFor();
    await panel.getByText("Uw gesprek werd per e-mail doorgestuurd; we antwoorden per e-mail.").waitFor();
    await stack.mailbox.waitFor("support@courtier.localhost", /Chatvraag zonder antwoord van Clémentine/);
    const copy = await stack.mailbox.waitFor(brokerEmail, /Uw chatgesprek met Courtier-support/);
    expect(copy.text).toContain("Mijn producentnummer wordt geweigerd");
    await shot(broker, "chat-04-mailed");

    // Support reads the console in English; the choice is kept for the next sign-in elsewhere.
    await support.getByRole("button", { name: `Gebruikersmenu van ${agent.name}` }).click();
    await support.getByRole("menuitem", { name: "English" }).click();
    await support.getByRole("heading", { name: "Conversations" }).waitFor();
    const elsewhere = await signInSupport();
    await elsewhere.getByRole("heading", { name: "Conversations" }).waitFor();
    expect(await elsewhere.locator("html").getAttribute("lang")).toBe("en");
  });
});
