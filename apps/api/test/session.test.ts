import { queryRows } from "@courtier/db/client";
import { asPlatform } from "@courtier/db/tenancy";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkIn, registration, startTestServer, type TestServer } from "./harness.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function registeredUser() {
  const input = registration();
  const res = await server.client().post("/api/register", input);
  expect(res.status).toBe(201);
  return { email: input.email, password: input.password };
}

describe("signing in and out", () => {
  it("signs in with the right password and out again, ending the session on the server", async () => {
    const { email, password } = await registeredUser();
    const client = server.client();
    expect((await client.get("/api/me")).status).toBe(401);
    const signedIn = await client.post("/api/session", { email: email.toUpperCase(), password });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user.email).toBe(email);
    const token = client.cookies.get("courtier.session_token");
    expect((await client.get("/api/me")).status).toBe(200);

    expect((await client.delete("/api/session")).status).toBe(204);
    expect((await client.get("/api/me")).status).toBe(401);
    // The old cookie is worthless even if someone kept it.
    const replay = server.client();
    replay.cookies.set("courtier.session_token", token!);
    expect((await replay.get("/api/me")).status).toBe(401);
  });

  it("gives a new session token at every sign-in", async () => {
    const { email, password } = await registeredUser();
    const a = server.client();
    await a.post("/api/session", { email, password });
    const b = server.client();
    await b.post("/api/session", { email, password });
    expect(a.cookies.get("courtier.session_token")).not.toBe(b.cookies.get("courtier.session_token"));
  });

  it("says the same for a wrong password and an unknown email", async () => {
    const { email } = await registeredUser();
    const wrong = await server.client().post("/api/session", { email, password: "Not-The-Password-1" });
    const unknown = await server
      .client()
      .post("/api/session", { email: "nobody@nowhere.be", password: "Whatever-123" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.code).toBe("INVALID_CREDENTIALS");
  });

  it("answers 429 to the 4th failed sign-in from one address, even with the right password", async () => {
    const { email, password } = await registeredUser();
    const client = server.client();
    for (let i = 0; i < 3; i++)
      expect((await client.post("/api/session", { email, password: "Wrong-Password-9" })).status).toBe(401);
    const fourth = await client.post("/api/session", { email, password });
    expect(fourth.status).toBe(429);
    expect(fourth.body.error.code).toBe("RATE_LIMITED");
  });

  it("lets at most 3 of many simultaneous wrong guesses through to the password check", async () => {
    const { email } = await registeredUser();
    const client = server.client();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => client.post("/api/session", { email, password: "Wrong-Password-9" })),
    );
    const statuses = results.map((r) => r.status);
    // Two counters race each other, so fewer may pass; never more.
    const checked = statuses.filter((s) => s === 401).length;
    expect(checked).toBeGreaterThanOrEqual(1);
    expect(checked).toBeLessThanOrEqual(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10 - checked);
  });

  it("limits failed sign-ins per email across addresses", async () => {
    const { email, password } = await registeredUser();
    for (let i = 0; i < 3; i++)
      await server.client().post("/api/session", { email, password: "Wrong-Password-9" });
    expect((await server.client().post("/api/session", { email, password })).status).toBe(429);
  });

  it("limits failed sign-ins per address across emails", async () => {
    const client = server.client();
    for (let i = 0; i < 3; i++) {
      const { email } = await registeredUser();
      expect((await client.post("/api/session", { email, password: "Wrong-Password-9" })).status).toBe(401);
    }
    // A fourth person's right password, from the same address: the address is what is limited.
    const fourth = await registeredUser();
    const refused = await client.post("/api/session", { email: fourth.email, password: fourth.password });
    expect(refused.status).toBe(429);
    expect((await server.client().post("/api/session", fourth)).status).toBe(200);
  });

  it("records sign-ins and failed sign-ins in the audit trail", async () => {
    const { email, password } = await registeredUser();
    await server.client().post("/api/session", { email, password: "Wrong-Password-9" });
    await server.client().post("/api/session", { email, password });
    const rows = await asPlatform(server.db, (tx) =>
      queryRows<{ action: string }>(
        tx,
        sql`select action from audit_event where action like 'auth.sign%' order by id desc limit 2`,
      ),
    );
    expect(rows.map((r) => r.action)).toEqual(["auth.signed_in", "auth.sign_in.failed"]);
  });
});

describe("a forgotten password", () => {
  it("answers the same whether or not the email is known, and mails only a known one", async () => {
    const { email } = await registeredUser();
    await server.flushMail();
    const before = (await server.flushMail()).length;
    const known = await server.client().post("/api/password/forgot", { email });
    const unknown = await server.client().post("/api/password/forgot", { email: "stranger@nowhere.be" });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    const mails = (await server.flushMail()).slice(before);
    expect(mails.map((m) => m.to)).toEqual([email]);
  });

  it("resets through the mailed link once, ends the old sessions, and the link then stops working", async () => {
    const { email } = await registeredUser();
    const oldSession = server.client();
    await oldSession.post("/api/session", { email, password: "Kantoor-Gent-2026" });

    await server.client().post("/api/password/forgot", { email });
    const mail = await server.nextMail(email, /paswoord/);
    expect(mail.subject).toMatch(/paswoord/i);
    const token = new URL(linkIn(mail, /http:\/\/\S+\/reset-password\?token=\S+/)).searchParams.get("token")!;

    const reset = await server.client().post("/api/password/reset", {
      token,
      newPassword: "Nieuw-Kantoor-2027",
      confirmPassword: "Nieuw-Kantoor-2027",
    });
    expect(reset.status).toBe(204);
    expect((await oldSession.get("/api/me")).status).toBe(401);
    expect(
      (await server.client().post("/api/session", { email, password: "Nieuw-Kantoor-2027" })).status,
    ).toBe(200);

    const again = await server.client().post("/api/password/reset", {
      token,
      newPassword: "Derde-Kantoor-2028",
      confirmPassword: "Derde-Kantoor-2028",
    });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe("RESET_TOKEN_INVALID");
  });

  it("refuses a reset link older than one hour", async () => {
    const { email } = await registeredUser();
    await server.client().post("/api/password/forgot", { email });
    const mail = await server.nextMail(email, /paswoord/);
    const token = new URL(linkIn(mail, /http:\/\/\S+\/reset-password\?token=\S+/)).searchParams.get("token")!;
    // The link lives one hour from the request, not longer.
    const [stored] = await queryRows<{ seconds: number }>(
      server.db,
      sql`select extract(epoch from expires_at - now())::int as seconds from verification where identifier = ${`reset-password:${token}`}`,
    );
    expect(stored!.seconds).toBeGreaterThan(60 * 60 - 60);
    expect(stored!.seconds).toBeLessThanOrEqual(60 * 60);
    await server.db.execute(
      sql`update verification set expires_at = now() - interval '1 second' where identifier = ${`reset-password:${token}`}`,
    );
    const late = await server.client().post("/api/password/reset", {
      token,
      newPassword: "Nieuw-Kantoor-2027",
      confirmPassword: "Nieuw-Kantoor-2027",
    });
    expect(late.body.error.code).toBe("RESET_TOKEN_INVALID");
  });

  it("refuses a common new password", async () => {
    const res = await server.client().post("/api/password/reset", {
      token: "whatever",
      newPassword: "iloveyou123",
      confirmPassword: "iloveyou123",
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.newPassword.code).toBe("PASSWORD_TOO_COMMON");
  });

  it("limits reset requests per email", async () => {
    const { email } = await registeredUser();
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await server.client().post("/api/password/forgot", { email })).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
  });

  it("limits reset requests per address across emails", async () => {
    const client = server.client();
    const statuses = [];
    for (let i = 0; i < 11; i++)
      statuses.push(
        (await client.post("/api/password/forgot", { email: `someone.${i}@elsewhere.be` })).status,
      );
    expect(statuses).toEqual([...Array(10).fill(202), 429]);
  });

  it("never writes a password, token or reset link to the log", async () => {
    const { email } = await registeredUser();
    await server.client().post("/api/password/forgot", { email });
    const mail = await server.nextMail(email, /paswoord/);
    const link = linkIn(mail, /http:\/\/\S+\/reset-password\?token=\S+/);
    const token = new URL(link).searchParams.get("token")!;
    await server.client().get(`/reset-password?token=${token}`);
    const logs = server.logs();
    expect(logs).toContain("/reset-password?token=[redacted]");
    expect(logs).not.toContain(token);
    expect(logs).not.toContain("Kantoor-Gent-2026");
    expect(logs).not.toMatch(/courtier\.session_token=/);
  });
});
