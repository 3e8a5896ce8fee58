import {
  backofficeQuoteQuerySchema,
  createQuoteSchema,
  insurerDecisionSchema,
  priceQuoteSchema,
  QUOTE_STATUS_LABELS,
  quoteListQuerySchema,
  quoteSearchQuerySchema,
  saveQuoteSchema,
  transitionSchema,
} from "@courtier/contracts/quotes";
import type {
  ActivityOptions,
  QuoteDetail,
  QuotePage,
  QuoteSaved,
  QuoteSearchResults,
} from "@courtier/contracts/responses";
import { asPlatform, withTenant } from "@courtier/db/tenancy";
import { searchActivities } from "@courtier/rating";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { AppContext } from "#src/app.ts";
import { type Actor, requireActor, requireAdmin } from "#src/platform/actor.ts";
import { AppError } from "#src/platform/errors.ts";
import { parseWith, uuidParam } from "#src/platform/http.ts";
import { contract } from "#src/platform/openapi.ts";
import { ShortCache } from "#src/platform/short-cache.ts";
import { requireStaff } from "../backoffice/staff.ts";
import { insurerUrl } from "../backoffice/urls.ts";
import { findSessionGroup } from "../office/office.repository.ts";
import { decideQuote, getSubmittedQuote, pageSubmittedQuotes } from "./insurer-quotes.ts";
import { renderOfferPdf } from "./offer-pdf.ts";
import { tariffById } from "./pricing.ts";
import { findQuotes, listQuotes, quotesCsv } from "./quote-list.ts";
import { findProductWithInsurer, findVisibleQuote } from "./quotes.repository.ts";
import {
  copyQuote,
  createQuote,
  eraseQuote,
  getQuote,
  priceWithTariff,
  saveDraft,
  transitionQuote,
  visibleTariffVersion,
} from "./quotes.ts";

type IdParams = { Params: { id: string } };

/** `If-Match: "7"` (or `7`): the version a change is based on. Without it a change could overwrite silently. */
function ifMatch(request: FastifyRequest): number {
  const header = request.headers["if-match"];
  const match = typeof header === "string" ? /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim()) : null;
  if (!match) throw new AppError("QUOTE_VERSION_REQUIRED", 428);
  return Number(match[1]);
}

const etag = (reply: FastifyReply, version: number) => reply.header("etag", `"${version}"`);

const csvQuerySchema = quoteListQuerySchema.omit({ page: true, pageSize: true });
const activityQuerySchema = z.strictObject({
  q: z.string().max(100, { error: "TOO_LONG" }).default(""),
});

export function quoteRoutes(app: FastifyInstance, { db, auth, config }: AppContext): void {
  const sessionGroup = (actor: Actor) => asPlatform(db, (tx) => findSessionGroup(tx, actor.sessionId));
  const quoteUrl = (slug: string) => (id: string) => `${insurerUrl(config.publicUrl, slug)}/quotes/${id}`;

  app.get(
    "/api/quotes",
    contract({ summary: "Uw aanvragen: the current subaccount's quotes, one page", access: "session" }),
    async (request): Promise<QuotePage> => {
      const actor = await requireActor(request, auth, db);
      const query = parseWith(quoteListQuerySchema, request.query);
      return listQuotes(db, actor, await sessionGroup(actor), query);
    },
  );

  app.get(
    "/api/quotes/export.csv",
    contract({
      summary: "The current subaccount's quotes as CSV, with the list's filters and order",
      access: "session",
    }),
    async (request, reply) => {
      const actor = await requireActor(request, auth, db);
      const query = parseWith(csvQuerySchema, request.query);
      const page = await listQuotes(db, actor, await sessionGroup(actor), {
        ...query,
        page: 1,
        pageSize: 10_000,
      });
      const headers = {
        nl: ["Referentie", "Klant", "Gemaakt op", "Bijgewerkt op", "Tussenpersoon", "Product", "Status"],
        fr: ["Référence", "Client", "Créé le", "Mis à jour le", "Intermédiaire", "Produit", "Statut"],
        en: ["Reference", "Client", "Created", "Updated", "Intermediary", "Product", "Status"],
      }[actor.language];
      const csv = quotesCsv(
        page.quotes,
        headers,
        (s) => QUOTE_STATUS_LABELS[s as keyof typeof QUOTE_STATUS_LABELS][actor.language],
      );
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="tarificaties.csv"')
        .send(csv);
    },
  );

  app.get(
    "/api/quotes/search",
    contract({ summary: "Zoeken: quotes by anything entered in them, best match first", access: "session" }),
    async (request): Promise<QuoteSearchResults> => {
      const actor = await requireActor(request, auth, db);
      const { q, limit } = parseWith(quoteSearchQuerySchema, request.query);
      return { quotes: await findQuotes(db, actor, q, limit) };
    },
  );

  app.post(
    "/api/quotes",
    contract({
      summary: "Nieuw: a tarification in the current subaccount",
      access: "session",
      body: createQuoteSchema,
    }),
    async (request, reply) => {
      const actor = await requireActor(request, auth, db);
      const { productId } = parseWith(createQuoteSchema, request.body);
      const id = await createQuote(db, actor, await sessionGroup(actor), productId);
      const detail = await getQuote(db, actor, id);
      return etag(reply, detail.version).status(201).send(detail);
    },
  );

  app.get<IdParams>(
    "/api/quotes/:id",
    contract({ summary: "One quote (ETag: its version)", access: "session" }),
    async (request, reply): Promise<QuoteDetail> => {
      const actor = await requireActor(request, auth, db);
      const detail = await getQuote(db, actor, uuidParam(request.params.id));
      etag(reply, detail.version);
      return detail;
    },
  );

  app.put<IdParams>(
    "/api/quotes/:id",
    contract({
      summary: "Autosave the draft (If-Match: the version it is based on)",
      access: "session",
      body: saveQuoteSchema,
    }),
    async (request, reply): Promise<QuoteSaved> => {
      const actor = await requireActor(request, auth, db);
      const id = uuidParam(request.params.id);
      const version = ifMatch(request);
      const { draft } = parseWith(saveQuoteSchema, request.body);
      const saved = await saveDraft(db, actor, id, version, draft);
      etag(reply, saved.version);
      return {
        version: saved.version,
        updatedAt: saved.updatedAt.toISOString(),
        reference: saved.reference,
        status: saved.status,
      };
    },
  );

  // The live premium is asked for at every change in the wizard. It writes nothing and returns a
  // computation only, so who the caller is and which tariff the quote has are remembered for two
  // seconds instead of being read from the database each time (decision 018).
  const priceCallers = new ShortCache<Actor>(2_000);
  const priceTariffs = new ShortCache<string>(2_000);
  app.post<IdParams>(
    "/api/quotes/:id/price",
    contract({
      summary: "The live premium of a draft, with the quote's tariff; saves nothing",
      access: "session",
      body: priceQuoteSchema,
    }),
    async (request) => {
      // Who is asking first: a caller without a session learns nothing, not even the contract.
      const session = request.headers.cookie ?? "";
      const actor = (session && priceCallers.get(session)) || (await requireActor(request, auth, db));
      if (session) priceCallers.set(session, actor);
      const id = uuidParam(request.params.id);
      const { draft } = parseWith(priceQuoteSchema, request.body);
      const key = `${actor.userId}:${id}`;
      const tariffVersion = priceTariffs.get(key) ?? (await visibleTariffVersion(db, actor, id));
      priceTariffs.set(key, tariffVersion);
      return priceWithTariff(tariffVersion, draft);
    },
  );

  app.post<IdParams>(
    "/api/quotes/:id/transitions",
    contract({
      summary: "Offerte maken, Indienen or Archiveren (If-Match)",
      access: "session",
      body: transitionSchema,
    }),
    async (request, reply): Promise<QuoteDetail> => {
      const actor = await requireActor(request, auth, db);
      const id = uuidParam(request.params.id);
      const version = ifMatch(request);
      const { action } = parseWith(transitionSchema, request.body);
      const detail = await transitionQuote(db, actor, id, version, action);
      etag(reply, detail.version);
      return detail;
    },
  );

  app.delete<IdParams>(
    "/api/quotes/:id",
    contract({ summary: "Erase a quote for good, at the client's request (admins)", access: "admin" }),
    async (request, reply) => {
      const actor = await requireAdmin(request, auth, db);
      await eraseQuote(db, actor, uuidParam(request.params.id));
      return reply.status(204).send();
    },
  );

  app.post<IdParams>(
    "/api/quotes/:id/copy",
    contract({
      summary: "Kopiëren: a new quote with the same input, priced with today's tariff",
      access: "session",
    }),
    async (request, reply) => {
      const actor = await requireActor(request, auth, db);
      const id = await copyQuote(db, actor, uuidParam(request.params.id));
      const detail = await getQuote(db, actor, id);
      return etag(reply, detail.version).status(201).send(detail);
    },
  );

  app.get<IdParams>(
    "/api/quotes/:id/activities",
    contract({
      summary: "The activities of the quote's tariff matching a query, in the caller's language",
      access: "session",
    }),
    async (request): Promise<ActivityOptions> => {
      const actor = await requireActor(request, auth, db);
      const id = uuidParam(request.params.id);
      const { q } = parseWith(activityQuerySchema, request.query);
      const row = await withTenant(db, actor.accountId, (tx) => findVisibleQuote(tx, actor, id));
      if (!row) throw AppError.notFound();
      const tariff = tariffById(row.tariffVersion);
      return { activities: tariff ? searchActivities(tariff, q, actor.language, 25) : [] };
    },
  );

  app.get<IdParams>(
    "/api/quotes/:id/offer.pdf",
    contract({ summary: "The offer as PDF, in the client's language", access: "session" }),
    async (request, reply) => {
      const actor = await requireActor(request, auth, db);
      const detail = await getQuote(db, actor, uuidParam(request.params.id));
      if (!detail.actions.includes("pdf")) throw new AppError("ILLEGAL_TRANSITION", 409);
      return sendPdf(reply, detail);
    },
  );

  // ── Insurer back office ──

  app.get(
    "/api/backoffice/quotes",
    contract({ summary: "Submitted quotes of the insurer's products", access: "staff" }),
    async (request) => {
      const staff = await requireStaff(request, auth, db, config);
      return pageSubmittedQuotes(db, staff, parseWith(backofficeQuoteQuerySchema, request.query));
    },
  );

  app.get<IdParams>(
    "/api/backoffice/quotes/:id",
    contract({ summary: "One submitted quote, read-only", access: "staff" }),
    async (request): Promise<QuoteDetail> => {
      const staff = await requireStaff(request, auth, db, config);
      return getSubmittedQuote(db, staff, uuidParam(request.params.id));
    },
  );

  app.get<IdParams>(
    "/api/backoffice/quotes/:id/offer.pdf",
    contract({ summary: "A submitted quote's offer as PDF", access: "staff" }),
    async (request, reply) => {
      const staff = await requireStaff(request, auth, db, config);
      return sendPdf(reply, await getSubmittedQuote(db, staff, uuidParam(request.params.id)));
    },
  );

  app.post<IdParams>(
    "/api/backoffice/quotes/:id/decision",
    contract({
      summary: "Accept or refuse a submitted quote, with a message",
      access: "staff",
      body: insurerDecisionSchema,
    }),
    async (request): Promise<QuoteDetail> => {
      const staff = await requireStaff(request, auth, db, config);
      const id = uuidParam(request.params.id);
      const input = parseWith(insurerDecisionSchema, request.body);
      return decideQuote(db, staff, id, input, quoteUrl(staff.insurerSlug));
    },
  );

  async function sendPdf(reply: FastifyReply, detail: QuoteDetail) {
    const row = await asPlatform(db, (tx) => findProductWithInsurer(tx, detail.product.id));
    const pdf = await renderOfferPdf(detail, row!);
    return reply
      .header("content-type", "application/pdf")
      .header("content-disposition", `inline; filename="${detail.reference}.pdf"`)
      .send(pdf);
  }
}
