import { queryRows } from "@courtier/db/client";
import { accountGroup } from "@courtier/db/schema";
import { asPlatform, withTenant } from "@courtier/db/tenancy";
import { sql } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { visibleGroups, visibleTo } from "#src/modules/office/visibility.ts";
import {
  inviteAndAccept,
  linkIn,
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

type Office = { admin: TestClient; accountId: string; defaultGroupId: string; adminId: string };

async function newOffice(): Promise<Office> {
  const admin = server.client();
  const res = await admin.post("/api/register", registration());
  expect(res.status).toBe(201);
  return {
    admin,
    accountId: res.body.office.id,
    defaultGroupId: res.body.subaccount.id,
    adminId: res.body.user.id,
  };
}

let inviteCounter = 0;
const inviteeEmail = () => `colleague.${process.pid}.${++inviteCounter}@kantoor.be`;

/** Invites and accepts: returns the colleague's signed-in client. */
const colleague = (
  office: Office,
  opts: { isAdmin?: boolean; groupIds?: string[]; language?: "nl" | "fr" | "en" } = {},
) => inviteAndAccept(server, office.admin, opts);

async function group(office: Office, name: string): Promise<string> {
  const res = await office.admin.post("/api/office/groups", {
    name,
    street: "Rue royale",
    number: "151",
    postcode: "1210",
    city: "Bruxelles",
  });
  expect(res.status).toBe(201);
  return res.body.group.id;
}

describe("inviting colleagues", () => {
  it("invites into the chosen groups, mails the link in the invitee's language, and the link signs them in once", async () => {
    const office = await newOffice();
    const sales = await group(office, "Sales");
    const email = inviteeEmail();
    const invited = await office.admin.post("/api/office/invitations", {
      firstName: "Jean",
      lastName: "Dubois",
      email,
      language: "fr",
      isAdmin: false,
      groupIds: [sales],
    });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({
      status: "invited",
      role: "intermediary",
      groups: [{ id: sales, name: "Sales" }],
    });
    expect(invited.body.invitationExpiresAt).toEqual(expect.any(String));
    const expires = new Date(invited.body.invitationExpiresAt).getTime() - Date.now();
    expect(Math.round(expires / 86_400_000)).toBe(7);

    const mail = await server.nextMail(email, /Invitation/);
    expect(mail.language).toBe("fr");
    expect(mail.subject).toMatch(/^Invitation de/);
    const token = new URL(linkIn(mail, /http:\/\/\S+\/invitation\?token=\S+/)).searchParams.get("token")!;

    const info = await server.client().get(`/api/invitations/${token}`);
    expect(info.body).toMatchObject({ email, firstName: "Jean", officeName: "Cazelles Verzekeringen" });

    const jean = server.client();
    // A common password is refused here too, and the invitation stays usable.
    const common = await jean.post("/api/invitations/accept", {
      token,
      password: "iloveyou123",
      confirmPassword: "iloveyou123",
    });
    expect(common.status).toBe(400);
    expect(common.body.error.fields.password.code).toBe("PASSWORD_TOO_COMMON");
    const accepted = await jean.post("/api/invitations/accept", {
      token,
      password: "Collega-Paswoord-1",
      confirmPassword: "Collega-Paswoord-1",
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.subaccount).toEqual({ id: sales, name: "Sales" });
    expect(accepted.body.subaccounts).toEqual([{ id: sales, name: "Sales" }]);
    expect((await jean.get("/api/me")).body.user.emailVerified).toBe(true);

    const again = await server.client().post("/api/invitations/accept", {
      token,
      password: "Ander-Paswoord-2",
      confirmPassword: "Ander-Paswoord-2",
    });
    expect(again.body.error.code).toBe("INVITATION_INVALID");
    const member = await office.admin.get(`/api/office/members/${invited.body.userId}`);
    expect(member.body.member.status).toBe("active");
  });

  it("puts a colleague invited without a group in Default", async () => {
    const office = await newOffice();
    const { client } = await colleague(office);
    expect((await client.get("/api/me")).body.subaccount).toEqual({
      id: office.defaultGroupId,
      name: "Default",
    });
  });

  it("refuses an address used anywhere on the platform, and sends nothing", async () => {
    const office = await newOffice();
    const other = registration();
    await server.client().post("/api/register", other);
    const before = (await server.flushMail()).length;
    const res = await office.admin.post("/api/office/invitations", {
      firstName: "X",
      lastName: "Y",
      email: other.email.toUpperCase(),
      language: "nl",
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.email.code).toBe("EMAIL_TAKEN");
    expect((await server.flushMail()).length).toBe(before);
  });

  it("makes the old link useless when the invitation is resent, and a cancelled one useless too", async () => {
    const office = await newOffice();
    const email = inviteeEmail();
    const invited = await office.admin.post("/api/office/invitations", {
      firstName: "A",
      lastName: "B",
      email,
      language: "en",
    });
    const first = await server.nextMail(email, /Invitation/);
    const oldToken = new URL(linkIn(first, /http:\/\/\S+\/invitation\?token=\S+/)).searchParams.get("token")!;
    expect(
      (await office.admin.post(`/api/office/members/${invited.body.userId}/invitation/resend`)).status,
    ).toBe(204);
    const second = await server.nextMail(email, /Invitation/);
    const newToken = new URL(linkIn(second, /http:\/\/\S+\/invitation\?token=\S+/)).searchParams.get(
      "token",
    )!;
    expect(newToken).not.toBe(oldToken);
    expect((await server.client().get(`/api/invitations/${oldToken}`)).body.error.code).toBe(
      "INVITATION_INVALID",
    );
    expect((await server.client().get(`/api/invitations/${newToken}`)).status).toBe(200);

    expect((await office.admin.delete(`/api/office/members/${invited.body.userId}/invitation`)).status).toBe(
      204,
    );
    expect((await server.client().get(`/api/invitations/${newToken}`)).body.error.code).toBe(
      "INVITATION_INVALID",
    );
    expect((await office.admin.get(`/api/office/members/${invited.body.userId}`)).status).toBe(404);
    // The address is free again.
    expect(
      (
        await office.admin.post("/api/office/invitations", {
          firstName: "A",
          lastName: "B",
          email,
          language: "en",
        })
      ).status,
    ).toBe(201);
  });

  it("keeps invitation links out of the log, and sends an invited user no reset link", async () => {
    const office = await newOffice();
    const email = inviteeEmail();
    await office.admin.post("/api/office/invitations", {
      firstName: "A",
      lastName: "B",
      email,
      language: "nl",
    });
    const mail = await server.nextMail(email, /Uitnodiging/);
    const token = new URL(linkIn(mail, /http:\/\/\S+\/invitation\?token=\S+/)).searchParams.get("token")!;
    expect((await server.client().get(`/api/invitations/${token}`)).status).toBe(200);
    expect(server.logs()).not.toContain(token);
    expect((await server.client().post("/api/password/forgot", { email })).status).toBe(202);
    await expect(server.nextMail(email, /paswoord/)).rejects.toThrow(/no mail/);
  });

  it("refuses an expired invitation", async () => {
    const office = await newOffice();
    const email = inviteeEmail();
    await office.admin.post("/api/office/invitations", {
      firstName: "A",
      lastName: "B",
      email,
      language: "nl",
    });
    const mail = await server.nextMail(email, /Uitnodiging/);
    const token = new URL(linkIn(mail, /http:\/\/\S+\/invitation\?token=\S+/)).searchParams.get("token")!;
    await withTenant(server.db, office.accountId, (tx) =>
      tx.execute(sql`update invitation set expires_at = now() - interval '1 minute'`),
    );
    const res = await server.client().post("/api/invitations/accept", {
      token,
      password: "Collega-Paswoord-1",
      confirmPassword: "Collega-Paswoord-1",
    });
    expect(res.body.error.code).toBe("INVITATION_INVALID");
  });
});

describe("roles and access", () => {
  it("keeps at least one active admin", async () => {
    const office = await newOffice();
    const demote = await office.admin.post(`/api/office/members/${office.adminId}/role`, {
      role: "intermediary",
    });
    expect(demote.status).toBe(409);
    expect(demote.body.error.code).toBe("LAST_ADMIN");
    expect((await office.admin.post(`/api/office/members/${office.adminId}/disable`)).body.error.code).toBe(
      "LAST_ADMIN",
    );

    const second = await colleague(office, { isAdmin: true });
    expect(
      (await office.admin.post(`/api/office/members/${office.adminId}/role`, { role: "intermediary" }))
        .status,
    ).toBe(200);
    expect(
      (await second.client.post(`/api/office/members/${second.userId}/role`, { role: "intermediary" })).body
        .error.code,
    ).toBe("LAST_ADMIN");
  });

  it("ends a disabled user's sessions at once, refuses their sign-in, and lets them back when enabled", async () => {
    const office = await newOffice();
    const anne = await colleague(office);
    expect((await anne.client.get("/api/me")).status).toBe(200);
    const sessionCookies = new Map(anne.client.cookies);
    const disabled = await office.admin.post(`/api/office/members/${anne.userId}/disable`);
    expect(disabled.body.status).toBe("disabled");
    expect((await anne.client.get("/api/me")).status).toBe(401);
    const signIn = await server
      .client()
      .post("/api/session", { email: anne.email, password: "Collega-Paswoord-1" });
    expect(signIn.status).toBe(403);
    expect(signIn.body.error.code).toBe("ACCOUNT_DISABLED");
    await office.admin.post(`/api/office/members/${anne.userId}/enable`);
    // The session was deleted, not only refused: enabling her again does not bring it back.
    const oldSession = server.client();
    for (const [name, value] of sessionCookies) oldSession.cookies.set(name, value);
    expect((await oldSession.get("/api/me")).status).toBe(401);
    expect(
      (await server.client().post("/api/session", { email: anne.email, password: "Collega-Paswoord-1" }))
        .status,
    ).toBe(200);
  });

  it("lets intermediaries read the office but change nothing", async () => {
    const office = await newOffice();
    const anne = await colleague(office);
    expect((await anne.client.get("/api/office/members")).status).toBe(200);
    const before = await office.admin.get("/api/office/groups");
    const res = await anne.client.post("/api/office/groups", { name: "Mine" });
    expect(res.status).toBe(403);
    expect((await office.admin.get("/api/office/groups")).body).toEqual(before.body);
    expect(
      (await anne.client.post(`/api/office/members/${anne.userId}/role`, { role: "admin" })).status,
    ).toBe(403);
    expect((await anne.client.get("/api/office/activity")).status).toBe(403);
    const denied = (await office.admin.get("/api/office/activity")).body.entries.filter(
      (e: { action: string }) => e.action === "access.denied",
    );
    expect(denied.length).toBeGreaterThanOrEqual(3);
    expect(denied[0]).toMatchObject({
      actor: { userId: anne.userId },
      data: { route: "/api/office/activity" },
    });
  });
});

describe("groups", () => {
  it("creates, edits and deletes a group; Default stays; names are unique per office", async () => {
    const office = await newOffice();
    const id = await group(office, "Business School");
    const dup = await office.admin.post("/api/office/groups", { name: "business school" });
    expect(dup.body.error.fields.name.code).toBe("GROUP_NAME_TAKEN");
    const bad = await office.admin.post("/api/office/groups", { name: "", postcode: "12", email: "nope" });
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["email", "name", "postcode"]);

    const edited = await office.admin.patch(`/api/office/groups/${id}`, {
      name: "BS",
      city: "Gent",
      postcode: "9000",
    });
    expect(edited.body.group).toMatchObject({ name: "BS", city: "Gent", street: "" });

    const del = await office.admin.delete(`/api/office/groups/${office.defaultGroupId}`);
    expect(del.status).toBe(409);
    expect(del.body.error.code).toBe("GROUP_IS_DEFAULT");
    expect((await office.admin.delete(`/api/office/groups/${id}`)).status).toBe(204);
    expect((await office.admin.get(`/api/office/groups/${id}`)).status).toBe(404);
  });

  it("moves a user whose last group goes back to Default", async () => {
    const office = await newOffice();
    const sales = await group(office, "Sales");
    const anne = await colleague(office, { groupIds: [sales] });
    expect((await office.admin.delete(`/api/office/members/${anne.userId}/groups/${sales}`)).status).toBe(
      204,
    );
    expect((await anne.client.get("/api/me")).body.subaccounts).toEqual([
      { id: office.defaultGroupId, name: "Default" },
    ]);
    const added = await office.admin.post(`/api/office/members/${anne.userId}/groups`, {
      groupId: office.defaultGroupId,
    });
    expect(added.body.error.code).toBe("ALREADY_IN_GROUP");
  });

  it("stores a logo checked by content and resized, and refuses disguised or too large files", async () => {
    const office = await newOffice();
    const id = await group(office, "Logo");
    const png = await sharp({ create: { width: 1200, height: 600, channels: 3, background: "#1c4e9c" } })
      .png()
      .toBuffer();
    // fetch cannot set Host, so the upload names this host as its origin.
    const sameHost = `http://127.0.0.1:${new URL(server.url).port}`;
    const put = async (data: Buffer, type: string) => {
      const res = await fetch(`${server.url}/api/office/groups/${id}/logo`, {
        method: "PUT",
        headers: {
          "content-type": type,
          origin: sameHost,
          cookie: [...office.admin.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
          "x-forwarded-for": office.admin.ip,
          "accept-language": "en",
        },
        body: data,
      });
      return { status: res.status, body: (await res.json()) as any };
    };

    const ok = await put(png, "image/png");
    expect(ok.status).toBe(200);
    expect(ok.body.group.logoUrl).toBe(`/api/office/groups/${id}/logo`);
    const stored = await office.admin.get(ok.body.group.logoUrl);
    expect(stored.headers.get("content-type")).toBe("image/webp");

    const disguised = await put(Buffer.from("<svg onload=alert(1)></svg>"), "image/png");
    expect(disguised.status).toBe(400);
    expect(disguised.body.error.fields.logo.code).toBe("LOGO_NOT_AN_IMAGE");
    const truncated = await put(png.subarray(0, 40), "image/png");
    expect(truncated.body.error.fields.logo.code).toBe("LOGO_NOT_AN_IMAGE");
    const big = Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024)]);
    const tooLarge = await put(big, "image/png");
    expect(tooLarge.body.error.fields.logo.code).toBe("LOGO_TOO_LARGE");
  });
});

describe("subaccounts and who sees which group", () => {
  it("lists a colleague's own groups only, keeps the choice on the session, and refuses a group they are not in", async () => {
    const office = await newOffice();
    const a = await group(office, "A");
    const b = await group(office, "B");
    const c = await group(office, "C");
    const anne = await colleague(office, { groupIds: [a, b] });
    const me = (await anne.client.get("/api/me")).body;
    expect(me.subaccounts.map((g: { name: string }) => g.name)).toEqual(["A", "B"]);
    const switched = await anne.client.post("/api/me/subaccount", { groupId: b });
    expect(switched.body.subaccount).toEqual({ id: b, name: "B" });
    expect((await anne.client.get("/api/me")).body.subaccount.id).toBe(b);
    expect((await anne.client.post("/api/me/subaccount", { groupId: c })).status).toBe(404);
    // An admin may work in every group of the office.
    const adminMe = (await office.admin.get("/api/me")).body;
    expect(adminMe.subaccounts.map((g: { name: string }) => g.name)).toEqual(["Default", "A", "B", "C"]);
  });

  it("keeps the subaccount a user works in when an admin adds them to a group that sorts first", async () => {
    const office = await newOffice();
    const gent = await group(office, "Gent");
    const anne = await colleague(office, { groupIds: [gent] });
    const brugge = await group(office, "Brugge");
    await office.admin.post(`/api/office/members/${anne.userId}/groups`, { groupId: brugge });
    const me = (await anne.client.get("/api/me")).body;
    expect(me.subaccount.name).toBe("Gent");
    expect(me.subaccounts.map((g: { name: string }) => g.name)).toEqual(["Brugge", "Gent"]);
  });

  it("lets a member see the rows of their groups only, an admin all of the office, and no one another office's", async () => {
    const office = await newOffice();
    const other = await newOffice();
    const a = await group(office, "A");
    const b = await group(office, "B");
    const anne = await colleague(office, { groupIds: [a] });
    const rowsVisible = (viewer: { accountId: string; userId: string; role: "admin" | "intermediary" }) =>
      withTenant(server.db, viewer.accountId, async (tx) =>
        (
          await tx
            .select({ id: accountGroup.id })
            .from(accountGroup)
            .where(visibleTo(viewer, { accountId: accountGroup.accountId, groupId: accountGroup.id }))
        ).map((r) => r.id),
      );
    expect(
      await rowsVisible({ accountId: office.accountId, userId: anne.userId, role: "intermediary" }),
    ).toEqual([a]);
    expect(
      (await rowsVisible({ accountId: office.accountId, userId: office.adminId, role: "admin" })).sort(),
    ).toEqual([office.defaultGroupId, a, b].sort());
    // The other office's admin, asking with this office's ids, sees nothing of it.
    const foreign = await withTenant(server.db, other.accountId, (tx) =>
      visibleGroups(tx, { accountId: other.accountId, userId: other.adminId, role: "admin" }),
    );
    expect(foreign.map((g) => g.id)).toEqual([other.defaultGroupId]);
  });
});

describe("row-level security", () => {
  it("shows a tenant table's rows only within the office named for the transaction", async () => {
    const office = await newOffice();
    await newOffice();
    const unscoped = await queryRows<{ n: number }>(
      server.db,
      sql`select count(*)::int as n from account_group`,
    );
    expect(unscoped[0]!.n).toBe(0);
    const scoped = await withTenant(server.db, office.accountId, (tx) =>
      queryRows<{ account_id: string }>(tx, sql`select account_id from account_group`),
    );
    expect(new Set(scoped.map((r) => r.account_id))).toEqual(new Set([office.accountId]));
    const all = await asPlatform(server.db, (tx) =>
      queryRows<{ n: number }>(tx, sql`select count(*)::int as n from account`),
    );
    expect(all[0]!.n).toBeGreaterThan(1);
  });

  it("refuses to write a row into another office", async () => {
    const office = await newOffice();
    const other = await newOffice();
    const error = await withTenant(server.db, office.accountId, (tx) =>
      tx.execute(sql`insert into account_group (account_id, name) values (${other.accountId}, 'Intruder')`),
    ).then(
      () => null,
      (e: { cause?: { message?: string } }) => e,
    );
    expect(error?.cause?.message).toMatch(/row-level security/);
  });

  it("runs the app as a role that owns nothing", async () => {
    const rows = await queryRows<{ role: string; superuser: boolean }>(
      server.db,
      sql`select current_user as role, (select rolsuper from pg_roles where rolname = current_user) as superuser`,
    );
    expect(rows[0]).toEqual({ role: "courtier_app", superuser: false });
  });
});

describe("activity", () => {
  it("shows the admin who did what, from where", async () => {
    const office = await newOffice();
    const anne = await colleague(office);
    await office.admin.post(`/api/office/members/${anne.userId}/role`, { role: "admin" });
    const page = await office.admin.get("/api/office/activity");
    const actions = page.body.entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "member.invited",
        "invitation.accepted",
        "member.role_changed",
        "office.registered",
      ]),
    );
    const roleChange = page.body.entries.find((e: { action: string }) => e.action === "member.role_changed");
    expect(roleChange).toMatchObject({
      actor: { name: "Clémentine Cazelles" },
      subject: { kind: "user", name: "Anne Peeters" },
      data: { role: "admin" },
    });
    expect(roleChange.ipAddress).toBe(office.admin.ip);
  });

  it("cannot be changed or removed by the app, not even across offices", async () => {
    const office = await newOffice();
    for (const statement of [
      sql`update audit_event set action = 'edited' where account_id = ${office.accountId}`,
      sql`delete from audit_event where account_id = ${office.accountId}`,
      sql`truncate audit_event`,
    ])
      await expect(asPlatform(server.db, (tx) => tx.execute(statement))).rejects.toMatchObject({
        cause: { message: expect.stringMatching(/permission denied/) },
      });
    const page = await office.admin.get("/api/office/activity");
    expect(page.body.entries.map((e: { action: string }) => e.action)).toContain("office.registered");
  });
});

describe("exporting the office's data", () => {
  it("gives an admin everything held about the office as JSON, without secrets, and nobody else", async () => {
    const office = await newOffice();
    const anne = await colleague(office);
    const res = await office.admin.get("/api/office/export");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(
      /attachment; filename="courtier-office-\d{4}-\d{2}-\d{2}\.json"/,
    );
    expect(res.body.office).toMatchObject({ id: office.accountId, enterpriseNumber: "0123456749" });
    expect(res.body.users.map((u: { userId: string }) => u.userId).sort()).toEqual(
      [office.adminId, anne.userId].sort(),
    );
    expect(res.body.groups.map((g: { name: string }) => g.name)).toEqual(["Default"]);
    expect(res.body.audit.map((a: { action: string }) => a.action)).toContain("member.invited");
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/argon2|token|password/i);
    expect((await anne.client.get("/api/office/export")).status).toBe(403);
  });
});

describe("the users table", () => {
  it("searches by name or email, accent-insensitively, and pages", async () => {
    const office = await newOffice();
    for (let i = 0; i < 3; i++) await colleague(office);
    const all = await office.admin.get("/api/office/members?pageSize=2");
    expect(all.body).toMatchObject({ total: 4, page: 1, pageSize: 2 });
    expect(all.body.members).toHaveLength(2);
    const second = await office.admin.get("/api/office/members?pageSize=2&page=2");
    expect(second.body.members).toHaveLength(2);
    const found = await office.admin.get("/api/office/members?q=CLEMENTINE");
    expect(found.body.members.map((m: { firstName: string }) => m.firstName)).toEqual(["Clémentine"]);
    expect((await office.admin.get("/api/office/members?pageSize=1000")).status).toBe(400);
  });
});
