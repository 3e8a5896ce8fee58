import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  confirmAddress,
  registration,
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

async function signedInUser(): Promise<{ client: TestClient; email: string; password: string }> {
  const input = registration();
  const client = server.client();
  expect((await client.post("/api/register", input)).status).toBe(201);
  return { client, email: input.email, password: input.password };
}

describe("the profile", () => {
  it("needs a session", async () => {
    expect(
      (await server.client().patch("/api/me", { firstName: "A", lastName: "B", language: "fr" })).status,
    ).toBe(401);
  });

  it("saves names and language, and the language is used for the user's mails", async () => {
    const { client, email } = await signedInUser();
    const saved = await client.patch("/api/me", { firstName: "Clem", lastName: "Dupont", language: "fr" });
    expect(saved.status).toBe(200);
    expect(saved.body.user).toMatchObject({
      firstName: "Clem",
      lastName: "Dupont",
      language: "fr",
      initials: "CD",
    });

    await server.client().post("/api/password/forgot", { email });
    const mail = await server.nextMail(email, /mot de passe/);
    expect(mail.language).toBe("fr");
    expect(mail.subject).toBe("Définir un nouveau mot de passe");
  });

  it("sends the confirmation link again, in the user's language, a few times an hour, until the address is confirmed", async () => {
    const { client, email } = await signedInUser();
    expect((await server.client().post("/api/me/verification-mail", {})).status).toBe(401);
    await client.patch("/api/me", { firstName: "Clémentine", lastName: "Cazelles", language: "en" });

    const sent = await client.post("/api/me/verification-mail", {});
    expect(sent.status).toBe(202);
    expect(sent.body).toEqual({ email });
    const mail = await server.nextMail(email, /^Confirm your email address$/);

    // Three an hour; the fourth is refused and queues nothing.
    expect((await client.post("/api/me/verification-mail", {})).status).toBe(202);
    expect((await client.post("/api/me/verification-mail", {})).status).toBe(202);
    const flooded = await client.post("/api/me/verification-mail", {});
    expect(flooded.status).toBe(429);
    expect(flooded.body.error.code).toBe("RATE_LIMITED");
    const resent = (await server.flushMail()).filter(
      (m) => m.to === email && m.subject === "Confirm your email address",
    );
    expect(resent).toHaveLength(3);

    // The link confirms the address; after that there is nothing to send.
    expect((await confirmAddress(client, mail)).status).toBe(204);
    expect((await client.get("/api/me")).body.user.emailVerified).toBe(true);
    const again = await client.post("/api/me/verification-mail", {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("EMAIL_ALREADY_VERIFIED");
  });

  it("refuses an unknown language or an empty name, changing nothing", async () => {
    const { client } = await signedInUser();
    const bad = await client.patch("/api/me", { firstName: " ", lastName: "Dupont", language: "de" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.firstName.code).toBe("REQUIRED");
    expect(bad.body.error.fields.language.code).toBe("INVALID_LANGUAGE");
    expect((await client.get("/api/me")).body.user.firstName).toBe("Clémentine");
  });

  it("changes the password with the old one and ends the user's other sessions", async () => {
    const { client, email, password } = await signedInUser();
    const other = server.client();
    await other.post("/api/session", { email, password });

    const wrong = await client.post("/api/me/password", {
      currentPassword: "Not-My-Password-1",
      newPassword: "Nieuw-Kantoor-2027",
      confirmPassword: "Nieuw-Kantoor-2027",
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.currentPassword.code).toBe("WRONG_PASSWORD");
    expect((await other.get("/api/me")).status).toBe(200);

    const mismatch = await client.post("/api/me/password", {
      currentPassword: password,
      newPassword: "Nieuw-Kantoor-2027",
      confirmPassword: "Nieuw-Kantoor-2028",
    });
    expect(mismatch.body.error.fields.confirmPassword.code).toBe("PASSWORDS_DO_NOT_MATCH");

    const common = await client.post("/api/me/password", {
      currentPassword: password,
      newPassword: "iloveyou123",
      confirmPassword: "iloveyou123",
    });
    expect(common.status).toBe(400);
    expect(common.body.error.fields.newPassword.code).toBe("PASSWORD_TOO_COMMON");

    const changed = await client.post("/api/me/password", {
      currentPassword: password,
      newPassword: "Nieuw-Kantoor-2027",
      confirmPassword: "Nieuw-Kantoor-2027",
    });
    expect(changed.status).toBe(204);
    expect((await client.get("/api/me")).status).toBe(200);
    expect((await other.get("/api/me")).status).toBe(401);
    expect(
      (await server.client().post("/api/session", { email, password: "Nieuw-Kantoor-2027" })).status,
    ).toBe(200);
  });

  it("changes the email only with the current password and once the new address is verified", async () => {
    const { client, email, password } = await signedInUser();
    const taken = registration();
    await server.client().post("/api/register", taken);

    const noPassword = await client.post("/api/me/email", {
      newEmail: "new.address@pvgroup.be",
      currentPassword: "Wrong-One-123",
    });
    expect(noPassword.body.error.fields.currentPassword.code).toBe("WRONG_PASSWORD");
    const same = await client.post("/api/me/email", { newEmail: email, currentPassword: password });
    expect(same.body.error.fields.newEmail.code).toBe("EMAIL_UNCHANGED");
    const inUse = await client.post("/api/me/email", { newEmail: taken.email, currentPassword: password });
    expect(inUse.body.error.fields.newEmail.code).toBe("EMAIL_TAKEN");

    const newEmail = `moved.${Date.now()}@pvgroup.be`;
    const requested = await client.post("/api/me/email", { newEmail, currentPassword: password });
    expect(requested.status).toBe(202);
    expect((await client.get("/api/me")).body.user.email).toBe(email);

    const mail = await server.nextMail(newEmail, /nieuwe e-mailadres/);
    expect((await confirmAddress(client, mail)).status).toBe(204);
    expect((await client.get("/api/me")).body.user.email).toBe(newEmail);
  });
});
