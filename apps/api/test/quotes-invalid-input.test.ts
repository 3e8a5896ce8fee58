import {
  createQuoteSchema,
  insurerDecisionSchema,
  priceQuoteSchema,
  saveQuoteSchema,
  transitionSchema,
} from "@courtier/contracts/quotes";
import { queryRows } from "@courtier/db/client";
import { asPlatform } from "@courtier/db/tenancy";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  asParsed,
  completeDraft,
  officeWithProductAccess,
  onTheWire,
  signedInStaff,
  startTestServer,
  type TestClient,
  type TestServer,
} from "./harness.ts";

let server: TestServer;
let broker: TestClient;
let staff: TestClient;
let draftId = "";
let submittedId = "";

beforeAll(async () => {
  server = await startTestServer();
  const o = await officeWithProductAccess(server);
  broker = o.admin;
  draftId = (await broker.post("/api/quotes", { productId: o.productId })).body.id;
  const s = (await broker.post("/api/quotes", { productId: o.productId })).body;
  const saved = await broker.put(
    `/api/quotes/${s.id}`,
    { draft: completeDraft() },
    { "If-Match": `"${s.version}"` },
  );
  const offered = await broker.post(
    `/api/quotes/${s.id}/transitions`,
    { action: "issueOffer" },
    { "If-Match": `"${saved.body.version}"` },
  );
  await broker.post(
    `/api/quotes/${s.id}/transitions`,
    { action: "submit" },
    { "If-Match": `"${offered.body.version}"` },
  );
  submittedId = s.id;
  staff = (await signedInStaff(server, "vivium")).client;
});
afterAll(async () => {
  await server?.close();
});

/** Every quote's version and status, and the product counters: any write shows up here. */
const snapshot = () =>
  asPlatform(server.db, async (tx) => ({
    quotes: await queryRows(tx, sql`select id, version, status, draft from quote order by id`),
    counters: await queryRows(tx, sql`select id, last_quote_sequence from product order by id`),
  }));

const writes: {
  name: string;
  method: "POST" | "PUT";
  path: () => string;
  schema: z.ZodType;
  client: () => TestClient;
  headers?: () => Record<string, string>;
}[] = [
  {
    name: "Nieuw",
    method: "POST",
    path: () => "/api/quotes",
    schema: createQuoteSchema,
    client: () => broker,
  },
  {
    name: "autosave",
    method: "PUT",
    path: () => `/api/quotes/${draftId}`,
    schema: saveQuoteSchema,
    client: () => broker,
    headers: () => ({ "If-Match": '"1"' }),
  },
  {
    name: "live premium",
    method: "POST",
    path: () => `/api/quotes/${draftId}/price`,
    schema: priceQuoteSchema,
    client: () => broker,
  },
  {
    name: "transition",
    method: "POST",
    path: () => `/api/quotes/${draftId}/transitions`,
    schema: transitionSchema,
    client: () => broker,
    headers: () => ({ "If-Match": '"1"' }),
  },
  {
    name: "insurer decision",
    method: "POST",
    path: () => `/api/backoffice/quotes/${submittedId}/decision`,
    schema: insurerDecisionSchema,
    client: () => staff,
  },
];

const draftKeys = ["activity", "coverages", "claims", "workAccidents", "property", "summary", "x"];
const invalidPayload = fc.oneof(
  fc.anything(),
  fc.dictionary(fc.constantFrom("draft", "action", "decision", "message", "productId", "x"), fc.anything()),
  fc.record({ draft: fc.dictionary(fc.constantFrom(...draftKeys), fc.anything()) }),
  fc.record({
    draft: fc.record({
      activity: fc.record({
        blueCollarCount: fc.oneof(fc.double(), fc.integer({ min: -1000, max: -1 }), fc.string()),
        postcode: fc.string({ minLength: 5 }),
        companyName: fc.string({ minLength: 121, maxLength: 300 }),
      }),
    }),
  }),
  fc.record({
    action: fc.string(),
    decision: fc.string(),
    message: fc.string({ minLength: 2001, maxLength: 2100 }),
  }),
  fc.string().map((s) => `{${s}`),
);

describe("invalid input to the tarification routes never breaks the server or changes data", () => {
  it.each(writes)(
    "$name ($method): 100 invalid payloads, no 5xx, no rows written",
    async ({ method, path, schema, client, headers }) => {
      const before = await snapshot();
      await fc.assert(
        fc.asyncProperty(
          invalidPayload.filter((p) => !schema.safeParse(asParsed(p)).success),
          async (payload) => {
            const res = await client().call(method, path(), onTheWire(payload), headers?.());
            expect(res.status).toBeGreaterThanOrEqual(400);
            expect(res.status).toBeLessThan(500);
            expect(res.body?.error?.code).toEqual(expect.any(String));
          },
        ),
        { numRuns: 100 },
      );
      expect(await snapshot()).toEqual(before);
    },
    120_000,
  );
});
