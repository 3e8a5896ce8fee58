import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  confirmAddress,
  countRows,
  linkIn,
  registration,
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

describe("registering a broker office", () => {
  it("creates the office with its admin and Default group, signs the user in and mails a verification link", async () => {
    const client = server.client();
    const input = registration({ email: "Welcome.Test@PVGroup.be" });
    const created = await client.post("/api/register", input);
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({
      firstName: "Clémentine",
      email: "welcome.test@pvgroup.be",
      initials: "CC",
    });
    expect(created.body.office).toMatchObject({
      commercialName: "Cazelles Verzekeringen",
      enterpriseNumber: "0123456749",
      role: "admin",
    });
    expect(created.body.subaccount.name).toBe("Default");

    const cookie = created.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/courtier\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const me = await client.get("/api/me");
    expect(me.status).toBe(200);
    expect(me.body.user.emailVerified).toBe(false);

    const office = await client.get("/api/office");
    expect(office.body.groups).toEqual([
      {
        id: created.body.subaccount.id,
        name: "Default",
        isDefault: true,
        memberCount: 1,
        integrationCount: 0,
      },
    ]);

    const mails = await server.flushMail();
    const welcome = mails.find((m) => m.to === "welcome.test@pvgroup.be");
    expect(welcome?.subject).toContain("Welkom");
    expect(welcome?.html).toContain("<a href=");
    // The mailed link opens a page and changes nothing by being opened (mail scanners open links).
    const verify = linkIn(welcome!, /http:\/\/\S+\/verify-email\?token=\S+/);
    expect(new URL(verify).pathname).toBe("/verify-email");
    const token = new URL(verify).searchParams.get("token")!;
    const olderLink = await client.get(`/api/auth/verify-email?token=${token}&callbackURL=%2Fprofile`);
    expect(olderLink.status).toBe(302);
    expect(olderLink.headers.get("location")).toBe(`/verify-email?token=${token}`);
    expect((await client.get("/api/me")).body.user.emailVerified).toBe(false);

    expect((await confirmAddress(client, welcome!)).status).toBe(204);
    expect((await client.get("/api/me")).body.user.emailVerified).toBe(true);
    const forged = await client.post("/api/email-verification", { token: `${token.slice(0, -4)}AAAA` });
    expect(forged.status).toBe(400);
    expect(forged.body.error.code).toBe("VERIFICATION_LINK_INVALID");
  });

  it.each(["BE0123456749", "0123.456.749", "0123456749"])(
    "accepts the enterprise number written as %s",
    async (enterpriseNumber) => {
      const created = await server.client().post("/api/register", registration({ enterpriseNumber }));
      expect(created.status).toBe(201);
      expect(created.body.office.enterpriseNumber).toBe("0123456749");
    },
  );

  it("refuses a wrong enterprise number with a per-field message in the user's language and writes nothing", async () => {
    const before = await countRows(server.db, "user");
    const client = server.client();
    client.language = "fr";
    const refused = await client.post(
      "/api/register",
      registration({ enterpriseNumber: "0123.456.748", postcode: "999" }),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("VALIDATION_FAILED");
    expect(refused.body.error.fields.enterpriseNumber.code).toBe("ENTERPRISE_NUMBER_CHECKSUM");
    expect(refused.body.error.fields.enterpriseNumber.message).toMatch(/contrôle/);
    expect(refused.body.error.fields.postcode.code).toBe("INVALID_POSTCODE");
    expect(await countRows(server.db, "user")).toBe(before);
    expect(await countRows(server.db, "account")).toBe(before);
  });

  it("keeps an email unique on the whole platform, whatever its case", async () => {
    const first = registration();
    expect((await server.client().post("/api/register", first)).status).toBe(201);
    const offices = await countRows(server.db, "account");
    const again = await server
      .client()
      .post("/api/register", registration({ email: first.email.toUpperCase() }));
    expect(again.status).toBe(400);
    expect(again.body.error.fields.email.code).toBe("EMAIL_TAKEN");
    expect(await countRows(server.db, "account")).toBe(offices);
  });

  it("lets only one of two simultaneous registrations of one address through", async () => {
    const input = registration();
    const [a, b] = await Promise.all([
      server.client().post("/api/register", input),
      server.client().post("/api/register", input),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 400]);
  });

  it("refuses common passwords, short passwords and unaccepted terms", async () => {
    const common = await server
      .client()
      .post("/api/register", registration({ password: "password1", confirmPassword: "password1" }));
    expect(common.body.error.fields.password.code).toBe("PASSWORD_TOO_COMMON");
    const short = await server
      .client()
      .post("/api/register", registration({ password: "Ab1!", confirmPassword: "Ab1!" }));
    expect(short.body.error.fields.password.code).toBe("PASSWORD_TOO_SHORT");
    const long = "x".repeat(129);
    const tooLong = await server
      .client()
      .post("/api/register", registration({ password: long, confirmPassword: long }));
    expect(tooLong.body.error.fields.password.code).toBe("PASSWORD_TOO_LONG");
    const terms = await server.client().post("/api/register", registration({ acceptTerms: false }));
    expect(terms.body.error.fields.acceptTerms.code).toBe("TERMS_NOT_ACCEPTED");
  });

  it("answers 400, never 500, to unknown fields, wrong types and malformed JSON", async () => {
    const client = server.client();
    const unknown = await client.post("/api/register", { ...registration(), role: "insurer" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields.role.code).toBe("UNKNOWN_FIELD");
    const wrongType = await client.post("/api/register", { ...registration(), firstName: 42 });
    expect(wrongType.status).toBe(400);
    const malformed = await client.post("/api/register", "{not json");
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe("VALIDATION_FAILED");
    const empty = await client.post("/api/register", {});
    expect(empty.status).toBe(400);
    expect(Object.keys(empty.body.error.fields)).toEqual(
      expect.arrayContaining([
        "firstName",
        "email",
        "password",
        "commercialName",
        "enterpriseNumber",
        "phone",
      ]),
    );
  });

  it("refuses a state change that does not come from the site itself", async () => {
    const refused = await server
      .client()
      .post("/api/register", registration(), { origin: "https://evil.example" });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("ORIGIN_MISMATCH");
    const noOrigin = await server.client().post("/api/register", registration(), { origin: undefined });
    expect(noOrigin.status).toBe(403);
  });

  it("limits sign-ups per address", async () => {
    const client = server.client();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await client.post("/api/register", { bad: true })).status);
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});

describe("behind https", () => {
  it("marks the session cookie Secure when the public address is https, and the session works", async () => {
    const secure = await startTestServer({ publicUrl: "https://courtier.example.be" });
    try {
      const client = secure.client();
      const created = await client.post("/api/register", registration({ email: "secure.cookie@pvgroup.be" }));
      expect(created.status).toBe(201);
      const cookie = created.headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(/__Secure-courtier\.session_token=/);
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(cookie).toMatch(/HttpOnly/i);
      expect((await client.get("/api/me")).status).toBe(200);
    } finally {
      await secure.close();
    }
  });
});
