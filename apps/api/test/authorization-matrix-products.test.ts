import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  inviteAndAccept,
  registration,
  seedSecondInsurer,
  signedInStaff,
  startTestServer,
  type TestClient,
  type TestServer,
  tableContents,
} from "./harness.ts";

/**
 * Product access routes × anonymous, broker admin, broker intermediary, another office's admin,
 * staff of this insurer, staff of another insurer (on its host and on this one). 0 forbidden successes.
 */
let server: TestServer;
let productId = "";
let pendingId = "";
let groupA = "";
type Who =
  | "anonymous"
  | "brokerAdmin"
  | "brokerIntermediary"
  | "otherOfficeAdmin"
  | "viviumStaff"
  | "axaStaff"
  | "axaStaffOnViviumHost";
const clients = {} as Record<Who, TestClient>;

const hostClient = (slug: string | null) => server.hostClient(slug);
const staff = async (slug: string) => (await signedInStaff(server, slug, "admin")).client;

/** The same session cookie, used on another host (as a stolen or copied cookie would be). */
function onHost(from: TestClient, slug: string | null) {
  const c = hostClient(slug);
  for (const [k, v] of from.cookies) c.cookies.set(k, v);
  return c;
}

beforeAll(async () => {
  server = await startTestServer();
  productId = (await server.client().get("/api/platform")).body.products[0].id;
  await seedSecondInsurer(server.db);
  const admin = server.client();
  await admin.post("/api/register", registration());
  groupA = (await admin.post("/api/office/groups", { name: "A" })).body.group.id;
  pendingId = (
    await admin.post("/api/integrations", { productId, groupIds: [groupA], producerNumber: "1357" })
  ).body.id;
  const { client: intermediary } = await inviteAndAccept(server, admin, { groupIds: [groupA] });
  const other = server.client();
  await other.post("/api/register", registration());

  clients.anonymous = hostClient("vivium");
  clients.brokerAdmin = onHost(admin, "vivium");
  clients.brokerIntermediary = onHost(intermediary, "vivium");
  clients.otherOfficeAdmin = onHost(other, "vivium");
  clients.viviumStaff = await staff("vivium");
  clients.axaStaff = await staff("axa");
  clients.axaStaffOnViviumHost = onHost(clients.axaStaff, "vivium");
}, 120_000);

afterAll(async () => {
  await server?.close();
});

type Route = {
  method: string;
  path: () => string;
  body?: () => unknown;
  refuse: Partial<Record<Who, number[]>>;
};

const routes: Route[] = [
  {
    method: "POST",
    path: () => "/api/integrations",
    body: () => ({ productId, groupIds: [groupA], producerNumber: "2468" }),
    refuse: {
      anonymous: [401],
      brokerIntermediary: [403],
      otherOfficeAdmin: [400], // group A is not theirs: unknown group
      viviumStaff: [401],
      axaStaff: [401],
      axaStaffOnViviumHost: [401],
    },
  },
  {
    method: "GET",
    path: () => "/api/integrations",
    refuse: { anonymous: [401], viviumStaff: [401], axaStaff: [401], axaStaffOnViviumHost: [401] },
  },
  {
    method: "GET",
    path: () => "/api/backoffice/requests",
    refuse: {
      anonymous: [401],
      brokerAdmin: [403],
      brokerIntermediary: [403],
      otherOfficeAdmin: [403],
      axaStaffOnViviumHost: [403],
    },
  },
  {
    method: "POST",
    path: () => `/api/backoffice/requests/${pendingId}/decision`,
    body: () => ({ decision: "accept" }),
    refuse: {
      anonymous: [401],
      brokerAdmin: [403],
      brokerIntermediary: [403],
      otherOfficeAdmin: [403],
      axaStaff: [404],
      axaStaffOnViviumHost: [403],
    },
  },
  {
    method: "POST",
    path: () => `/api/backoffice/requests/${pendingId}/revoke`,
    body: () => ({ reason: "x" }),
    refuse: {
      anonymous: [401],
      brokerAdmin: [403],
      brokerIntermediary: [403],
      otherOfficeAdmin: [403],
      axaStaff: [404],
      axaStaffOnViviumHost: [403],
    },
  },
  {
    method: "PATCH",
    path: () => "/api/backoffice/me",
    body: () => ({ language: "fr" }),
    refuse: {
      anonymous: [401],
      brokerAdmin: [403],
      brokerIntermediary: [403],
      otherOfficeAdmin: [403],
      axaStaffOnViviumHost: [403],
    },
  },
  {
    method: "GET",
    path: () => "/api/backoffice/staff",
    refuse: {
      anonymous: [401],
      brokerAdmin: [403],
      brokerIntermediary: [403],
      otherOfficeAdmin: [403],
      axaStaffOnViviumHost: [403],
    },
  },
  {
    method: "POST",
    path: () => "/api/backoffice/staff",
    body: () => ({ name: "X", email: `x.${Math.random()}@x.be` }),
    refuse: {
      anonymous: [401],
      brokerAdmin: [403],
      brokerIntermediary: [403],
      otherOfficeAdmin: [403],
      axaStaffOnViviumHost: [403],
    },
  },
];

const snapshot = () =>
  tableContents(server.db, ["integration", "integration_group", "insurer_staff", "user"]);

describe("product access authorization matrix", () => {
  it("refuses every caller the routes are not for, with the right status, changing nothing", async () => {
    const before = await snapshot();
    const problems: string[] = [];
    let checked = 0;
    for (const route of routes) {
      for (const [who, statuses] of Object.entries(route.refuse) as [Who, number[]][]) {
        const res = await clients[who].call(
          route.method,
          route.path(),
          route.body?.() ?? (route.method === "GET" ? undefined : {}),
        );
        checked++;
        if (!statuses.includes(res.status))
          problems.push(`${route.method} ${route.path()} as ${who} → ${res.status}`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(35);
    expect(await snapshot()).toBe(before);
  }, 120_000);
});
