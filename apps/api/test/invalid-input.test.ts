import {
  changeEmailSchema,
  changePasswordSchema,
  emailVerificationSchema,
  forgotPasswordSchema,
  profileSchema,
  registerSchema,
  resetPasswordSchema,
  signInSchema,
} from "@courtier/contracts/auth";
import { languageSettingsSchema } from "@courtier/contracts/fields";
import {
  accessRequestSchema,
  decisionSchema,
  revokeSchema,
  staffInviteSchema,
} from "@courtier/contracts/integrations";
import {
  acceptInvitationSchema,
  groupRefSchema,
  groupSchema,
  inviteUserSchema,
  setRoleSchema,
  subaccountSchema,
} from "@courtier/contracts/office";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  asParsed,
  onTheWire,
  registration,
  signedInStaff,
  startTestServer,
  type TestClient,
  type TestServer,
  tableContents,
} from "./harness.ts";

let server: TestServer;
let signedIn: TestClient;
beforeAll(async () => {
  server = await startTestServer();
  signedIn = server.client();
  const created = await signedIn.post("/api/register", registration());
  expect(created.status).toBe(201);
  defaultGroup = created.body.subaccount.id;
  selfId = created.body.user.id;
  const productId = (await signedIn.get("/api/platform")).body.products[0].id;
  pendingId = (
    await signedIn.post("/api/integrations", { productId, groupIds: [defaultGroup], producerNumber: "1234" })
  ).body.id;
  staffClient = (await signedInStaff(server, "vivium", "admin")).client;
});
afterAll(async () => {
  await server?.close();
});

let defaultGroup = "";
let staffClient: TestClient;
let pendingId = "";
let selfId = "";
/** The contracts of the routes, so a generated payload that happens to be valid is left out. */
const contracts: z.ZodType[] = [
  registerSchema,
  signInSchema,
  forgotPasswordSchema,
  resetPasswordSchema,
  emailVerificationSchema,
  profileSchema,
  changeEmailSchema,
  changePasswordSchema,
  inviteUserSchema,
  acceptInvitationSchema,
  groupSchema,
  setRoleSchema,
  groupRefSchema,
  subaccountSchema,
  accessRequestSchema,
  decisionSchema,
  revokeSchema,
  staffInviteSchema,
  languageSettingsSchema,
];
const validForSomeRoute = (payload: unknown) => contracts.some((c) => c.safeParse(asParsed(payload)).success);

const writes: {
  method: "POST" | "PATCH";
  path: string | (() => string);
  authenticated: boolean;
  staff?: boolean;
}[] = [
  { method: "POST", path: "/api/register", authenticated: false },
  { method: "POST", path: "/api/session", authenticated: false },
  { method: "POST", path: "/api/password/forgot", authenticated: false },
  { method: "POST", path: "/api/password/reset", authenticated: false },
  { method: "POST", path: "/api/email-verification", authenticated: false },
  { method: "PATCH", path: "/api/me", authenticated: true },
  { method: "POST", path: "/api/me/email", authenticated: true },
  { method: "POST", path: "/api/me/password", authenticated: true },
  { method: "POST", path: "/api/office/invitations", authenticated: true },
  { method: "POST", path: "/api/invitations/accept", authenticated: false },
  { method: "POST", path: "/api/office/groups", authenticated: true },
  { method: "PATCH", path: () => `/api/office/groups/${defaultGroup}`, authenticated: true },
  { method: "POST", path: () => `/api/office/members/${selfId}/role`, authenticated: true },
  { method: "POST", path: () => `/api/office/members/${selfId}/groups`, authenticated: true },
  { method: "POST", path: "/api/me/subaccount", authenticated: true },
  { method: "POST", path: "/api/integrations", authenticated: true },
  { method: "POST", path: "/api/backoffice/session", authenticated: false },
  {
    method: "POST",
    path: () => `/api/backoffice/requests/${pendingId}/decision`,
    authenticated: true,
    staff: true,
  },
  {
    method: "POST",
    path: () => `/api/backoffice/requests/${pendingId}/revoke`,
    authenticated: true,
    staff: true,
  },
  { method: "POST", path: "/api/backoffice/staff", authenticated: true, staff: true },
  { method: "PATCH", path: "/api/backoffice/me", authenticated: true, staff: true },
];

// Payloads that are wrong in every way a client can be: wrong types, wrong shapes, garbage text.
const invalidPayload = fc.oneof(
  fc.anything(),
  fc.dictionary(
    fc.constantFrom(
      "email",
      "password",
      "firstName",
      "language",
      "token",
      "newEmail",
      "name",
      "groupId",
      "role",
      "decision",
      "reason",
      "producerNumber",
      "x",
    ),
    fc.anything(),
  ),
  fc.string().map((s) => `{${s}`),
  fc.record({
    firstName: fc.string(),
    lastName: fc.string(),
    language: fc.string({ maxLength: 3 }).filter((l) => !["nl", "fr", "en"].includes(l)),
  }),
);

describe("invalid input never breaks the server or changes data", () => {
  it.each(writes)(
    "$method $path: 100 invalid payloads, no 5xx, no rows written or changed",
    async ({ method, path: route, authenticated, staff }) => {
      const path = typeof route === "function" ? route() : route;
      const tables = [
        "user",
        "account",
        "membership",
        "credential",
        "account_group",
        "account_group_member",
        "invitation",
        "integration",
        "insurer_staff",
      ];
      const before = await tableContents(server.db, tables);
      const me = (await signedIn.get("/api/me")).body;
      await fc.assert(
        fc.asyncProperty(
          invalidPayload.filter((p) => !validForSomeRoute(p)),
          async (payload) => {
            const client = staff ? staffClient : authenticated ? signedIn : server.client();
            const res = await client.call(method, path, onTheWire(payload));
            expect(res.status).toBeGreaterThanOrEqual(400);
            expect(res.status).toBeLessThan(500);
            expect(res.body?.error?.code).toEqual(expect.any(String));
          },
        ),
        { numRuns: 100 },
      );
      expect(await tableContents(server.db, tables)).toEqual(before);
      expect((await signedIn.get("/api/me")).body).toEqual(me);
    },
    120_000,
  );
});
