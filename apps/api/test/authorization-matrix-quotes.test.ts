import { queryRows } from "@courtier/db/client";
import { asPlatform } from "@courtier/db/tenancy";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

/**
 * The visibility rule of the office issue, now on real quotes: every quote route × every identity.
 * A quote lives in a group; only the office's admins and the group's members reach it, insurer
 * staff reach submitted quotes of their own insurer's products only. Target: 0 forbidden
 * successes, and a refused call changes nothing.
 */
let server: TestServer;

type Identity =
  | "anonymous"
  | "admin"
  | "memberOfGroup"
  | "memberOutsideGroup"
  | "disabled"
  | "otherAdmin"
  | "staff"
  | "otherInsurerStaff";
const clients = {} as Record<Identity, TestClient>;
let productId = "";

async function freshQuote(submitted: boolean) {
  const admin = clients.admin;
  const q = (await admin.post("/api/quotes", { productId })).body;
  if (!submitted) return { id: q.id as string, version: q.version as number };
  const saved = await admin.put(
    `/api/quotes/${q.id}`,
    { draft: completeDraft() },
    { "If-Match": `"${q.version}"` },
  );
  const offered = await admin.post(
    `/api/quotes/${q.id}/transitions`,
    { action: "issueOffer" },
    { "If-Match": `"${saved.body.version}"` },
  );
  const done = await admin.post(
    `/api/quotes/${q.id}/transitions`,
    { action: "submit" },
    { "If-Match": `"${offered.body.version}"` },
  );
  return { id: q.id as string, version: done.body.version as number };
}

beforeAll(async () => {
  server = await startTestServer();
  const own = await officeWithProductAccess(server);
  const other = await officeWithProductAccess(server);
  productId = own.productId;
  clients.anonymous = server.client();
  clients.admin = own.admin;
  clients.otherAdmin = other.admin;
  clients.staff = own.staff.client;
  await seedSecondInsurer(server.db);
  clients.otherInsurerStaff = (await signedInStaff(server, "axa")).client;
  const elsewhere = (await own.admin.post("/api/office/groups", { name: "Filiaal Gent" })).body.group.id;
  clients.memberOfGroup = (
    await inviteAndAccept(server, own.admin, { groupIds: [own.defaultGroupId] })
  ).client;
  clients.memberOutsideGroup = (await inviteAndAccept(server, own.admin, { groupIds: [elsewhere] })).client;
  const disabled = await inviteAndAccept(server, own.admin, { groupIds: [own.defaultGroupId] });
  clients.disabled = disabled.client;
  await own.admin.post(`/api/office/members/${disabled.userId}/disable`);
}, 180_000);

afterAll(async () => {
  await server?.close();
});

type Route = {
  name: string;
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: (id: string) => string;
  body?: () => unknown;
  submitted: boolean;
  ifMatch?: boolean;
  allowed: Identity[];
};

const brokers: Identity[] = ["admin", "memberOfGroup"];
const staffOnly: Identity[] = ["staff"];
const routes: Route[] = [
  { name: "open", method: "GET", path: (id) => `/api/quotes/${id}`, submitted: false, allowed: brokers },
  {
    name: "autosave",
    method: "PUT",
    path: (id) => `/api/quotes/${id}`,
    body: () => ({ draft: { activity: { companyName: "Overgenomen" } } }),
    submitted: false,
    ifMatch: true,
    allowed: brokers,
  },
  {
    name: "live premium",
    method: "POST",
    path: (id) => `/api/quotes/${id}/price`,
    body: () => ({ draft: completeDraft() }),
    submitted: false,
    allowed: brokers,
  },
  {
    name: "archive",
    method: "POST",
    path: (id) => `/api/quotes/${id}/transitions`,
    body: () => ({ action: "archive" }),
    submitted: false,
    ifMatch: true,
    allowed: brokers,
  },
  {
    name: "copy",
    method: "POST",
    path: (id) => `/api/quotes/${id}/copy`,
    submitted: false,
    allowed: brokers,
  },
  {
    name: "activities",
    method: "GET",
    path: (id) => `/api/quotes/${id}/activities?q=bak`,
    submitted: false,
    allowed: brokers,
  },
  {
    name: "offer PDF",
    method: "GET",
    path: (id) => `/api/quotes/${id}/offer.pdf`,
    submitted: true,
    allowed: brokers,
  },
  {
    name: "erase",
    method: "DELETE",
    path: (id) => `/api/quotes/${id}`,
    submitted: false,
    allowed: ["admin"],
  },
  {
    name: "back office: open",
    method: "GET",
    path: (id) => `/api/backoffice/quotes/${id}`,
    submitted: true,
    allowed: staffOnly,
  },
  {
    name: "back office: PDF",
    method: "GET",
    path: (id) => `/api/backoffice/quotes/${id}/offer.pdf`,
    submitted: true,
    allowed: staffOnly,
  },
  {
    name: "back office: decide",
    method: "POST",
    path: (id) => `/api/backoffice/quotes/${id}/decision`,
    body: () => ({ decision: "refuse", message: "Niet voor ons." }),
    submitted: true,
    allowed: staffOnly,
  },
];

const identities: Identity[] = [
  "anonymous",
  "admin",
  "memberOfGroup",
  "memberOutsideGroup",
  "disabled",
  "otherAdmin",
  "staff",
  "otherInsurerStaff",
];

const quoteState = () =>
  asPlatform(server.db, (tx) =>
    queryRows(tx, sql`select id, version, status, draft, group_id from quote order by id`),
  );

describe("quotes: routes × identities", () => {
  for (const route of routes) {
    it(`${route.name}: only ${route.allowed.join(", ")}`, async () => {
      let forbiddenSuccesses = 0;
      for (const who of identities) {
        const quote = await freshQuote(route.submitted);
        const before = await quoteState();
        const headers = route.ifMatch ? { "If-Match": `"${quote.version}"` } : undefined;
        const body = route.body?.();
        const client = clients[who];
        const res =
          route.method === "GET"
            ? await client.get(route.path(quote.id), headers)
            : route.method === "PUT"
              ? await client.put(route.path(quote.id), body, headers)
              : route.method === "DELETE"
                ? await client.delete(route.path(quote.id))
                : await client.post(route.path(quote.id), body, headers);
        if (route.allowed.includes(who)) {
          expect(res.status, `${who} ${route.name}`).toBeLessThan(300);
        } else {
          if (res.status < 400) forbiddenSuccesses++;
          expect([401, 403, 404], `${who} ${route.name}: ${res.status}`).toContain(res.status);
          expect(await quoteState(), `${who} ${route.name} changed data`).toEqual(before);
        }
      }
      expect(forbiddenSuccesses).toBe(0);
    }, 120_000);
  }

  it("the list and the search of one office never show another office's or group's quotes", async () => {
    const quote = await freshQuote(false);
    await clients.admin.put(
      `/api/quotes/${quote.id}`,
      { draft: { activity: { companyName: "Zichtbaarheidstest" } } },
      { "If-Match": `"${quote.version}"` },
    );
    const seen = async (who: Identity) => {
      const list = (await clients[who].get("/api/quotes?pageSize=100")).body.quotes ?? [];
      const found = (await clients[who].get("/api/quotes/search?q=zichtbaarheid")).body.quotes ?? [];
      return [...list, ...found].some((q: { id: string }) => q.id === quote.id);
    };
    expect(await seen("admin")).toBe(true);
    expect(await seen("memberOfGroup")).toBe(true);
    expect(await seen("memberOutsideGroup")).toBe(false);
    expect(await seen("otherAdmin")).toBe(false);
    expect((await clients.anonymous.get("/api/quotes")).status).toBe(401);
    expect((await clients.disabled.get("/api/quotes")).status).toBe(401);
  });
});
