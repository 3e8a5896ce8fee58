import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { queryRows } from "@courtier/db/client";
import { asPlatform } from "@courtier/db/tenancy";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  inviteAndAccept,
  linkIn,
  registration,
  seedSecondInsurer,
  signedInStaff,
  startTestServer,
  type TestServer,
} from "./harness.ts";

let server: TestServer;
let productId: string;
let otherProductId: string;

beforeAll(async () => {
  server = await startTestServer();
  productId = (await server.client().get("/api/platform")).body.products[0].id;
  // A second insurer, to prove that staff see their own insurer's requests only.
  otherProductId = await seedSecondInsurer(server.db);
});
afterAll(async () => {
  await server?.close();
});

const onHost = (slug: string) => server.hostClient(slug);
const staffClient = (slug: string, role: "admin" | "member" = "member") => signedInStaff(server, slug, role);

async function office(name = "Cazelles Verzekeringen") {
  const admin = server.client();
  const input = registration({ commercialName: name });
  const res = await admin.post("/api/register", input);
  const groupA = (await admin.post("/api/office/groups", { name: "Filiaal Gent" })).body.group.id as string;
  const groupB = (await admin.post("/api/office/groups", { name: "Filiaal Brugge" })).body.group.id as string;
  return { admin, email: input.email, accountId: res.body.office.id as string, groupA, groupB };
}

describe("requesting product access (manual part III)", () => {
  it("makes one pending integration per producer number, each for its groups (situation 2)", async () => {
    const o = await office();
    const first = await o.admin.post("/api/integrations", {
      productId,
      groupIds: [o.groupA],
      producerNumber: "1234",
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      status: "pending",
      producerNumber: "1234",
      groups: [{ id: o.groupA, name: "Filiaal Gent" }],
    });
    const second = await o.admin.post("/api/integrations", {
      productId,
      groupIds: [o.groupB],
      producerNumber: "56789",
    });
    expect(second.status).toBe(201);
    const list = await o.admin.get("/api/integrations");
    expect(list.body.integrations).toHaveLength(2);
    expect(list.body.subaccountProducts).toEqual([]);
  });

  it("refuses a wrong producer number, a duplicate, a group already integrated, a non-admin — and changes nothing", async () => {
    const o = await office();
    const count = async () =>
      (
        await asPlatform(server.db, (tx) =>
          queryRows<{ n: number }>(tx, sql`select count(*)::int as n from integration`),
        )
      )[0]!.n;
    await o.admin.post("/api/integrations", { productId, groupIds: [o.groupA], producerNumber: "1234" });
    const before = await count();
    const form = await o.admin.post("/api/integrations", {
      productId,
      groupIds: [o.groupB],
      producerNumber: "12A4",
    });
    expect(form.body.error.fields.producerNumber.code).toBe("PRODUCER_NUMBER_FORMAT");
    const sixDigits = await o.admin.post("/api/integrations", {
      productId,
      groupIds: [o.groupB],
      producerNumber: "123456",
    });
    expect(sixDigits.body.error.fields.producerNumber.code).toBe("PRODUCER_NUMBER_FORMAT");
    const dup = await o.admin.post("/api/integrations", {
      productId,
      groupIds: [o.groupB],
      producerNumber: "1234",
    });
    expect(dup.body.error.fields.producerNumber.code).toBe("DUPLICATE_REQUEST");
    const sameGroup = await o.admin.post("/api/integrations", {
      productId,
      groupIds: [o.groupA],
      producerNumber: "4321",
    });
    expect(sameGroup.body.error.fields.groupIds.code).toBe("GROUP_ALREADY_INTEGRATED");
    const noGroup = await o.admin.post("/api/integrations", {
      productId,
      groupIds: [],
      producerNumber: "4321",
    });
    expect(noGroup.body.error.fields.groupIds.code).toBe("REQUIRED");
    // The other insurer's rule is its own: six digits there.
    expect(
      (
        await o.admin.post("/api/integrations", {
          productId: otherProductId,
          groupIds: [o.groupB],
          producerNumber: "1234",
        })
      ).body.error.fields.producerNumber.code,
    ).toBe("PRODUCER_NUMBER_FORMAT");

    const { client: tp } = await inviteAndAccept(server, o.admin, { groupIds: [o.groupB] });
    expect(
      (await tp.post("/api/integrations", { productId, groupIds: [o.groupB], producerNumber: "4321" }))
        .status,
    ).toBe(403);
    expect(await count()).toBe(before);
  });
});

describe("the insurer decides", () => {
  it("shows staff the queue with the office, flags a producer number claimed twice, and mails each decision", async () => {
    const o = await office("Kantoor Noord");
    const rival = await office("Kantoor Zuid");
    const a = (
      await o.admin.post("/api/integrations", { productId, groupIds: [o.groupA], producerNumber: "7777" })
    ).body;
    const b = (
      await o.admin.post("/api/integrations", { productId, groupIds: [o.groupB], producerNumber: "8888" })
    ).body;
    await rival.admin.post("/api/integrations", {
      productId,
      groupIds: [rival.groupA],
      producerNumber: "7777",
    });
    const staff = await staffClient("vivium");

    const queue = await staff.client.get("/api/backoffice/requests?status=pending&pageSize=100");
    const mine = queue.body.requests.filter((r: { office: { id: string } }) => r.office.id === o.accountId);
    expect(mine).toHaveLength(2);
    const first = mine.find((r: { id: string }) => r.id === a.id);
    expect(first).toMatchObject({
      office: { commercialName: "Kantoor Noord", enterpriseNumber: "0123456749", postcode: "1210" },
      requester: { name: "Clémentine Cazelles", email: o.email },
      producerNumber: "7777",
      groups: [{ name: "Filiaal Gent" }],
      producerNumberClaimedBy: ["Kantoor Zuid"],
    });

    const noReason = await staff.client.post(`/api/backoffice/requests/${b.id}/decision`, {
      decision: "refuse",
    });
    expect(noReason.status).toBe(400);
    expect(
      (
        await staff.client.post(`/api/backoffice/requests/${b.id}/decision`, {
          decision: "refuse",
          reason: "Onbekend producentnummer",
        })
      ).status,
    ).toBe(204);
    expect(
      (await staff.client.post(`/api/backoffice/requests/${a.id}/decision`, { decision: "accept" })).status,
    ).toBe(204);
    const again = await staff.client.post(`/api/backoffice/requests/${a.id}/decision`, {
      decision: "refuse",
      reason: "x",
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("ALREADY_DECIDED");

    const mails = (await server.flushMail()).filter((m) => m.to === o.email);
    expect(mails.map((m) => m.subject)).toEqual(
      expect.arrayContaining(["Toegang tot KMO Tool geweigerd", "Toegang tot KMO Tool aanvaard"]),
    );
    expect(mails.find((m) => m.subject.endsWith("geweigerd"))!.text).toContain(
      "Reden: Onbekend producentnummer",
    );

    const broker = await o.admin.get("/api/integrations");
    const refused = broker.body.integrations.find((i: { id: string }) => i.id === b.id);
    expect(refused).toMatchObject({ status: "refused", reason: "Onbekend producentnummer" });

    // Only the accepted group may quote, with its producer number.
    await o.admin.post("/api/me/subaccount", { groupId: o.groupA });
    expect((await o.admin.get("/api/integrations")).body.subaccountProducts).toEqual([
      {
        productId,
        name: "KMO Tool",
        versionLabel: "KMO Tool – VIVIUM versie 06.2021",
        producerNumber: "7777",
      },
    ]);
    await o.admin.post("/api/me/subaccount", { groupId: o.groupB });
    expect((await o.admin.get("/api/integrations")).body.subaccountProducts).toEqual([]);

    // The office structure now shows it.
    const groups = (await o.admin.get("/api/office/groups")).body.groups;
    expect(groups.find((g: { id: string }) => g.id === o.groupA).integrationCount).toBe(1);
    const del = await o.admin.delete(`/api/office/groups/${o.groupA}`);
    expect(del.body.error.code).toBe("GROUP_IN_USE");

    // A refused request keeps its group too: deleting it says why instead of failing.
    const refusedGroupDelete = await o.admin.delete(`/api/office/groups/${o.groupB}`);
    expect(refusedGroupDelete.status).toBe(409);
    expect(refusedGroupDelete.body.error.code).toBe("GROUP_IN_USE");

    // Revoked later, with a reason.
    expect(
      (await staff.client.post(`/api/backoffice/requests/${b.id}/revoke`, { reason: "x" })).body.error.code,
    ).toBe("NOT_ACCEPTED");
    expect(
      (await staff.client.post(`/api/backoffice/requests/${a.id}/revoke`, { reason: "Einde samenwerking" }))
        .status,
    ).toBe(204);
    await o.admin.post("/api/me/subaccount", { groupId: o.groupA });
    expect((await o.admin.get("/api/integrations")).body.subaccountProducts).toEqual([]);
    const history = await staff.client.get("/api/backoffice/requests?status=decided&pageSize=100");
    expect(history.body.requests.find((r: { id: string }) => r.id === a.id)).toMatchObject({
      status: "revoked",
      reason: "Einde samenwerking",
      decidedBy: "Sofie Janssens",
    });
  });

  it("keeps each insurer's staff to its own requests and host, and brokers out of the back office", async () => {
    const o = await office();
    const req = (
      await o.admin.post("/api/integrations", { productId, groupIds: [o.groupA], producerNumber: "2468" })
    ).body;
    const axa = await staffClient("axa");
    expect(
      (await axa.client.post(`/api/backoffice/requests/${req.id}/decision`, { decision: "accept" })).status,
    ).toBe(404);
    const axaQueue = await axa.client.get("/api/backoffice/requests");
    expect(axaQueue.body.requests.some((r: { id: string }) => r.id === req.id)).toBe(false);

    // VIVIUM staff signing in on AXA's host, or on the platform host, are not let in.
    const vivium = await staffClient("vivium");
    const wrongHost = onHost("axa");
    expect(
      (await wrongHost.post("/api/backoffice/session", { email: vivium.email, password: "Staff-Paswoord-1" }))
        .status,
    ).toBe(401);
    const platformHost = server.client();
    expect(
      (
        await platformHost.post("/api/backoffice/session", {
          email: vivium.email,
          password: "Staff-Paswoord-1",
        })
      ).status,
    ).toBe(401);
    // Staff are not brokers, and brokers are not staff.
    expect(
      (await server.client().post("/api/session", { email: vivium.email, password: "Staff-Paswoord-1" }))
        .status,
    ).toBe(401);
    const brokerOnInsurerHost = onHost("vivium");
    brokerOnInsurerHost.cookies.set("courtier.session_token", o.admin.cookies.get("courtier.session_token")!);
    expect((await brokerOnInsurerHost.get("/api/backoffice/requests")).status).toBe(403);
    expect((await server.client().get("/api/backoffice/requests")).status).toBe(401);
    const unchanged = await o.admin.get("/api/integrations");
    expect(unchanged.body.integrations[0].status).toBe("pending");
  });

  it("lets a staff admin invite a colleague, who gets a set-password link on the insurer's host", async () => {
    const admin = await staffClient("vivium", "admin");
    const member = await staffClient("vivium", "member");
    const email = `new.staff.${Math.random().toString(36).slice(2)}@vivium.be`;
    expect((await member.client.post("/api/backoffice/staff", { name: "Tom Peeters", email })).status).toBe(
      403,
    );
    expect((await admin.client.post("/api/backoffice/staff", { name: "Tom Peeters", email })).status).toBe(
      201,
    );
    const mail = await server.nextMail(email, /back office/);
    const link = linkIn(mail, /http:\/\/\S+\/reset-password\?token=\S+/);
    expect(new URL(link).hostname).toBe("vivium.localhost");
    const token = new URL(link).searchParams.get("token")!;
    expect(
      (
        await server.client().post("/api/password/reset", {
          token,
          newPassword: "Tom-Paswoord-22",
          confirmPassword: "Tom-Paswoord-22",
        })
      ).status,
    ).toBe(204);
    expect(
      (await onHost("vivium").post("/api/backoffice/session", { email, password: "Tom-Paswoord-22" })).status,
    ).toBe(200);
    const team = await admin.client.get("/api/backoffice/staff");
    expect(team.body.staff.map((s: { email: string }) => s.email)).toContain(email);
  });
});

describe("the staff:create command", () => {
  const cli = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
  const run = (args: string[], input?: string, dataDir?: string) =>
    spawnSync(process.execPath, ["--import", "tsx", cli, ...args], {
      input,
      encoding: "utf8",
      env: { ...process.env, DATA_DIR: dataDir ?? "/nonexistent", DATABASE_URL: "", PORT: "3999" },
    });

  it("creates staff with a one-time link or a password from stdin, and refuses bad input clearly", () => {
    const dir = mkdtempSync(join(tmpdir(), "courtier-cli-"));
    try {
      const linked = run(
        [
          "staff:create",
          "--insurer",
          "vivium",
          "--email",
          "sofie@vivium.be",
          "--name",
          "Sofie Janssens",
          "--admin",
        ],
        undefined,
        dir,
      );
      expect(linked.status).toBe(0);
      expect(linked.stdout).toMatch(/http:\/\/vivium\.localhost:3999\/reset-password\?token=\S+/);
      const withPassword = run(
        [
          "staff:create",
          "--insurer",
          "vivium",
          "--email",
          "tom@vivium.be",
          "--name",
          "Tom",
          "--password-stdin",
        ],
        "Sterk-Paswoord-99\n",
        dir,
      );
      expect(withPassword.status).toBe(0);
      expect(withPassword.stdout).toContain("created with the given password");
      const taken = run(
        ["staff:create", "--insurer", "vivium", "--email", "sofie@vivium.be", "--name", "Sofie"],
        undefined,
        dir,
      );
      expect(taken.status).toBe(1);
      expect(taken.stderr).toContain("already used");
      const unknown = run(
        ["staff:create", "--insurer", "nobody", "--email", "x@y.be", "--name", "X"],
        undefined,
        dir,
      );
      expect(unknown.stderr).toContain('no insurer "nobody"');
      const missing = run(["staff:create", "--email", "nope"], undefined, dir);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain("--insurer is required");
      expect(missing.stderr).not.toMatch(/at .*\.ts:\d+/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("a staff member who forgot the password", () => {
  it("gets the reset link on the insurer's host, where the back office is", async () => {
    const staff = await staffClient("vivium");
    expect((await server.client().post("/api/password/forgot", { email: staff.email })).status).toBe(202);
    const mail = await server.nextMail(staff.email, /paswoord/);
    expect(new URL(linkIn(mail, /http:\/\/\S+\/reset-password\?token=\S+/)).hostname).toBe(
      "vivium.localhost",
    );
  });
});

describe("a staff member's language", () => {
  it("is saved for the back office and their mails", async () => {
    const staff = await staffClient("vivium", "admin");
    const saved = await staff.client.patch("/api/backoffice/me", { language: "fr" });
    expect(saved.status).toBe(200);
    expect(saved.body.user.language).toBe("fr");
    expect((await staff.client.patch("/api/backoffice/me", { language: "de" })).status).toBe(400);
    expect((await server.client().patch("/api/backoffice/me", { language: "fr" })).status).toBe(401);
  });
});
