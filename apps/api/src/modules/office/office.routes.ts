import type { Members, OfficeDetails } from "@courtier/contracts/responses";
import type { FastifyInstance } from "fastify";
import type { AppContext } from "#src/app.ts";
import { requireActor } from "#src/platform/actor.ts";
import { AppError } from "#src/platform/errors.ts";
import { contract } from "#src/platform/openapi.ts";
import { findOffice, listGroupsWithCounts, listMembers } from "./office.repository.ts";

export function officeRoutes(app: FastifyInstance, { db, auth }: AppContext): void {
  app.get(
    "/api/office",
    contract({ summary: "The office and its groups", access: "session" }),
    async (request) => {
      const actor = await requireActor(request, auth, db);
      const office = await findOffice(db, actor.accountId);
      if (!office) throw AppError.notFound();
      const groups = await listGroupsWithCounts(db, actor.accountId);
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
        // Integrations arrive with product access; until then no group has one.
        groups: groups.map((g) => ({ ...g, integrationCount: 0 })),
      };
    },
  );

  app.get(
    "/api/office/members",
    contract({ summary: "The office's users", access: "session" }),
    async (request) => {
      const actor = await requireActor(request, auth, db);
      const members = await listMembers(db, actor.accountId);
      return {
        members: members.map((m) => ({ ...m, products: [], invitedAt: m.invitedAt.toISOString() })),
      };
    },
  );
}
