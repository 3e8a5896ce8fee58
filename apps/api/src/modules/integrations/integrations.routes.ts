import { signInSchema } from "@courtier/contracts/auth";
import { languageSettingsSchema } from "@courtier/contracts/fields";
import {
  accessRequestSchema,
  decisionSchema,
  queueQuerySchema,
  revokeSchema,
  staffInviteSchema,
} from "@courtier/contracts/integrations";
import type {
  AccessRequestPage,
  IntegrationSummary,
  OfficeIntegrations,
  StaffList,
  StaffMe,
} from "@courtier/contracts/responses";
import { asPlatform, inOrder, withTenant } from "@courtier/db/tenancy";
import type { FastifyInstance } from "fastify";
import type { AppContext } from "#src/app.ts";
import { requireActor } from "#src/platform/actor.ts";
import { AppError } from "#src/platform/errors.ts";
import {
  forwardCookies,
  parseWith,
  revokeSignIn,
  signInWithPassword,
  uuidParam,
} from "#src/platform/http.ts";
import { contract } from "#src/platform/openapi.ts";
import { reserveSignInAttempt } from "#src/platform/sign-in-limit.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import { findUserById, setUserLanguage } from "../auth/user.repository.ts";
import { findStaff, listStaff } from "../backoffice/staff.repository.ts";
import { hostInsurer, inviteStaff, requireStaff } from "../backoffice/staff.ts";
import { insurerUrl } from "../backoffice/urls.ts";
import { findSessionGroup } from "../office/office.repository.ts";
import { resolveSubaccount } from "../office/visibility.ts";
import { decideAccess, requestAccess, revokeAccess } from "./access-requests.ts";
import {
  acceptedProductsOfGroup,
  type IntegrationRow,
  listOfficeIntegrations,
  pageInsurerRequests,
} from "./integrations.repository.ts";

const idParam = uuidParam;

const summary = (r: IntegrationRow): IntegrationSummary => ({
  id: r.id,
  product: { id: r.productId, name: r.productName, versionLabel: r.versionLabel, insurerName: r.insurerName },
  producerNumber: r.producerNumber,
  status: r.status,
  groups: r.groups,
  requestedAt: r.requestedAt.toISOString(),
  requestedBy: r.requestedBy,
  decidedAt: r.decidedAt?.toISOString() ?? null,
  reason: r.reason,
});

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]!.toUpperCase())
    .join("");

export function integrationRoutes(app: FastifyInstance, { db, auth, config }: AppContext): void {
  // ── Broker side ──

  app.get(
    "/api/integrations",
    contract({ summary: "The office's access requests and integrations", access: "session" }),
    async (request): Promise<OfficeIntegrations> => {
      const actor = await requireActor(request, auth, db);
      const chosen = await asPlatform(db, (tx) => findSessionGroup(tx, actor.sessionId));
      return withTenant(db, actor.accountId, async (tx) => {
        const { current } = await resolveSubaccount(tx, actor, chosen);
        const [rows, products] = await inOrder([
          () => listOfficeIntegrations(tx, actor.accountId),
          () => acceptedProductsOfGroup(tx, actor.accountId, current.id),
        ]);
        return { integrations: rows.map(summary), subaccountProducts: products };
      });
    },
  );

  app.post(
    "/api/integrations",
    contract({
      summary: "Request access to a product with a producer number (admins)",
      access: "admin",
      body: accessRequestSchema,
    }),
    async (request, reply) => {
      const actor = await requireActor(request, auth, db);
      if (actor.role !== "admin") throw AppError.forbidden();
      const input = parseWith(accessRequestSchema, request.body);
      const id = await requestAccess(db, actor, input);
      const rows = await withTenant(db, actor.accountId, (tx) => listOfficeIntegrations(tx, actor.accountId));
      return reply.status(201).send(summary(rows.find((r) => r.id === id)!));
    },
  );

  // ── Insurer back office (on the insurer's own host) ──

  const limits = config.rateLimits;
  app.post(
    "/api/backoffice/session",
    contract({ summary: "Staff sign-in on their insurer's host", access: "public", body: signInSchema }),
    async (request, reply) => {
      const input = parseWith(signInSchema, request.body);
      const attempt = await reserveSignInAttempt(db, limits, request.ip, input.email);
      const insurer = await hostInsurer(db, request, config.publicUrl);
      const response = await signInWithPassword(auth, request, input.email, input.password);
      const userId = response.ok ? ((await response.json()) as { user: { id: string } }).user.id : null;
      const staff = userId ? await findStaff(db, userId) : null;
      if (!userId || !staff || !insurer || staff.insurerId !== insurer.id) {
        if (userId) await revokeSignIn(auth, response);
        await recordAudit(db, {
          action: "backoffice.sign_in.failed",
          ipAddress: request.ip,
          data: { email: input.email },
        });
        throw new AppError("INVALID_CREDENTIALS", 401);
      }
      await attempt.succeeded();
      await recordAudit(db, { actorUserId: userId, action: "backoffice.signed_in", ipAddress: request.ip });
      forwardCookies(response, reply);
      return reply.send(await staffMe(userId, staff.role, insurer));
    },
  );

  async function staffMe(
    userId: string,
    role: "admin" | "member",
    insurer: NonNullable<Awaited<ReturnType<typeof hostInsurer>>>,
  ): Promise<StaffMe> {
    const u = await findUserById(db, userId);
    return {
      user: {
        id: userId,
        name: u!.name,
        email: u!.email,
        language: u!.language,
        initials: initials(u!.name),
      },
      insurer: {
        slug: insurer.slug,
        name: insurer.name,
        logoUrl: `/api/insurers/${insurer.slug}/logo.svg`,
        primaryColor: insurer.primaryColor,
        accentColor: insurer.accentColor,
      },
      role,
    };
  }

  app.get(
    "/api/backoffice/me",
    contract({ summary: "The signed-in staff member", access: "staff" }),
    async (request) => {
      const staff = await requireStaff(request, auth, db, config);
      const insurer = await hostInsurer(db, request, config.publicUrl);
      return staffMe(staff.userId, staff.role, insurer!);
    },
  );

  app.patch(
    "/api/backoffice/me",
    contract({ summary: "Save the staff member's language", access: "staff", body: languageSettingsSchema }),
    async (request) => {
      const staff = await requireStaff(request, auth, db, config);
      const { language } = parseWith(languageSettingsSchema, request.body);
      await setUserLanguage(db, staff.userId, language);
      const insurer = await hostInsurer(db, request, config.publicUrl);
      return staffMe(staff.userId, staff.role, insurer!);
    },
  );

  app.get(
    "/api/backoffice/requests",
    contract({ summary: "Access requests for this insurer's products", access: "staff" }),
    async (request): Promise<AccessRequestPage> => {
      const staff = await requireStaff(request, auth, db, config);
      const query = parseWith(queueQuerySchema, request.query);
      const { rows, total } = await asPlatform(db, (tx) =>
        pageInsurerRequests(tx, staff.insurerId, query.status, query.page, query.pageSize),
      );
      return {
        requests: rows.map((r) => ({
          id: r.id,
          office: {
            id: r.accountId,
            commercialName: r.officeName,
            enterpriseNumber: r.enterpriseNumber,
            street: r.street,
            number: r.number,
            postcode: r.postcode,
            city: r.city,
          },
          requester: r.requestedBy,
          product: { id: r.productId, name: r.productName, versionLabel: r.versionLabel },
          producerNumber: r.producerNumber,
          groups: r.groups,
          status: r.status,
          requestedAt: r.requestedAt.toISOString(),
          decidedAt: r.decidedAt?.toISOString() ?? null,
          decidedBy: r.decidedBy,
          reason: r.reason,
          producerNumberClaimedBy: r.claimedBy,
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  );

  app.post<{ Params: { id: string } }>(
    "/api/backoffice/requests/:id/decision",
    contract({
      summary: "Accept or refuse (with a reason) an access request",
      access: "staff",
      body: decisionSchema,
    }),
    async (request, reply) => {
      const staff = await requireStaff(request, auth, db, config);
      const id = idParam(request.params.id);
      const input = parseWith(decisionSchema, request.body);
      await decideAccess(
        { db, staff, productsUrl: `${insurerUrl(config.publicUrl, staff.insurerSlug)}/products` },
        id,
        input,
      );
      return reply.status(204).send();
    },
  );

  app.post<{ Params: { id: string } }>(
    "/api/backoffice/requests/:id/revoke",
    contract({
      summary: "Revoke an accepted integration, with a reason",
      access: "staff",
      body: revokeSchema,
    }),
    async (request, reply) => {
      const staff = await requireStaff(request, auth, db, config);
      const id = idParam(request.params.id);
      const { reason } = parseWith(revokeSchema, request.body);
      await revokeAccess(
        { db, staff, productsUrl: `${insurerUrl(config.publicUrl, staff.insurerSlug)}/products` },
        id,
        reason,
      );
      return reply.status(204).send();
    },
  );

  app.get(
    "/api/backoffice/staff",
    contract({ summary: "This insurer's staff", access: "staff" }),
    async (request): Promise<StaffList> => {
      const staff = await requireStaff(request, auth, db, config);
      const rows = await listStaff(db, staff.insurerId);
      return { staff: rows };
    },
  );

  app.post(
    "/api/backoffice/staff",
    contract({
      summary: "Invite a colleague to the back office (staff admins)",
      access: "staff",
      body: staffInviteSchema,
    }),
    async (request, reply) => {
      const staff = await requireStaff(request, auth, db, config);
      const input = parseWith(staffInviteSchema, request.body);
      await inviteStaff(db, staff, input, config.publicUrl);
      return reply.status(201).send({});
    },
  );
}
