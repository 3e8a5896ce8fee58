import {
  acceptInvitationSchema,
  activityQuerySchema,
  groupRefSchema,
  groupSchema,
  inviteUserSchema,
  membersQuerySchema,
  setRoleSchema,
  subaccountSchema,
} from "@courtier/contracts/office";
import type {
  ActivityEntry,
  ActivityPage,
  GroupDetails,
  GroupList,
  Invitation,
  Member,
  MemberPage,
  OfficeDetails,
  UserDetails,
} from "@courtier/contracts/responses";
import type { Db } from "@courtier/db/client";
import { withTenant } from "@courtier/db/tenancy";
import type { FastifyInstance } from "fastify";
import type { AppContext } from "#src/app.ts";
import { requireActor, requireAdmin } from "#src/platform/actor.ts";
import { AppError } from "#src/platform/errors.ts";
import { forwardCookies, parseWith, signInWithPassword, uuidParam } from "#src/platform/http.ts";
import { contract } from "#src/platform/openapi.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import { presentMe, sessionOfSignIn } from "../profile/me.presenter.ts";
import { exportOffice } from "./export-office.ts";
import { createGroup, editGroup, removeGroup, removeGroupLogo, setGroupLogo } from "./groups.ts";
import {
  acceptInvitation,
  cancelInvitation,
  describeInvitation,
  inviteUser,
  resendInvitation,
} from "./invitations.ts";
import { presentGroup, presentMember } from "./member.presenter.ts";
import { addMemberToGroup, changeRole, removeMemberFromGroup, setMemberEnabled } from "./members.ts";
import {
  findGroup,
  findMember,
  findOffice,
  listGroupMembers,
  listGroups,
  namesOfUsers,
  pageActivity,
  pageMembers,
  referencesOfQuotes,
  setSessionGroup,
} from "./office.repository.ts";
import { visibleGroups } from "./visibility.ts";

const idParam = uuidParam;

/** User ids are better-auth's uuids too; anything else is unknown. */
const userParam = idParam;

async function memberOr404(db: Db, accountId: string, userId: string): Promise<Member> {
  const row = await withTenant(db, accountId, (tx) => findMember(tx, accountId, userId));
  if (!row) throw AppError.notFound();
  return presentMember(row);
}

async function groupDetails(db: Db, accountId: string, groupId: string): Promise<GroupDetails> {
  return withTenant(db, accountId, async (tx) => {
    const group = await findGroup(tx, accountId, groupId);
    if (!group) throw AppError.notFound();
    const members = await listGroupMembers(tx, accountId, groupId);
    return { group: presentGroup(group), members: members.map(presentMember) };
  });
}

export function officeRoutes(app: FastifyInstance, { db, auth, config, files }: AppContext): void {
  // ── The office ──

  app.get(
    "/api/office",
    contract({ summary: "The office and its groups", access: "session" }),
    async (request) => {
      const actor = await requireActor(request, auth, db);
      return withTenant(db, actor.accountId, async (tx): Promise<OfficeDetails> => {
        const office = await findOffice(tx, actor.accountId);
        if (!office) throw AppError.notFound();
        const groups = await listGroups(tx, actor.accountId);
        return {
          office: {
            id: office.id,
            commercialName: office.commercialName,
            enterpriseNumber: office.enterpriseNumber,
            street: office.street,
            number: office.number,
            postcode: office.postcode,
            city: office.city,
            website: office.website,
            phone: office.phone,
          },
          groups: groups.map((g) => {
            const { id, name, isDefault, memberCount, integrationCount } = presentGroup(g);
            return { id, name, isDefault, memberCount, integrationCount };
          }),
        };
      });
    },
  );

  app.get(
    "/api/office/export",
    contract({ summary: "Everything held about the office, as JSON (admins)", access: "admin" }),
    async (request, reply) => {
      const actor = await requireAdmin(request, auth, db);
      const data = await exportOffice(db, actor);
      const day = data.exportedAt.slice(0, 10);
      return reply
        .header("content-disposition", `attachment; filename="courtier-office-${day}.json"`)
        .send(data);
    },
  );

  app.get(
    "/api/office/activity",
    contract({ summary: "The office's audit trail (admins)", access: "admin" }),
    async (request): Promise<ActivityPage> => {
      const actor = await requireAdmin(request, auth, db);
      const query = parseWith(activityQuerySchema, request.query);
      return withTenant(db, actor.accountId, async (tx) => {
        const { rows, total } = await pageActivity(tx, actor.accountId, query.page, query.pageSize);
        const groups = new Map((await listGroups(tx, actor.accountId)).map((g) => [g.id, g.name]));
        const isQuote = (r: (typeof rows)[number]) => r.action.startsWith("quote.");
        const subjects = (keep: (r: (typeof rows)[number]) => boolean) =>
          rows.filter((r) => r.subject && keep(r)).map((r) => r.subject!);
        const users = await namesOfUsers(
          tx,
          subjects((r) => !isQuote(r) && !groups.has(r.subject!)),
        );
        const quotes = await referencesOfQuotes(tx, actor.accountId, subjects(isQuote));
        // What an event is about, by name: a group, a user, the office itself, or a quote.
        const subjectOf = (r: (typeof rows)[number]): ActivityEntry["subject"] => {
          const id = r.subject;
          if (!id) return null;
          if (groups.has(id)) return { kind: "group", id, name: groups.get(id)! };
          if (users.has(id)) return { kind: "user", id, name: users.get(id)! };
          if (id === actor.accountId) return { kind: "office", id, name: "" };
          if (isQuote(r)) return { kind: "quote", id, name: quotes.get(id) ?? "" };
          return { kind: "user", id, name: String((r.data as { name?: string }).name ?? "") };
        };
        return {
          entries: rows.map((r) => ({
            id: r.id,
            at: r.at.toISOString(),
            action: r.action,
            actor: r.actorUserId ? { userId: r.actorUserId, name: r.actorName ?? "" } : null,
            subject: subjectOf(r),
            ipAddress: r.ipAddress,
            data: r.data as Record<string, unknown>,
          })),
          total,
          page: query.page,
          pageSize: query.pageSize,
        };
      });
    },
  );

  // ── Users ──

  app.get(
    "/api/office/members",
    contract({ summary: "The office's users, searched and paged", access: "session" }),
    async (request): Promise<MemberPage> => {
      const actor = await requireActor(request, auth, db);
      const query = parseWith(membersQuerySchema, request.query);
      const { rows, total } = await withTenant(db, actor.accountId, (tx) =>
        pageMembers(tx, actor.accountId, query.q, query.page, query.pageSize),
      );
      return { members: rows.map(presentMember), total, page: query.page, pageSize: query.pageSize };
    },
  );

  app.get<{ Params: { userId: string } }>(
    "/api/office/members/:userId",
    contract({ summary: "A user of the office with their groups", access: "session" }),
    async (request): Promise<UserDetails> => {
      const actor = await requireActor(request, auth, db);
      const userId = userParam(request.params.userId);
      return withTenant(db, actor.accountId, async (tx) => {
        const row = await findMember(tx, actor.accountId, userId);
        if (!row) throw AppError.notFound();
        const member = presentMember(row);
        const mine = new Set(member.groups.map((g) => g.id));
        const groups = (await listGroups(tx, actor.accountId))
          .filter((g) => mine.has(g.id))
          .map(presentGroup);
        return { member, groups };
      });
    },
  );

  app.post(
    "/api/office/invitations",
    contract({ summary: "Invite a colleague (admins)", access: "admin", body: inviteUserSchema }),
    async (request, reply) => {
      const actor = await requireAdmin(request, auth, db);
      const input = parseWith(inviteUserSchema, request.body);
      const userId = await inviteUser({ db, actor, publicUrl: config.publicUrl }, input);
      return reply.status(201).send(await memberOr404(db, actor.accountId, userId));
    },
  );

  app.post<{ Params: { userId: string } }>(
    "/api/office/members/:userId/invitation/resend",
    contract({ summary: "Send the invitation again; the old link stops working (admins)", access: "admin" }),
    async (request, reply) => {
      const actor = await requireAdmin(request, auth, db);
      await resendInvitation({ db, actor, publicUrl: config.publicUrl }, userParam(request.params.userId));
      return reply.status(204).send();
    },
  );

  app.delete<{ Params: { userId: string } }>(
    "/api/office/members/:userId/invitation",
    contract({ summary: "Cancel a pending invitation (admins)", access: "admin" }),
    async (request, reply) => {
      const actor = await requireAdmin(request, auth, db);
      await cancelInvitation({ db, actor }, userParam(request.params.userId));
      return reply.status(204).send();
    },
  );

  app.post<{ Params: { userId: string } }>(
    "/api/office/members/:userId/role",
    contract({ summary: "Make a user admin or not (admins)", access: "admin", body: setRoleSchema }),
    async (request) => {
      const actor = await requireAdmin(request, auth, db);
      const userId = userParam(request.params.userId);
      const { role } = parseWith(setRoleSchema, request.body);
      await changeRole({ db, actor }, userId, role);
      return memberOr404(db, actor.accountId, userId);
    },
  );

  for (const [verb, enabled] of [
    ["disable", false],
    ["enable", true],
  ] as const) {
    app.post<{ Params: { userId: string } }>(
      `/api/office/members/:userId/${verb}`,
      contract({ summary: `${enabled ? "Enable" : "Disable"} a user (admins)`, access: "admin" }),
      async (request) => {
        const actor = await requireAdmin(request, auth, db);
        const userId = userParam(request.params.userId);
        await setMemberEnabled({ db, actor }, userId, enabled);
        return memberOr404(db, actor.accountId, userId);
      },
    );
  }

  app.post<{ Params: { userId: string } }>(
    "/api/office/members/:userId/groups",
    contract({ summary: "Add a user to a group (admins)", access: "admin", body: groupRefSchema }),
    async (request, reply) => {
      const actor = await requireAdmin(request, auth, db);
      const userId = userParam(request.params.userId);
      const { groupId } = parseWith(groupRefSchema, request.body);
      await addMemberToGroup({ db, actor }, userId, groupId);
      return reply.status(204).send();
    },
  );

  app.delete<{ Params: { userId: string; groupId: string } }>(
    "/api/office/members/:userId/groups/:groupId",
    contract({ summary: "Remove a user from a group (admins)", access: "admin" }),
    async (request, reply) => {
      const actor = await requireAdmin(request, auth, db);
      await removeMemberFromGroup(
        { db, actor },
        userParam(request.params.userId),
        idParam(request.params.groupId),
      );
      return reply.status(204).send();
    },
  );

  // ── Groups ──

  app.get(
    "/api/office/groups",
    contract({ summary: "The office's groups", access: "session" }),
    async (request) => {
      const actor = await requireActor(request, auth, db);
      const groups = await withTenant(db, actor.accountId, (tx) => listGroups(tx, actor.accountId));
      return { groups: groups.map(presentGroup) } satisfies GroupList;
    },
  );

  app.post(
    "/api/office/groups",
    contract({ summary: "Create a group (admins)", access: "admin", body: groupSchema }),
    async (request, reply) => {
      const actor = await requireAdmin(request, auth, db);
      const input = parseWith(groupSchema, request.body);
      const groupId = await createGroup({ db, actor }, input);
      return reply.status(201).send(await groupDetails(db, actor.accountId, groupId));
    },
  );

  app.get<{ Params: { groupId: string } }>(
    "/api/office/groups/:groupId",
    contract({ summary: "A group with its members", access: "session" }),
    async (request) => {
      const actor = await requireActor(request, auth, db);
      return groupDetails(db, actor.accountId, idParam(request.params.groupId));
    },
  );

  app.patch<{ Params: { groupId: string } }>(
    "/api/office/groups/:groupId",
    contract({ summary: "Edit a group (admins)", access: "admin", body: groupSchema }),
    async (request) => {
      const actor = await requireAdmin(request, auth, db);
      const groupId = idParam(request.params.groupId);
      const input = parseWith(groupSchema, request.body);
      await editGroup({ db, actor }, groupId, input);
      return groupDetails(db, actor.accountId, groupId);
    },
  );

  app.delete<{ Params: { groupId: string } }>(
    "/api/office/groups/:groupId",
    contract({ summary: "Delete a group (admins)", access: "admin" }),
    async (request, reply) => {
      const actor = await requireAdmin(request, auth, db);
      await removeGroup({ db, actor }, idParam(request.params.groupId), files);
      return reply.status(204).send();
    },
  );

  app.put<{ Params: { groupId: string } }>(
    "/api/office/groups/:groupId/logo",
    {
      ...contract({
        summary: "Upload a group's logo: PNG, JPEG or WebP up to 2 MB (admins)",
        access: "admin",
      }),
      // Larger than the 2 MB rule, so that a too-large logo gets its own clear message.
      bodyLimit: 8 * 1024 * 1024,
    },
    async (request) => {
      const actor = await requireAdmin(request, auth, db);
      const groupId = idParam(request.params.groupId);
      if (!Buffer.isBuffer(request.body)) throw AppError.validation({ logo: "LOGO_NOT_AN_IMAGE" });
      await setGroupLogo({ db, actor }, groupId, request.body, files);
      return groupDetails(db, actor.accountId, groupId);
    },
  );

  app.delete<{ Params: { groupId: string } }>(
    "/api/office/groups/:groupId/logo",
    contract({ summary: "Remove a group's logo (admins)", access: "admin" }),
    async (request, reply) => {
      const actor = await requireAdmin(request, auth, db);
      await removeGroupLogo({ db, actor }, idParam(request.params.groupId), files);
      return reply.status(204).send();
    },
  );

  app.get<{ Params: { groupId: string } }>(
    "/api/office/groups/:groupId/logo",
    contract({ summary: "A group's logo", access: "session" }),
    async (request, reply) => {
      const actor = await requireActor(request, auth, db);
      const groupId = idParam(request.params.groupId);
      const group = await withTenant(db, actor.accountId, (tx) => findGroup(tx, actor.accountId, groupId));
      const data = group?.logoPath ? await files.get(group.logoPath) : null;
      if (!data) throw AppError.notFound();
      return reply.type("image/webp").header("cache-control", "private, max-age=300").send(data);
    },
  );

  // ── Subaccount ──

  app.post(
    "/api/me/subaccount",
    contract({ summary: "Switch the session's subaccount", access: "session", body: subaccountSchema }),
    async (request) => {
      const actor = await requireActor(request, auth, db);
      const { groupId } = parseWith(subaccountSchema, request.body);
      await withTenant(db, actor.accountId, async (tx) => {
        const allowed = await visibleGroups(tx, actor);
        if (!allowed.some((g) => g.id === groupId)) throw AppError.notFound();
        await setSessionGroup(tx, actor.sessionId, groupId);
        await recordAudit(tx, {
          accountId: actor.accountId,
          actorUserId: actor.userId,
          action: "subaccount.switched",
          subject: groupId,
          ipAddress: actor.ip,
        });
      });
      return presentMe(db, actor.userId, actor.sessionId);
    },
  );

  // ── Invitation links (anonymous: the token is the credential) ──

  app.get<{ Params: { token: string } }>(
    "/api/invitations/:token",
    contract({ summary: "What an invitation link is for", access: "public" }),
    async (request): Promise<Invitation> =>
      describeInvitation(db, String(request.params.token).slice(0, 200)),
  );

  app.post(
    "/api/invitations/accept",
    contract({
      summary: "Accept an invitation: set the password and sign in",
      access: "public",
      body: acceptInvitationSchema,
    }),
    async (request, reply) => {
      const input = parseWith(acceptInvitationSchema, request.body);
      const { userId, email } = await acceptInvitation(db, input, request.ip);
      const response = await signInWithPassword(auth, request, email, input.password);
      if (!response.ok) throw new AppError("INTERNAL", 500);
      forwardCookies(response, reply);
      return presentMe(db, userId, await sessionOfSignIn(db, response));
    },
  );
}
