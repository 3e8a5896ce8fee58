import { queryRows } from "@courtier/db/client";
import { asPlatform } from "@courtier/db/tenancy";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  inviteAndAccept,
  registration,
  SUPPORT_PASSWORD,
  signedInSupport,
  startTestServer,
  type TestServer,
} from "./harness.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function broker(language: "nl" | "fr" | "en" = "nl") {
  const client = server.client();
  client.language = language;
  const input = registration({ language });
  const res = await client.post("/api/register", input);
  expect(res.status).toBe(201);
  return { client, email: input.email as string, accountId: res.body.office.id as string };
}

describe("help centre", () => {
  it("lists the articles in the reader's language and finds them by words of a question", async () => {
    const visitor = server.client();
    const nl = await visitor.get("/api/help/articles?lang=nl");
    expect(nl.status).toBe(200);
    expect(nl.body.articles.map((a: { slug: string }) => a.slug)).toEqual([
      "register",
      "product-access",
      "start-tarification",
      "wizard-steps",
      "quote-statuses",
      "profile-password",
      "invite-users",
      "groups-subaccounts",
      "chat-support",
    ]);
    const fr = await visitor.get(
      `/api/help/articles?lang=fr&q=${encodeURIComponent("comment inviter un collègue ?")}`,
    );
    expect(fr.body.articles[0].slug).toBe("invite-users");
    expect(fr.body.articles[0].excerpt).not.toMatch(/[<>#*]/);
    const en = await visitor.get(`/api/help/articles?lang=en&q=${encodeURIComponent("forgot my password")}`);
    expect(en.body.articles[0].slug).toBe("profile-password");
    const article = await visitor.get("/api/help/articles/wizard-steps?lang=nl");
    expect(article.body).toMatchObject({
      slug: "wizard-steps",
      language: "nl",
      screen: expect.stringMatching(/^\//),
    });
    expect((await visitor.get("/api/help/articles/nope?lang=nl")).status).toBe(404);
    expect((await visitor.get("/api/help/articles?lang=de")).status).toBe(400);
  });
});

describe("the chat: help bot, a person, mail as the last resort", () => {
  it("the bot answers with articles in the broker's language and asks whether that solved it", async () => {
    const b = await broker("fr");
    const asked = await b.client.post("/api/chat/messages", {
      text: "Comment inviter un collègue dans mon bureau ?",
      page: "/users",
    });
    expect(asked.status).toBe(201);
    const [question, answer] = asked.body.conversation.messages;
    expect(question).toMatchObject({ author: "user", body: "Comment inviter un collègue dans mon bureau ?" });
    expect(answer.author).toBe("bot");
    expect(answer.body).toContain("Cela répond-il à votre question ?");
    expect(answer.articles[0]).toMatchObject({ slug: "invite-users", title: expect.any(String) });
    expect(answer.articles[0].excerpt.length).toBeGreaterThan(20);

    const exported = await b.client.get("/api/office/export");
    expect(exported.body.conversations[0].messages[0]).toMatchObject({
      author: "user",
      body: "Comment inviter un collègue dans mon bureau ?",
    });

    const solved = await b.client.post("/api/chat/resolved");
    expect(solved.body.conversation.status).toBe("closed");
    expect((await b.client.get("/api/chat/conversation")).body.conversation).toBeNull();
  });

  it("hands over to support with the page; support replies live; the broker sees it without asking", async () => {
    const b = await broker("nl");
    const support = await signedInSupport(server);
    const brokerStream = b.client.events("/api/chat/events");
    const supportStream = support.client.events("/api/support/events");
    expect(await brokerStream.opened).toBe(200);
    expect(await supportStream.opened).toBe(200);

    await b.client.post("/api/chat/messages", {
      text: "Mijn producentnummer wordt geweigerd",
      page: "/products",
    });
    await brokerStream.next((e) => e.type === "message" && e.data.message.author === "bot");
    const handed = await b.client.post("/api/chat/handover", { page: "/products" });
    expect(handed.body.conversation).toMatchObject({ status: "waiting", page: "/products" });
    const id = handed.body.conversation.id;
    await supportStream.next((e) => e.type === "conversation" && e.data.conversationId === id);

    const queue = await support.client.get("/api/support/conversations");
    expect(queue.body.conversations[0]).toMatchObject({
      id,
      status: "waiting",
      page: "/products",
      language: "nl",
      user: { email: b.email },
      office: { commercialName: expect.any(String) },
    });
    const reply = await support.client.post(`/api/support/conversations/${id}/messages`, {
      text: "<script>alert(1)</script> Controleer de 4 of 5 cijfers.",
    });
    expect(reply.status).toBe(201);
    const live = await brokerStream.next((e) => e.type === "message" && e.data.message.author === "support");
    // Text stays text: the browser shows it, it never runs it.
    expect(live.data.message).toMatchObject({
      body: "<script>alert(1)</script> Controleer de 4 of 5 cijfers.",
      authorName: "Sam",
    });
    const current = await b.client.get("/api/chat/conversation");
    expect(current.body.conversation.status).toBe("answered");
    expect(current.body.conversation.mail.available).toBe(false);

    await support.client.post(`/api/support/conversations/${id}/close`);
    await brokerStream.next((e) => e.type === "conversation" && e.data.status === "closed");
    expect(
      (await support.client.post(`/api/support/conversations/${id}/messages`, { text: "nog iets" })).status,
    ).toBe(409);
    brokerStream.close();
    supportStream.close();
  });

  it("offers the mail when nobody answered in time, sends it to SUPPORT_EMAIL with a copy, once", async () => {
    const b = await broker("en");
    await b.client.post("/api/chat/messages", {
      text: "The premium looks wrong for my bakery",
      page: "/quotes/x",
    });
    const handed = await b.client.post("/api/chat/handover", { page: "/requests" });
    const conversation = handed.body.conversation;
    // Support is online (an agent exists and is online) and the 15 minutes have not passed.
    await signedInSupport(server);
    expect(conversation.mail).toMatchObject({ available: false, reason: null });
    expect(Date.parse(conversation.mail.availableAt) - Date.parse(conversation.handedOverAt)).toBe(
      15 * 60_000,
    );
    const early = await b.client.post("/api/chat/mail");
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("MAIL_NOT_YET");

    await asPlatform(server.db, (tx) =>
      tx.execute(
        sql`update conversation set handed_over_at = now() - interval '16 minutes' where id = ${conversation.id}`,
      ),
    );
    const now = await b.client.get("/api/chat/conversation");
    expect(now.body.conversation.mail).toMatchObject({ available: true, reason: "noReply" });
    const mailed = await b.client.post("/api/chat/mail");
    expect(mailed.status).toBe(200);
    const toSupport = await server.nextMail("support@courtier.test", /Unanswered chat question/);
    expect(toSupport.text).toContain("The premium looks wrong for my bakery");
    expect(toSupport.text).toContain(b.email);
    expect(toSupport.text).toContain("/requests");
    const copy = await server.nextMail(b.email, /Your chat with Courtier support/);
    expect(copy.text).toContain("The premium looks wrong for my bakery");
    expect((await b.client.post("/api/chat/mail")).body.error.code).toBe("ALREADY_MAILED");
  });

  it("offers the mail at once when support is offline", async () => {
    const support = await signedInSupport(server);
    await asPlatform(server.db, (tx) => tx.execute(sql`update support_agent set online = false`));
    const b = await broker("nl");
    await b.client.post("/api/chat/messages", { text: "Vraag", page: "/" });
    const handed = await b.client.post("/api/chat/handover", { page: "/" });
    expect(handed.body.conversation.mail).toMatchObject({ available: true, reason: "offline" });
    await support.client.post("/api/support/presence", { online: true });
    expect((await b.client.get("/api/chat/conversation")).body.conversation.mail.available).toBe(false);
  });

  it("support keeps its console language on the server, for the next sign-in", async () => {
    const support = await signedInSupport(server);
    const saved = await support.client.patch("/api/support/me", { language: "fr" });
    expect(saved.status).toBe(200);
    expect(saved.body.user.language).toBe("fr");
    const again = server.client();
    const signedIn = await again.post("/api/support/session", {
      email: support.email,
      password: SUPPORT_PASSWORD,
    });
    expect(signedIn.body.user.language).toBe("fr");

    const wrong = await support.client.patch("/api/support/me", { language: "de" });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.language.code).toBe("INVALID_LANGUAGE");
    const b = await broker("nl");
    expect((await b.client.patch("/api/support/me", { language: "en" })).status).toBe(403);
    expect((await b.client.get("/api/me")).body.user.language).toBe("nl");
    expect((await support.client.get("/api/support/me")).body.user.language).toBe("fr");
  });
});

describe("bad input and who sees what", () => {
  it("refuses empty, over-long and flooding messages", async () => {
    const b = await broker();
    const empty = await b.client.post("/api/chat/messages", { text: "   ", page: "/" });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields.text.code).toBe("REQUIRED");
    const long = await b.client.post("/api/chat/messages", { text: "x".repeat(2001), page: "/" });
    expect(long.body.error.fields.text.code).toBe("TOO_LONG");
    const url = await b.client.post("/api/chat/messages", { text: "hallo", page: "https://evil.example" });
    expect(url.status).toBe(400);
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++)
      statuses.push((await b.client.post("/api/chat/messages", { text: `bericht ${i}`, page: "/" })).status);
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(201));
    expect(statuses.slice(20)).toEqual([429, 429]);
  });

  it("a conversation is its owner's: colleagues, other offices and brokers-as-support get nothing", async () => {
    const b = await broker();
    await b.client.post("/api/chat/messages", { text: "Hoe maak ik een groep?", page: "/account/groups" });
    const handed = await b.client.post("/api/chat/handover", { page: "/account/groups" });
    const id = handed.body.conversation.id;
    const colleague = await inviteAndAccept(server, b.client, { isAdmin: true });
    expect((await colleague.client.get("/api/chat/conversation")).body.conversation).toBeNull();
    const stranger = await broker();
    expect((await stranger.client.get("/api/chat/conversation")).body.conversation).toBeNull();
    // A broker is not support.
    expect((await b.client.get(`/api/support/conversations/${id}`)).status).toBe(403);
    expect((await b.client.post(`/api/support/conversations/${id}/messages`, { text: "x" })).status).toBe(
      403,
    );
    expect((await server.client().get("/api/support/conversations")).status).toBe(401);
    // Support is not a broker: no office, no quotes.
    const support = await signedInSupport(server);
    expect((await support.client.get("/api/quotes")).status).toBe(401);
    expect((await support.client.get(`/api/support/conversations/${crypto.randomUUID()}`)).status).toBe(404);
    // Conversations still with the bot are not support's.
    const botOnly = await broker();
    const own = await botOnly.client.post("/api/chat/messages", { text: "Vraag", page: "/" });
    expect((await support.client.get(`/api/support/conversations/${own.body.conversation.id}`)).status).toBe(
      404,
    );
    const rows = await asPlatform(server.db, (tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from chat_message where conversation_id = ${id}`,
      ),
    );
    expect(rows[0]!.n).toBe(3);
  });

  it("a stream needs a session, and a second server process receives the events of the first (LISTEN/NOTIFY)", async () => {
    expect(await server.client().events("/api/chat/events").opened).toBe(401);
    const b = await broker();
    const stream = b.client.events("/api/chat/events");
    await stream.opened;
    // A NOTIFY from any connection (as another server process sends it) reaches this process's streams.
    const me = (await b.client.get("/api/me")).body.user.id;
    await asPlatform(server.db, (tx) =>
      tx.execute(
        sql`select pg_notify('courtier_events', ${JSON.stringify({ topics: [`user:${me}`], type: "conversation", data: { conversationId: "c", status: "answered" } })})`,
      ),
    );
    const event = await stream.next((e) => e.type === "conversation");
    expect(event.data).toEqual({ conversationId: "c", status: "answered" });
    stream.close();
  });
});
