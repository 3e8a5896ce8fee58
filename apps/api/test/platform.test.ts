import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "#src/config.ts";
import { insurerSlugFromHost } from "#src/modules/catalog/platform.routes.ts";
import { startTestServer, type TestServer } from "./harness.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe("operating the platform", () => {
  it("answers liveness and readiness", async () => {
    const client = server.client();
    expect((await client.get("/healthz")).body).toEqual({ status: "ok" });
    expect((await client.get("/readyz")).body).toMatchObject({ status: "ready" });
  });

  it("tags every answer with a request id", async () => {
    const res = await server.client().get("/healthz", { "x-request-id": "trace-12345678" });
    expect(res.headers.get("x-request-id")).toBe("trace-12345678");
    expect((await server.client().get("/healthz")).headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("checks the origin of a state change whatever the spelling of its path", async () => {
    const res = await server.client().post("/%61pi/register", {}, { origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("ORIGIN_MISMATCH");
  });

  it("answers unknown API paths with a JSON 404 in the caller's language", async () => {
    const client = server.client();
    client.language = "en";
    const res = await client.get("/api/nothing-here");
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: "NOT_FOUND", message: "Not found." } });
  });

  it("comes with VIVIUM and its KMO Tool on the first start", async () => {
    const platform = await server.client().get("/api/platform");
    expect(platform.body.insurer).toBeNull();
    expect(platform.body.insurers.map((i: { name: string }) => i.name)).toEqual(["VIVIUM"]);
    expect(platform.body.products[0]).toMatchObject({
      name: "KMO Tool",
      versionLabel: "KMO Tool – VIVIUM versie 06.2021",
    });
  });

  it("brands the insurer's own host and serves its logo", async () => {
    const host = new URL(server.origin).host;
    const res = await server.client().get("/api/platform", { host: `vivium.${host}` });
    expect(res.body.insurer).toMatchObject({ slug: "vivium", name: "VIVIUM", primaryColor: "#003b71" });
    const logo = await server.client().get(res.body.insurer.logoUrl);
    expect(logo.status).toBe(200);
    expect(logo.headers.get("content-type")).toContain("image/svg+xml");
    expect((await server.client().get("/api/insurers/nobody/logo.svg")).status).toBe(404);
  });

  it("describes products in the caller's language", async () => {
    const client = server.client();
    client.language = "fr";
    const res = await client.get("/api/platform");
    expect(res.body.products[0].description).toMatch(/accidents du travail/);
    expect(res.body.products[0].producerNumberHint).toBe("4 ou 5 chiffres");
  });

  it("serves Prometheus metrics by route pattern to this machine only", async () => {
    await server.client().get("/api/office/groups/3f0c7a4e-0000-4000-8000-000000000000");
    const local = await server.client().get("/metrics", { "x-forwarded-for": undefined });
    expect(local.status).toBe(200);
    expect(local.body).toContain("courtier_http_request_duration_seconds_count");
    expect(local.body).toContain('route="/api/office/groups/:groupId"');
    expect(local.body).not.toContain("3f0c7a4e");
    expect((await server.client("203.0.113.9").get("/metrics")).status).toBe(404);
  });

  it("shows kept mails on the local mailbox page to this machine only", async () => {
    const local = await server.client("127.0.0.1").get("/dev/mailbox");
    expect(local.status).toBe(200);
    expect(local.body).toContain("Local mailbox");
    expect((await server.client("203.0.113.9").get("/dev/mailbox")).status).toBe(404);
  });
});

describe("insurer host names", () => {
  it.each([
    ["vivium.localhost", "localhost", "vivium"],
    ["localhost", "localhost", null],
    ["vivium.courtier.be", "courtier.be", "vivium"],
    ["evil.com", "courtier.be", null],
    ["a.b.courtier.be", "courtier.be", null],
  ])("%s on platform %s is insurer %s", (host, platform, slug) => {
    expect(insurerSlugFromHost(host, platform)).toBe(slug);
  });
});

describe("the environment", () => {
  it("has working defaults", () => {
    const config = loadConfig({ AUTH_SECRET: "x".repeat(32) });
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe("http://localhost:3000");
    expect(config.database.kind).toBe("pglite");
    expect(config.smtpUrl).toBeNull();
  });

  it("believes X-Forwarded-For only from the proxies it is told about", () => {
    expect(loadConfig({ AUTH_SECRET: "x".repeat(32) }).trustProxy).toBe(false);
    expect(loadConfig({ AUTH_SECRET: "x".repeat(32), TRUST_PROXY: "1" }).trustProxy).toBe(1);
    expect(
      loadConfig({ AUTH_SECRET: "x".repeat(32), TRUST_PROXY: "10.0.0.5, 10.0.1.0/24" }).trustProxy,
    ).toEqual(["10.0.0.5", "10.0.1.0/24"]);
    expect(() => loadConfig({ AUTH_SECRET: "x".repeat(32), TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY/);
  });

  it("refuses a public address without https in production, except this machine's", () => {
    const production = { AUTH_SECRET: "x".repeat(32), NODE_ENV: "production" };
    expect(() => loadConfig({ ...production, PUBLIC_URL: "http://courtier.example.be" })).toThrow(
      /PUBLIC_URL: must start with https:\/\//,
    );
    expect(loadConfig({ ...production, PUBLIC_URL: "https://courtier.example.be" }).publicUrl).toBe(
      "https://courtier.example.be",
    );
    expect(loadConfig({ ...production, PUBLIC_URL: "http://localhost:3000" }).publicUrl).toBe(
      "http://localhost:3000",
    );
    expect(loadConfig({ AUTH_SECRET: "x".repeat(32), PUBLIC_URL: "http://courtier.test" }).env).toBe(
      "development",
    );
  });

  it("names each bad variable", () => {
    try {
      loadConfig({
        PORT: "eighty",
        DATABASE_URL: "mysql://x",
        SMTP_URL: "http://mail",
        AUTH_SECRET: "short",
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      for (const name of ["PORT", "DATABASE_URL", "SMTP_URL", "AUTH_SECRET"]) expect(message).toContain(name);
    }
  });
});

describe("the API description", () => {
  it("is generated from the contracts and says who may call each route", async () => {
    const doc = (await server.client().get("/api/openapi.json")).body;
    expect(doc.openapi).toBe("3.1.0");
    const register = doc.paths["/api/register"].post;
    expect(register["x-access"]).toBe("public");
    expect(register.requestBody.content["application/json"].schema.required).toEqual(
      expect.arrayContaining(["email", "enterpriseNumber", "acceptTerms"]),
    );
    expect(doc.paths["/api/me"].patch["x-access"]).toBe("session");
    for (const methods of Object.values(doc.paths) as Record<string, { "x-access": string }>[]) {
      for (const op of Object.values(methods))
        expect(["public", "session", "admin", "staff", "support", "operator-local"]).toContain(
          op["x-access"],
        );
    }
  });
});
