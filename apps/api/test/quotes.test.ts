import { ACTIVITY_ACTIONS } from "@courtier/contracts/responses";
import { queryRows } from "@courtier/db/client";
import { asPlatform } from "@courtier/db/tenancy";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expireOffers, purgeExpiredQuotes } from "#src/modules/quotes/quotes.repository.ts";
import {
  completeDraft,
  inviteAndAccept,
  officeWithProductAccess,
  seedSecondInsurer,
  signedInStaff,
  startTestServer,
  type TestClient,
  type TestServer,
} from "./harness.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const emptyDraft = {
  activity: {},
  coverages: {},
  claims: {},
  workAccidents: {},
  generalLiability: {},
  property: {},
  objectiveLiability: {},
  legalAid: {},
  summary: {},
};

async function newQuote(client: TestClient, productId: string) {
  const res = await client.post("/api/quotes", { productId });
  expect(res.status).toBe(201);
  return res.body as { id: string; version: number; reference: string };
}

async function save(client: TestClient, id: string, version: number, draft: unknown) {
  return client.put(`/api/quotes/${id}`, { draft }, { "If-Match": `"${version}"` });
}

/** A quote with the complete draft, offered and submitted to VIVIUM. */
async function submittedQuote(client: TestClient, productId: string, draft = completeDraft()) {
  const q = await newQuote(client, productId);
  const saved = await save(client, q.id, q.version, draft);
  expect(saved.status).toBe(200);
  const offered = await client.post(
    `/api/quotes/${q.id}/transitions`,
    { action: "issueOffer" },
    { "If-Match": `"${saved.body.version}"` },
  );
  expect(offered.status).toBe(200);
  const submitted = await client.post(
    `/api/quotes/${q.id}/transitions`,
    { action: "submit" },
    { "If-Match": `"${offered.body.version}"` },
  );
  expect(submitted.status).toBe(200);
  return submitted.body;
}

describe("Nieuw: starting a tarification", () => {
  it("starts in the current subaccount's group only where it has an accepted integration", async () => {
    const o = await officeWithProductAccess(server, { commercialName: "Kantoor Proxi" });
    const q = await newQuote(o.admin, o.productId);
    expect(q).toMatchObject({ status: "active", version: 1, group: { id: o.defaultGroupId } });
    expect(q.reference).toMatch(/^PV_TPE-KMO_\d{4}$/);

    // A group without access may not quote.
    const gent = (await o.admin.post("/api/office/groups", { name: "Filiaal Gent" })).body.group.id;
    await o.admin.post("/api/me/subaccount", { groupId: gent });
    const refused = await o.admin.post("/api/quotes", { productId: o.productId });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("NO_PRODUCT_ACCESS");
  });

  it("numbers references per product without gaps or duplicates under concurrent creation", async () => {
    const o = await officeWithProductAccess(server);
    const created = await Promise.all(
      Array.from({ length: 12 }, () => o.admin.post("/api/quotes", { productId: o.productId })),
    );
    expect(created.map((r) => r.status)).toEqual(Array(12).fill(201));
    const numbers = created.map((r) => Number(r.body.reference.slice(-4))).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(12);
    expect(numbers.at(-1)! - numbers[0]!).toBe(11);
  });

  it("names the reference after the client once known: PV_TPE-KMO_<short name>_<NNNN>", async () => {
    const o = await officeWithProductAccess(server);
    const q = await newQuote(o.admin, o.productId);
    const saved = await save(o.admin, q.id, q.version, {
      ...emptyDraft,
      activity: { companyName: "Proxi Delhaize Élise" },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.reference).toBe(`PV_TPE-KMO_Proxi_${q.reference.slice(-4)}`);
  });
});

describe("autosave and the live premium", () => {
  it("saves the draft as typed, with If-Match; a stale save gets 412 and changes nothing", async () => {
    const o = await officeWithProductAccess(server);
    const q = await newQuote(o.admin, o.productId);
    const missing = await o.admin.put(`/api/quotes/${q.id}`, { draft: emptyDraft });
    expect(missing.status).toBe(428);
    expect(missing.body.error.code).toBe("QUOTE_VERSION_REQUIRED");

    // Typed but not yet valid (an enterprise number half typed) is kept: nothing typed is lost.
    const first = await save(o.admin, q.id, 1, { ...emptyDraft, activity: { enterpriseNumber: "0566.98" } });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    expect(first.headers.get("etag")).toBe('"2"');

    // The second tab still holds version 1.
    const stale = await save(o.admin, q.id, 1, { ...emptyDraft, activity: { companyName: "Other tab" } });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe("QUOTE_STALE");
    const now = await o.admin.get(`/api/quotes/${q.id}`);
    expect(now.body.version).toBe(2);
    expect(now.body.draft.activity).toEqual({ enterpriseNumber: "0566.98" });
  });

  it("refuses a draft of the wrong shape with field codes", async () => {
    const o = await officeWithProductAccess(server);
    const q = await newQuote(o.admin, o.productId);
    const bad = await save(o.admin, q.id, 1, {
      ...emptyDraft,
      activity: { blueCollarCount: -2, turnoverCents: 12.5, companyName: "x".repeat(200) },
      hack: true,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toMatchObject({
      "draft.activity.blueCollarCount": { code: "NEGATIVE" },
      "draft.activity.turnoverCents": { code: "NOT_WHOLE" },
      "draft.activity.companyName": { code: "TOO_LONG" },
      "draft.hack": { code: "UNKNOWN_FIELD" },
    });
    expect((await o.admin.get(`/api/quotes/${q.id}`)).body.version).toBe(1);
  });

  it("prices as far as the draft goes, with the breakdown and the trail", async () => {
    const o = await officeWithProductAccess(server);
    const q = await newQuote(o.admin, o.productId);
    const none = await o.admin.post(`/api/quotes/${q.id}/price`, { draft: emptyDraft });
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({ result: null, missingSteps: ["activity", "coverages"] });

    const draft = completeDraft();
    const partial = await o.admin.post(`/api/quotes/${q.id}/price`, {
      draft: { ...draft, generalLiability: {} },
    });
    expect(partial.body.incompleteCoverages).toEqual(["generalLiability"]);
    expect(partial.body.result.lines.map((l: { group: string }) => l.group)).not.toContain(
      "generalLiability",
    );

    const full = await o.admin.post(`/api/quotes/${q.id}/price`, { draft });
    expect(full.body.incompleteCoverages).toEqual([]);
    const groups = new Set(full.body.result.lines.map((l: { group: string }) => l.group));
    expect(groups).toEqual(new Set(["workAccidents", "generalLiability", "legalAid"]));
    expect(full.body.result.totalAnnualCents).toBeGreaterThan(full.body.result.totalNetCents);
    expect(full.body.result.installmentCount).toBe(4);
    expect(full.body.result.lines[0].trail.length).toBeGreaterThan(0);
    // Pricing saves nothing.
    expect((await o.admin.get(`/api/quotes/${q.id}`)).body.version).toBe(1);
  });
});

describe("statuses: Actief → Offerte → Ingediend → Aanvaard / Geweigerd", () => {
  it("refuses an incomplete offer with the field of each missing answer", async () => {
    const o = await officeWithProductAccess(server);
    const q = await newQuote(o.admin, o.productId);
    const draft = completeDraft({ city: "Gent" });
    const saved = await save(o.admin, q.id, 1, {
      ...draft,
      activity: { ...draft.activity, enterpriseNumber: "0566.988.258" },
    });
    const res = await o.admin.post(
      `/api/quotes/${q.id}/transitions`,
      { action: "issueOffer" },
      { "If-Match": `"${saved.body.version}"` },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("QUOTE_INCOMPLETE");
    expect(res.body.error.fields).toMatchObject({
      "activity.city": { code: "CITY_POSTCODE_MISMATCH" },
      "activity.enterpriseNumber": { code: "ENTERPRISE_NUMBER_CHECKSUM" },
    });
  });

  it("issues an offer valid 30 days, submits it, and lets only legal moves through", async () => {
    const o = await officeWithProductAccess(server);
    const q = await newQuote(o.admin, o.productId);
    const saved = await save(o.admin, q.id, 1, completeDraft());
    const early = await o.admin.post(
      `/api/quotes/${q.id}/transitions`,
      { action: "submit" },
      { "If-Match": `"${saved.body.version}"` },
    );
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("ILLEGAL_TRANSITION");

    const offered = await o.admin.post(
      `/api/quotes/${q.id}/transitions`,
      { action: "issueOffer" },
      { "If-Match": `"${saved.body.version}"` },
    );
    expect(offered.status).toBe(200);
    expect(offered.body.status).toBe("offer");
    expect(offered.body.validUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(offered.body.offeredAt).toEqual(expect.any(String));
    expect(offered.body.actions).toEqual(expect.arrayContaining(["submit", "pdf", "edit"]));

    // Editing an offer makes it a draft again: the offer no longer matches the input.
    const edited = await save(
      o.admin,
      q.id,
      offered.body.version,
      completeDraft({ companyName: "Boulangerie Neuve" }),
    );
    expect(edited.body.status).toBe("active");
    const again = await o.admin.post(
      `/api/quotes/${q.id}/transitions`,
      { action: "issueOffer" },
      { "If-Match": `"${edited.body.version}"` },
    );
    const submitted = await o.admin.post(
      `/api/quotes/${q.id}/transitions`,
      { action: "submit" },
      { "If-Match": `"${again.body.version}"` },
    );
    expect(submitted.body.status).toBe("submitted");
    expect(submitted.body.actions).not.toContain("edit");
    const locked = await save(o.admin, q.id, submitted.body.version, completeDraft());
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe("QUOTE_READ_ONLY");
    const archive = await o.admin.post(
      `/api/quotes/${q.id}/transitions`,
      { action: "archive" },
      { "If-Match": `"${submitted.body.version}"` },
    );
    expect(archive.status).toBe(409);
  });

  it("the insurer's back office lists its submitted quotes, accepts one and the broker is mailed", async () => {
    const o = await officeWithProductAccess(server);
    const quote = await submittedQuote(o.admin, o.productId);
    const staff = await signedInStaff(server, "vivium");
    const queue = await staff.client.get("/api/backoffice/quotes");
    expect(queue.status).toBe(200);
    expect(queue.body.quotes.map((q: { id: string }) => q.id)).toContain(quote.id);

    const detail = await staff.client.get(`/api/backoffice/quotes/${quote.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.actions).toEqual([]);
    expect(detail.body.pricing.result.totalCommissionCents).toBe(0);
    // The activity by name as well as NACE code, in every language the staff member may read.
    expect(detail.body.activityName).toMatchObject({ nl: "Ambachtelijke bakkerij" });

    const accepted = await staff.client.post(`/api/backoffice/quotes/${quote.id}/decision`, {
      decision: "accept",
      message: "Akkoord, polis volgt.",
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe("accepted");
    const mail = await server.nextMail(o.email, /^Offerte .* aanvaard/);
    expect(mail.text).toContain(quote.reference);
    expect(mail.text).toContain("Akkoord, polis volgt.");
    const twice = await staff.client.post(`/api/backoffice/quotes/${quote.id}/decision`, {
      decision: "accept",
    });
    expect(twice.status).toBe(409);

    const seen = await o.admin.get(`/api/quotes/${quote.id}`);
    expect(seen.body).toMatchObject({
      status: "accepted",
      decision: { decision: "accept", message: "Akkoord, polis volgt.", decidedBy: "Sofie Janssens" },
    });
    expect(seen.body.pricing.result.totalCommissionCents).toBeGreaterThan(0);

    // The office's activity names each step by the quote's reference, with a label for every event.
    const activity = await o.admin.get("/api/office/activity?pageSize=50");
    const ofQuote = activity.body.entries.filter(
      (e: { subject: { id: string } | null }) => e.subject?.id === quote.id,
    );
    expect(ofQuote.map((e: { action: string }) => e.action).reverse()).toEqual([
      "quote.created",
      "quote.offer_issued",
      "quote.submitted",
      "quote.accepted",
    ]);
    for (const entry of ofQuote)
      expect(entry.subject).toEqual({ kind: "quote", id: quote.id, name: quote.reference });
    expect(ofQuote.at(0).actor).toEqual({ userId: staff.userId, name: "Sofie Janssens" });
    for (const entry of activity.body.entries) expect(ACTIVITY_ACTIONS).toContain(entry.action);
  });

  it("a refusal needs a message; staff of another insurer do not see the quote", async () => {
    const o = await officeWithProductAccess(server);
    const quote = await submittedQuote(o.admin, o.productId);
    const staff = await signedInStaff(server, "vivium");
    const noMessage = await staff.client.post(`/api/backoffice/quotes/${quote.id}/decision`, {
      decision: "refuse",
    });
    expect(noMessage.status).toBe(400);
    expect(noMessage.body.error.fields.message.code).toBe("REQUIRED");
    // A broker is not staff.
    expect((await o.admin.get(`/api/backoffice/quotes/${quote.id}`)).status).toBe(403);
    // Staff of another insurer: the quote is not in their queue (either tab), nor can they open,
    // print or decide it. The queue reads across offices, so only the insurer filter keeps it out.
    await seedSecondInsurer(server.db);
    const axa = await signedInStaff(server, "axa");
    for (const status of ["submitted", "decided"]) {
      const queue = await axa.client.get(`/api/backoffice/quotes?status=${status}`);
      expect(queue.status).toBe(200);
      expect(queue.body.quotes).toEqual([]);
    }
    expect((await axa.client.get(`/api/backoffice/quotes/${quote.id}`)).status).toBe(404);
    expect((await axa.client.get(`/api/backoffice/quotes/${quote.id}/offer.pdf`)).status).toBe(404);
    const foreign = await axa.client.post(`/api/backoffice/quotes/${quote.id}/decision`, {
      decision: "accept",
      message: "Welkom.",
    });
    expect(foreign.status).toBe(404);

    const refused = await staff.client.post(`/api/backoffice/quotes/${quote.id}/decision`, {
      decision: "refuse",
      message: "Te veel schade in het verleden.",
    });
    expect(refused.body.status).toBe("refused");
    await server.nextMail(o.email, /^Offerte .* geweigerd/);
    // Decided, it is in VIVIUM's decided tab and still in none of AXA's.
    expect((await axa.client.get("/api/backoffice/quotes?status=decided")).body.quotes).toEqual([]);
  });

  it("an offer past its validity date is Vervallen and can no longer be submitted", async () => {
    const o = await officeWithProductAccess(server);
    const q = await newQuote(o.admin, o.productId);
    const saved = await save(o.admin, q.id, 1, completeDraft());
    const offered = await o.admin.post(
      `/api/quotes/${q.id}/transitions`,
      { action: "issueOffer" },
      { "If-Match": `"${saved.body.version}"` },
    );
    await asPlatform(server.db, (tx) =>
      tx.execute(sql`update quote set valid_until = current_date - 1 where id = ${q.id}`),
    );
    const late = await o.admin.post(
      `/api/quotes/${q.id}/transitions`,
      { action: "submit" },
      { "If-Match": `"${offered.body.version}"` },
    );
    expect(late.status).toBe(409);
    expect((await o.admin.get(`/api/quotes/${q.id}`)).body.status).toBe("expired");
    const expiredEvents = () =>
      asPlatform(server.db, (tx) =>
        queryRows<{ subject: string; actor_user_id: string | null }>(
          tx,
          sql`select subject, actor_user_id from audit_event where action = 'quote.expired' and account_id = ${o.accountId}`,
        ),
      );
    // Expired at the submission attempt: the event names who tried.
    expect(await expiredEvents()).toEqual([{ subject: q.id, actor_user_id: o.adminId }]);

    const other = await newQuote(o.admin, o.productId);
    const s2 = await save(o.admin, other.id, 1, completeDraft());
    await o.admin.post(
      `/api/quotes/${other.id}/transitions`,
      { action: "issueOffer" },
      { "If-Match": `"${s2.body.version}"` },
    );
    await asPlatform(server.db, (tx) =>
      tx.execute(sql`update quote set valid_until = current_date - 1 where id = ${other.id}`),
    );
    const today = new Date().toISOString().slice(0, 10);
    expect(await asPlatform(server.db, (tx) => expireOffers(tx, today))).toBeGreaterThanOrEqual(1);
    expect((await o.admin.get(`/api/quotes/${other.id}`)).body.status).toBe("expired");
    // Expired by the sweep: an event without a user.
    expect(await expiredEvents()).toContainEqual({ subject: other.id, actor_user_id: null });
  });

  it("Kopiëren makes a new active quote with the same input and a new number", async () => {
    const o = await officeWithProductAccess(server);
    const quote = await submittedQuote(o.admin, o.productId);
    const copy = await o.admin.post(`/api/quotes/${quote.id}/copy`);
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({
      status: "active",
      draft: quote.draft,
      tariffVersion: "vivium-kmo-2021-06",
    });
    expect(copy.body.reference).not.toBe(quote.reference);

    // The office's data export holds its tarifications, input and offer included.
    const exported = await o.admin.get("/api/office/export");
    const entry = exported.body.quotes.find((q: { id: string }) => q.id === quote.id);
    expect(entry).toMatchObject({
      reference: quote.reference,
      status: "submitted",
      input: { activity: { companyName: "Boulangerie Société Générale" } },
      offer: { result: { totalAnnualCents: expect.any(Number) } },
    });
  });
});

describe("Uw aanvragen, Zoeken and who sees what", () => {
  it("lists the subaccount's quotes; colleagues of other groups and other offices get 404 and find nothing", async () => {
    const o = await officeWithProductAccess(server);
    const q = await newQuote(o.admin, o.productId);
    await save(
      o.admin,
      q.id,
      1,
      completeDraft({
        companyName: "Brasserie Ère Nouvelle",
        street: "Chaussée de Louvain",
        postcode: "1030",
        city: "Schaerbeek",
      }),
    );

    const list = await o.admin.get("/api/quotes?sort=reference&dir=asc");
    expect(list.status).toBe(200);
    expect(list.body.quotes.map((x: { id: string }) => x.id)).toEqual([q.id]);
    expect(list.body.products).toHaveLength(1);
    expect(list.body.intermediaries).toHaveLength(1);

    const found = await o.admin.get(`/api/quotes/search?q=${encodeURIComponent("chaussee louv")}`);
    expect(found.body.quotes.map((x: { id: string }) => x.id)).toEqual([q.id]);
    expect((await o.admin.get("/api/quotes/search?q=ERE%20nouv")).body.quotes).toHaveLength(1);
    expect((await o.admin.get("/api/quotes/search?q=Schaerbeek%20zzz")).body.quotes).toHaveLength(0);
    expect((await o.admin.get("/api/quotes/search?q=proxi")).body.quotes).toHaveLength(0);
    // Operators of tsquery are text like any other.
    expect((await o.admin.get(`/api/quotes/search?q=${encodeURIComponent("a:* & | ! (")}`)).status).toBe(200);

    const gent = (await o.admin.post("/api/office/groups", { name: "Filiaal Gent" })).body.group.id;
    const colleague = await inviteAndAccept(server, o.admin, { groupIds: [gent] });
    expect((await colleague.client.get("/api/quotes/search?q=chaussee")).body.quotes).toEqual([]);
    expect((await colleague.client.get(`/api/quotes/${q.id}`)).status).toBe(404);
    expect((await save(colleague.client, q.id, 2, emptyDraft)).status).toBe(404);
    expect((await colleague.client.post(`/api/quotes/${q.id}/price`, { draft: emptyDraft })).status).toBe(
      404,
    );
    expect((await colleague.client.post(`/api/quotes/${q.id}/copy`)).status).toBe(404);
    expect((await colleague.client.get(`/api/quotes/${q.id}/offer.pdf`)).status).toBe(404);

    const stranger = await officeWithProductAccess(server);
    expect((await stranger.admin.get(`/api/quotes/${q.id}`)).status).toBe(404);
    expect((await stranger.admin.get("/api/quotes/search?q=chaussee")).body.quotes).toEqual([]);
    expect((await stranger.admin.get("/api/quotes")).body.quotes).toEqual([]);

    // A colleague in the Default group sees it.
    const peer = await inviteAndAccept(server, o.admin, { groupIds: [o.defaultGroupId] });
    expect((await peer.client.get(`/api/quotes/${q.id}`)).status).toBe(200);
  });

  it("filters by status and intermediary, sorts, pages, and exports what is shown as CSV", async () => {
    const o = await officeWithProductAccess(server);
    const a = await newQuote(o.admin, o.productId);
    await save(o.admin, a.id, 1, { ...emptyDraft, activity: { companyName: "=HYPERLINK(evil)" } });
    await submittedQuote(o.admin, o.productId);
    const submitted = await o.admin.get("/api/quotes?status=submitted");
    expect(submitted.body.total).toBe(1);
    const paged = await o.admin.get("/api/quotes?pageSize=1&page=2&sort=createdAt&dir=asc");
    expect(paged.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(paged.body.quotes).toHaveLength(1);
    const bad = await o.admin.get("/api/quotes?sort=password");
    expect(bad.status).toBe(400);

    const csv = await o.admin.get("/api/quotes/export.csv?status=active");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const text = String(csv.body);
    expect(text.split("\r\n")[0]).toBe(
      "\uFEFFReferentie;Klant;Gemaakt op;Bijgewerkt op;Tussenpersoon;Product;Status",
    );
    expect(text).toContain(a.reference.replace(/_\d{4}$/, ""));
    expect(text).toContain("'=HYPERLINK(evil)");
    expect(text).not.toContain("Ingediend");
  });

  it("a group with quotes cannot be deleted", async () => {
    const o = await officeWithProductAccess(server);
    const gent = (await o.admin.post("/api/office/groups", { name: "Filiaal Gent" })).body.group.id;
    const q = await newQuote(o.admin, o.productId);
    await asPlatform(server.db, (tx) =>
      tx.execute(sql`update quote set group_id = ${gent} where id = ${q.id}`),
    );
    const res = await o.admin.delete(`/api/office/groups/${gent}`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("GROUP_IN_USE");
    const rows = await asPlatform(server.db, (tx) =>
      queryRows(tx, sql`select count(*)::int as n from account_group where id = ${gent}`),
    );
    expect(rows[0]).toMatchObject({ n: 1 });
  });
});

describe("erasing a client's data", () => {
  it("an admin erases a quote for good, never one the insurer has; nobody else can", async () => {
    const o = await officeWithProductAccess(server);
    const q = await newQuote(o.admin, o.productId);
    await save(o.admin, q.id, 1, completeDraft({ companyName: "Vergeetmij Bakkerij" }));
    const peer = await inviteAndAccept(server, o.admin, { groupIds: [o.defaultGroupId] });
    const stranger = await officeWithProductAccess(server);

    // An intermediary who sees the quote may not erase it; another office does not find it.
    expect((await peer.client.delete(`/api/quotes/${q.id}`)).status).toBe(403);
    expect((await stranger.admin.delete(`/api/quotes/${q.id}`)).status).toBe(404);
    expect((await o.admin.get("/api/quotes/search?q=vergeetmij")).body.quotes).toHaveLength(1);

    expect((await o.admin.delete(`/api/quotes/${q.id}`)).status).toBe(204);
    expect((await o.admin.get(`/api/quotes/${q.id}`)).status).toBe(404);
    expect((await o.admin.get("/api/quotes/search?q=vergeetmij")).body.quotes).toEqual([]);
    expect((await o.admin.delete(`/api/quotes/${q.id}`)).status).toBe(404);
    // The trail keeps that it happened, by whom, without the client's name.
    const erased = (await o.admin.get("/api/office/activity")).body.entries.find(
      (e: { action: string }) => e.action === "quote.erased",
    );
    expect(erased).toMatchObject({
      subject: { kind: "quote", id: q.id, name: "" },
      data: { status: "active" },
    });
    expect(JSON.stringify(erased)).not.toMatch(/Vergeetmij/i);

    // Once submitted, the insurer holds it: erasing is theirs.
    const submitted = await submittedQuote(o.admin, o.productId);
    const refused = await o.admin.delete(`/api/quotes/${submitted.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("QUOTE_AT_INSURER");
    expect((await o.admin.get(`/api/quotes/${submitted.id}`)).status).toBe(200);
  });

  it("erases expired offers once the retention period is over, and only those", async () => {
    const o = await officeWithProductAccess(server);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const q = await newQuote(o.admin, o.productId);
      const saved = await save(o.admin, q.id, 1, completeDraft());
      await o.admin.post(
        `/api/quotes/${q.id}/transitions`,
        { action: "issueOffer" },
        { "If-Match": `"${saved.body.version}"` },
      );
      ids.push(q.id);
    }
    const [old, recent, offer] = ids as [string, string, string];
    await asPlatform(server.db, async (tx) => {
      await tx.execute(
        sql`update quote set status = 'expired', updated_at = now() - interval '31 days' where id = ${old}`,
      );
      await tx.execute(
        sql`update quote set status = 'expired', updated_at = now() - interval '29 days' where id = ${recent}`,
      );
      await tx.execute(sql`update quote set updated_at = now() - interval '90 days' where id = ${offer}`);
    });
    expect(await asPlatform(server.db, (tx) => purgeExpiredQuotes(tx, 30))).toBeGreaterThanOrEqual(1);
    expect((await o.admin.get(`/api/quotes/${old}`)).status).toBe(404);
    expect((await o.admin.get(`/api/quotes/${recent}`)).status).toBe(200);
    expect((await o.admin.get(`/api/quotes/${offer}`)).status).toBe(200);
    const purged = await asPlatform(server.db, (tx) =>
      queryRows(
        tx,
        sql`select subject, actor_user_id, data from audit_event where action = 'quote.purged' and account_id = ${o.accountId}`,
      ),
    );
    expect(purged).toEqual([{ subject: old, actor_user_id: null, data: { retentionDays: 30 } }]);
  });
});
