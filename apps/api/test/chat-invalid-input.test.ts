import {
  chatMessageSchema,
  handoverSchema,
  presenceSchema,
  supportReplySchema,
  supportSignInSchema,
} from "@courtier/contracts/chat";
import { languageSettingsSchema } from "@courtier/contracts/fields";
import { queryRows } from "@courtier/db/client";
import { asPlatform } from "@courtier/db/tenancy";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  asParsed,
  onTheWire,
  registration,
  signedInSupport,
  startTestServer,
  type TestClient,
  type TestServer,
} from "./harness.ts";

let server: TestServer;
let broker: TestClient;
let support: TestClient;
let conversationId = "";

beforeAll(async () => {
  server = await startTestServer({
    rateLimits: {
      ...(await import("#src/config.ts")).defaultRateLimits,
      // The flood rule has its own test; here every payload must reach validation.
      chatMessagesPerUser: { max: 10_000, windowSeconds: 60 },
    },
  });
  broker = server.client();
  await broker.post("/api/register", registration());
  await broker.post("/api/chat/messages", { text: "Vraag", page: "/" });
  conversationId = (await broker.post("/api/chat/handover", { page: "/" })).body.conversation.id;
  support = (await signedInSupport(server)).client;
});
afterAll(async () => {
  await server?.close();
});

const snapshot = () =>
  asPlatform(server.db, async (tx) => ({
    conversations: await queryRows(tx, sql`select id, status, page, mailed_at from conversation order by id`),
    messages: await queryRows(tx, sql`select count(*)::int as n from chat_message`),
    agents: await queryRows(tx, sql`select user_id, online from support_agent order by user_id`),
    languages: await queryRows(tx, sql`select id, language from "user" order by id`),
  }));

const writes: {
  name: string;
  method?: "POST" | "PATCH";
  path: () => string;
  schema: z.ZodType;
  client: () => TestClient;
}[] = [
  { name: "message", path: () => "/api/chat/messages", schema: chatMessageSchema, client: () => broker },
  { name: "handover", path: () => "/api/chat/handover", schema: handoverSchema, client: () => broker },
  {
    name: "support reply",
    path: () => `/api/support/conversations/${conversationId}/messages`,
    schema: supportReplySchema,
    client: () => support,
  },
  { name: "presence", path: () => "/api/support/presence", schema: presenceSchema, client: () => support },
  {
    name: "support language",
    method: "PATCH",
    path: () => "/api/support/me",
    schema: languageSettingsSchema,
    client: () => support,
  },
  {
    name: "support sign-in",
    path: () => "/api/support/session",
    schema: supportSignInSchema,
    client: () => server.client(),
  },
];

const invalidPayload = fc.oneof(
  fc.anything(),
  fc.dictionary(
    fc.constantFrom("text", "page", "online", "email", "password", "language", "x"),
    fc.anything(),
  ),
  fc.record({
    text: fc.oneof(fc.constant(""), fc.constant("   "), fc.string({ minLength: 2001, maxLength: 2100 })),
  }),
  fc.record({ text: fc.string(), page: fc.webUrl() }),
  fc.string().map((s) => `{${s}`),
);

describe("invalid input to the chat never breaks the server or changes data", () => {
  it.each(writes)(
    "$name: 100 invalid payloads, no 5xx, no rows written",
    async ({ method = "POST", path, schema, client }) => {
      const before = await snapshot();
      await fc.assert(
        fc.asyncProperty(
          invalidPayload.filter((p) => !schema.safeParse(asParsed(p)).success),
          async (payload) => {
            const res = await client().call(method, path(), onTheWire(payload));
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
