import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  inviteAndAccept,
  officeWithProductAccess,
  signedInSupport,
  startTestServer,
  type TestClient,
  type TestServer,
} from "./harness.ts";

/**
 * Every route the server registers, read from its own API description, called by each kind of
 * caller it is not for: none gets through. The matrices test objects and outcomes route by route;
 * this one cannot miss a route, because a new route appears in the description by itself.
 */
let server: TestServer;
type Caller = "anonymous" | "disabled" | "intermediary" | "admin" | "support";
const callers = {} as Record<Caller, TestClient>;

beforeAll(async () => {
  server = await startTestServer();
  const office = await officeWithProductAccess(server);
  callers.anonymous = server.client();
  callers.admin = office.admin;
  callers.intermediary = (
    await inviteAndAccept(server, office.admin, { groupIds: [office.defaultGroupId] })
  ).client;
  const disabled = await inviteAndAccept(server, office.admin, { groupIds: [office.defaultGroupId] });
  callers.disabled = disabled.client;
  await office.admin.post(`/api/office/members/${disabled.userId}/disable`);
  callers.support = (await signedInSupport(server)).client;
}, 120_000);

afterAll(async () => {
  await server?.close();
});

/** Who must be refused, per stated access. Staff routes are also refused on the platform host. */
const refused: Record<string, Caller[]> = {
  session: ["anonymous", "disabled", "support"],
  admin: ["anonymous", "disabled", "support", "intermediary"],
  staff: ["anonymous", "disabled", "support", "intermediary", "admin"],
  support: ["anonymous", "disabled", "intermediary", "admin"],
};

describe("every route, read from the API description", () => {
  it("refuses each caller its stated access does not include, before doing anything", async () => {
    const doc = (await server.client().get("/api/openapi.json")).body as {
      paths: Record<string, Record<string, { "x-access": string }>>;
    };
    const problems: string[] = [];
    let checked = 0;
    for (const [template, methods] of Object.entries(doc.paths)) {
      const path = template.replace(/\{\w+\}/g, () => randomUUID());
      for (const [method, op] of Object.entries(methods)) {
        for (const who of refused[op["x-access"]] ?? []) {
          const body = ["post", "put", "patch"].includes(method) ? {} : undefined;
          const res = await callers[who].call(method.toUpperCase(), path, body);
          checked++;
          // Without a (valid) session: 401. Signed in as the wrong kind of user: 401 or 403, never a
          // 404, which would mean the object was looked up before the caller was checked.
          const expected = who === "anonymous" || who === "disabled" ? [401] : [401, 403];
          if (!expected.includes(res.status))
            problems.push(`${who} ${method.toUpperCase()} ${template} (${op["x-access"]}): ${res.status}`);
        }
      }
    }
    expect(problems).toEqual([]);
    // Guards the guard: the description really lists the routes (more than 80 calls checked).
    expect(checked).toBeGreaterThan(80);
  });
});
