import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  inviteAndAccept,
  registration,
  startTestServer,
  type TestClient,
  type TestServer,
  tableContents,
} from "./harness.ts";

/**
 * Every route of the office structure × every identity × own and foreign objects. A refused call
 * must be refused with the right status and change nothing; the target is 0 forbidden successes.
 */
let server: TestServer;

type Identity =
  | "anonymous"
  | "admin"
  | "memberOfGroup"
  | "memberOutsideGroup"
  | "disabled"
  | "otherAdmin"
  | "otherUser";
const clients = {} as Record<Identity, TestClient>;
const ids = {} as {
  user: string;
  group: string;
  foreignUser: string;
  foreignGroup: string;
  invited: string;
  foreignInvited: string;
};

async function register() {
  const client = server.client();
  const res = await client.post("/api/register", registration());
  return { client, accountId: res.body.office.id as string, userId: res.body.user.id as string };
}

async function invite(admin: TestClient, groupIds: string[], accept: boolean) {
  if (accept) return inviteAndAccept(server, admin, { groupIds });
  const email = `matrix.${Math.random().toString(36).slice(2)}@kantoor.be`;
  const res = await admin.post("/api/office/invitations", {
    firstName: "M",
    lastName: "X",
    email,
    language: "nl",
    groupIds,
  });
  return { userId: res.body.userId as string, client: server.client() };
}

beforeAll(async () => {
  server = await startTestServer();
  const own = await register();
  const other = await register();
  clients.admin = own.client;
  clients.otherAdmin = other.client;
  clients.anonymous = server.client();
  ids.group = (await own.client.post("/api/office/groups", { name: "Team A" })).body.group.id;
  const groupB = (await own.client.post("/api/office/groups", { name: "Team B" })).body.group.id;
  ids.foreignGroup = (await other.client.post("/api/office/groups", { name: "Foreign" })).body.group.id;
  const inGroup = await invite(own.client, [ids.group], true);
  clients.memberOfGroup = inGroup.client;
  ids.user = inGroup.userId;
  clients.memberOutsideGroup = (await invite(own.client, [groupB], true)).client;
  const disabled = await invite(own.client, [ids.group], true);
  clients.disabled = disabled.client;
  await own.client.post(`/api/office/members/${disabled.userId}/disable`);
  const otherUser = await invite(other.client, [], true);
  clients.otherUser = otherUser.client;
  ids.foreignUser = otherUser.userId;
  ids.invited = (await invite(own.client, [], false)).userId;
  ids.foreignInvited = (await invite(other.client, [], false)).userId;
}, 120_000);

afterAll(async () => {
  await server?.close();
});

type Route = {
  method: string;
  path: (o: { user: string; group: string; invited: string }) => string;
  body?: (o: { group: string }) => unknown;
  /** Who may call it on the office's own objects. */
  allowed: Identity[];
};

const everyone: Identity[] = ["admin", "memberOfGroup", "memberOutsideGroup"];
const admins: Identity[] = ["admin"];

const routes: Route[] = [
  { method: "GET", path: () => "/api/office", allowed: everyone },
  { method: "GET", path: () => "/api/office/members", allowed: everyone },
  { method: "GET", path: (o) => `/api/office/members/${o.user}`, allowed: everyone },
  { method: "GET", path: () => "/api/office/groups", allowed: everyone },
  { method: "GET", path: (o) => `/api/office/groups/${o.group}`, allowed: everyone },
  { method: "GET", path: () => "/api/office/activity", allowed: admins },
  { method: "GET", path: () => "/api/office/export", allowed: admins },
  {
    method: "POST",
    path: () => "/api/office/invitations",
    body: () => ({ firstName: "N", lastName: "N", email: `n.${Math.random()}@x.be`, language: "nl" }),
    allowed: admins,
  },
  { method: "POST", path: (o) => `/api/office/members/${o.invited}/invitation/resend`, allowed: admins },
  { method: "DELETE", path: (o) => `/api/office/members/${o.invited}/invitation`, allowed: admins },
  {
    method: "POST",
    path: (o) => `/api/office/members/${o.user}/role`,
    body: () => ({ role: "admin" }),
    allowed: admins,
  },
  { method: "POST", path: (o) => `/api/office/members/${o.user}/disable`, allowed: admins },
  { method: "POST", path: (o) => `/api/office/members/${o.user}/enable`, allowed: admins },
  {
    method: "POST",
    path: (o) => `/api/office/members/${o.user}/groups`,
    body: (o) => ({ groupId: o.group }),
    allowed: admins,
  },
  { method: "DELETE", path: (o) => `/api/office/members/${o.user}/groups/${o.group}`, allowed: admins },
  {
    method: "POST",
    path: () => "/api/office/groups",
    body: () => ({ name: `G ${Math.random()}` }),
    allowed: admins,
  },
  {
    method: "PATCH",
    path: (o) => `/api/office/groups/${o.group}`,
    body: () => ({ name: "Renamed" }),
    allowed: admins,
  },
  { method: "DELETE", path: (o) => `/api/office/groups/${o.group}`, allowed: admins },
  { method: "DELETE", path: (o) => `/api/office/groups/${o.group}/logo`, allowed: admins },
  {
    method: "GET",
    path: (o) => `/api/office/groups/${o.group}/logo`,
    allowed: [] /* no logo: 404 for all */,
  },
  {
    method: "POST",
    path: () => "/api/me/subaccount",
    body: (o) => ({ groupId: o.group }),
    allowed: ["admin", "memberOfGroup"],
  },
];

const snapshot = () =>
  tableContents(server.db, [
    "membership",
    "account_group",
    "account_group_member",
    "invitation",
    "user",
    "credential",
  ]);

/** What a refused call must answer. */
function expectedRefusal(identity: Identity, route: Route, foreign: boolean): number[] {
  if (identity === "anonymous" || identity === "disabled") return [401];
  const adminOnly = route.allowed.length === 1 && route.allowed[0] === "admin";
  const isAdmin = identity === "admin" || identity === "otherAdmin";
  if (adminOnly && !isAdmin) return [403];
  const usesObject = /\$\{|members\/|groups\/|subaccount/.test(route.path.toString());
  if (foreign || identity === "otherAdmin" || identity === "otherUser")
    return usesObject ? [404] : [403, 404];
  return [403, 404];
}

describe("authorization matrix", () => {
  it("grants no forbidden success on any route, identity or object, and refused calls change nothing", async () => {
    const before = await snapshot();
    const forbiddenSuccesses: string[] = [];
    const wrongStatus: string[] = [];
    let checked = 0;
    const identities = Object.keys(clients) as Identity[];
    const ours = { user: ids.user, group: ids.group, invited: ids.invited };
    const theirs = { user: ids.foreignUser, group: ids.foreignGroup, invited: ids.foreignInvited };
    for (const route of routes) {
      const objectFree =
        !/\$\{o\./.test(route.path.toString()) && !route.body?.toString().includes("o.group");
      for (const identity of identities) {
        const fromOtherOffice = identity === "otherAdmin" || identity === "otherUser";
        // The objects of the caller's own office, then (for routes about an object) another office's.
        const cases = objectFree
          ? [{ objects: ours, foreign: false }]
          : [
              { objects: fromOtherOffice ? theirs : ours, foreign: false },
              { objects: fromOtherOffice ? ours : theirs, foreign: true },
            ];
        for (const { objects, foreign } of cases) {
          const role: Identity =
            identity === "otherAdmin" ? "admin" : identity === "otherUser" ? "memberOutsideGroup" : identity;
          // Allowed on one's own office: proven by the behaviour tests, and changes state.
          if (!foreign && route.allowed.includes(role)) continue;
          // Another office's people on their own group: their membership of it is not ours to predict.
          if (!foreign && fromOtherOffice) continue;
          const path = route.path(objects);
          const body = route.body
            ? route.body(objects)
            : route.method === "GET" || route.method === "DELETE"
              ? undefined
              : {};
          const res = await clients[identity].call(route.method, path, body);
          checked++;
          const label = `${route.method} ${path} as ${identity} on ${foreign ? "foreign" : "own"} → ${res.status}`;
          if (res.status < 400) forbiddenSuccesses.push(label);
          else if (!expectedRefusal(identity, route, foreign).includes(res.status)) wrongStatus.push(label);
        }
      }
    }
    expect(forbiddenSuccesses).toEqual([]);
    expect(wrongStatus).toEqual([]);
    expect(checked).toBeGreaterThan(120);
    expect(await snapshot()).toBe(before);
  }, 180_000);
});
