import type { QuoteStatus } from "@courtier/contracts/quotes";
import type { Db } from "@courtier/db/client";
import {
  account,
  accountGroup,
  insurer,
  integration,
  integrationGroup,
  product,
  quote,
  user,
} from "@courtier/db/schema";
import { inOrder } from "@courtier/db/tenancy";
import { and, asc, count, desc, eq, inArray, isNull, lt, type SQL, sql } from "drizzle-orm";
import { recordAudits } from "../audit/audit.repository.ts";
import { type Viewer, visibleTo } from "../office/visibility.ts";

/** Database access for tarifications. Every function runs inside `withTenant` or `asPlatform`. */

export type QuoteRow = typeof quote.$inferSelect;

const listColumns = {
  id: quote.id,
  reference: quote.reference,
  status: quote.status,
  createdAt: quote.createdAt,
  updatedAt: quote.updatedAt,
  companyName: quote.companyName,
  city: quote.city,
  intermediaryId: quote.createdByUserId,
  intermediaryName: user.name,
  productId: product.id,
  productName: product.name,
  versionLabel: product.versionLabel,
  groupId: accountGroup.id,
  groupName: accountGroup.name,
};
export type QuoteListRow = {
  [K in keyof typeof listColumns]: (typeof listColumns)[K]["_"]["data"];
};

const listFrom = (db: Db) =>
  db
    .select(listColumns)
    .from(quote)
    .innerJoin(user, eq(user.id, quote.createdByUserId))
    .innerJoin(product, eq(product.id, quote.productId))
    .innerJoin(
      accountGroup,
      and(eq(accountGroup.accountId, quote.accountId), eq(accountGroup.id, quote.groupId)),
    );

/** Hands out the product's next reference number; the row lock serialises concurrent creations. */
export async function nextQuoteSequence(db: Db, productId: string): Promise<number> {
  const [row] = await db
    .update(product)
    .set({ lastQuoteSequence: sql`${product.lastQuoteSequence} + 1` })
    .where(eq(product.id, productId))
    .returning({ sequence: product.lastQuoteSequence });
  return row!.sequence;
}

export async function insertQuote(db: Db, values: typeof quote.$inferInsert): Promise<string> {
  const [row] = await db.insert(quote).values(values).returning({ id: quote.id });
  return row!.id;
}

/** The product with its insurer, for references, tariffs and PDFs. */
export async function findProductWithInsurer(db: Db, productId: string) {
  const rows = await db
    .select({
      id: product.id,
      code: product.code,
      name: product.name,
      versionLabel: product.versionLabel,
      insurerId: insurer.id,
      insurerName: insurer.name,
      insurerSlug: insurer.slug,
      referencePrefix: insurer.referencePrefix,
      primaryColor: insurer.primaryColor,
      accentColor: insurer.accentColor,
    })
    .from(product)
    .innerJoin(insurer, eq(insurer.id, product.insurerId))
    .where(eq(product.id, productId));
  return rows[0] ?? null;
}

/** A quote the viewer may see, or null (another group's or office's quote is "not found"). */
export async function findVisibleQuote(db: Db, viewer: Viewer, quoteId: string): Promise<QuoteRow | null> {
  const rows = await db
    .select()
    .from(quote)
    .where(
      and(eq(quote.id, quoteId), visibleTo(viewer, { accountId: quote.accountId, groupId: quote.groupId })),
    );
  return rows[0] ?? null;
}

/** A submitted (or decided) quote of one insurer's products, for its back office. */
export async function findInsurerQuote(db: Db, insurerId: string, quoteId: string): Promise<QuoteRow | null> {
  const rows = await db
    .select({ quote })
    .from(quote)
    .innerJoin(product, eq(product.id, quote.productId))
    .where(
      and(
        eq(quote.id, quoteId),
        eq(product.insurerId, insurerId),
        inArray(quote.status, ["submitted", "accepted", "refused"]),
      ),
    );
  return rows[0]?.quote ?? null;
}

/** Names shown with a quote: its group, its intermediary and the office. */
export async function quoteContext(db: Db, row: QuoteRow) {
  const [ctx] = await db
    .select({
      groupName: accountGroup.name,
      intermediaryName: user.name,
      intermediaryEmail: user.email,
      intermediaryFirstName: user.firstName,
      intermediaryLanguage: user.language,
      officeName: account.commercialName,
      officeEnterpriseNumber: account.enterpriseNumber,
      officeStreet: account.street,
      officeNumber: account.number,
      officePostcode: account.postcode,
      officeCity: account.city,
      deciderName: sql<string | null>`(select d.name from "user" d where d.id = ${row.decidedByUserId})`,
    })
    .from(accountGroup)
    .innerJoin(account, eq(account.id, accountGroup.accountId))
    .innerJoin(user, eq(user.id, row.createdByUserId))
    .where(and(eq(accountGroup.accountId, row.accountId), eq(accountGroup.id, row.groupId)));
  return ctx!;
}

/**
 * Saves a quote if nobody else did since `version` (optimistic concurrency): null when the
 * version is stale or the quote is no longer in one of `fromStatuses`.
 */
export async function updateQuote(
  db: Db,
  key: { accountId: string; id: string; version: number; fromStatuses: readonly QuoteStatus[] },
  values: Partial<typeof quote.$inferInsert>,
): Promise<QuoteRow | null> {
  const rows = await db
    .update(quote)
    .set({ ...values, version: sql`${quote.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(quote.accountId, key.accountId),
        eq(quote.id, key.id),
        eq(quote.version, key.version),
        inArray(quote.status, [...key.fromStatuses]),
      ),
    )
    .returning();
  return rows[0] ?? null;
}

/**
 * Removes a quote for good (a client's right to erasure) unless it was ever submitted; false when
 * nothing went. The condition is in the statement, so a submission committed meanwhile wins.
 */
export async function deleteUnsubmittedQuote(
  db: Db,
  key: { accountId: string; id: string },
): Promise<boolean> {
  const rows = await db
    .delete(quote)
    .where(and(eq(quote.accountId, key.accountId), eq(quote.id, key.id), isNull(quote.submittedAt)))
    .returning({ id: quote.id });
  return rows.length > 0;
}

/**
 * Expired offers kept longer than the retention period go, each with an audit event that names
 * no client. Platform scope: a sweep over all offices. Returns how many went.
 */
export async function purgeExpiredQuotes(db: Db, retentionDays: number): Promise<number> {
  const rows = await db
    .delete(quote)
    .where(
      and(
        eq(quote.status, "expired"),
        lt(quote.updatedAt, sql`now() - make_interval(days => ${retentionDays})`),
      ),
    )
    .returning({ id: quote.id, accountId: quote.accountId });
  await recordAudits(
    db,
    rows.map((row) => ({
      accountId: row.accountId,
      action: "quote.purged",
      subject: row.id,
      data: { retentionDays },
    })),
  );
  return rows.length;
}

const sortColumns = {
  reference: quote.reference,
  createdAt: quote.createdAt,
  updatedAt: quote.updatedAt,
  intermediary: user.name,
  product: product.name,
  status: quote.status,
} as const;

export type ListFilter = {
  groupId: string;
  status?: QuoteStatus;
  intermediary?: string;
  sort: keyof typeof sortColumns;
  dir: "asc" | "desc";
  limit: number;
  offset: number;
};

/** One page of a subaccount's quotes, as far as the viewer may see them. */
export async function pageGroupQuotes(db: Db, viewer: Viewer, filter: ListFilter) {
  const conditions: SQL[] = [
    visibleTo(viewer, { accountId: quote.accountId, groupId: quote.groupId }),
    eq(quote.groupId, filter.groupId),
  ];
  if (filter.status) conditions.push(eq(quote.status, filter.status));
  if (filter.intermediary) conditions.push(eq(quote.createdByUserId, filter.intermediary));
  const where = and(...conditions);
  const order = filter.dir === "asc" ? asc(sortColumns[filter.sort]) : desc(sortColumns[filter.sort]);
  const [rows, [total]] = await inOrder([
    () => listFrom(db).where(where).orderBy(order, desc(quote.id)).limit(filter.limit).offset(filter.offset),
    () => db.select({ n: count() }).from(quote).where(where),
  ]);
  return { rows, total: total!.n };
}

/** Everyone who made a quote in a subaccount the viewer may see. */
export function groupIntermediaries(db: Db, viewer: Viewer, groupId: string) {
  return db
    .selectDistinct({ id: user.id, name: user.name })
    .from(quote)
    .innerJoin(user, eq(user.id, quote.createdByUserId))
    .where(
      and(
        visibleTo(viewer, { accountId: quote.accountId, groupId: quote.groupId }),
        eq(quote.groupId, groupId),
      ),
    )
    .orderBy(asc(user.name));
}

/** Full-text search over everything entered in the quotes the viewer may see, best match first. */
export function searchQuotes(db: Db, viewer: Viewer, tsquery: string, limit: number) {
  const query = sql`to_tsquery('simple', ${tsquery})`;
  return listFrom(db)
    .where(
      and(
        visibleTo(viewer, { accountId: quote.accountId, groupId: quote.groupId }),
        sql`${quote.search} @@ ${query}`,
      ),
    )
    .orderBy(desc(sql`ts_rank(${quote.search}, ${query})`), desc(quote.updatedAt))
    .limit(limit);
}

/** Does any quote live in this group? (Then the group stays.) */
export async function groupHasQuotes(db: Db, accountId: string, groupId: string): Promise<boolean> {
  const rows = await db
    .select({ id: quote.id })
    .from(quote)
    .where(and(eq(quote.accountId, accountId), eq(quote.groupId, groupId)))
    .limit(1);
  return rows.length > 0;
}

/**
 * Offers whose validity date has passed become "Vervallen", each with its audit event (no user
 * did it). Platform scope: a sweep over all offices. Returns how many expired.
 */
export async function expireOffers(db: Db, today: string): Promise<number> {
  const rows = await db
    .update(quote)
    .set({ status: "expired", version: sql`${quote.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(quote.status, "offer"), lt(quote.validUntil, today)))
    .returning({ id: quote.id, accountId: quote.accountId, validUntil: quote.validUntil });
  // The activity page names the quote by its reference while it exists; the event itself does not.
  await recordAudits(
    db,
    rows.map((row) => ({
      accountId: row.accountId,
      action: "quote.expired",
      subject: row.id,
      data: { validUntil: row.validUntil },
    })),
  );
  return rows.length;
}

export type BackofficeFilter = { insurerId: string; decided: boolean; limit: number; offset: number };

/** The insurer's queue: submitted quotes of its products, oldest first; or the decided ones, newest first. */
export async function pageInsurerQuotes(db: Db, filter: BackofficeFilter) {
  const where = and(
    eq(product.insurerId, filter.insurerId),
    filter.decided ? inArray(quote.status, ["accepted", "refused"]) : eq(quote.status, "submitted"),
  );
  const [rows, [total]] = await inOrder([
    () =>
      db
        .select({
          id: quote.id,
          reference: quote.reference,
          status: quote.status,
          submittedAt: quote.submittedAt,
          decidedAt: quote.decidedAt,
          companyName: quote.companyName,
          pricing: quote.pricing,
          officeName: account.commercialName,
          intermediary: user.name,
        })
        .from(quote)
        .innerJoin(product, eq(product.id, quote.productId))
        .innerJoin(account, eq(account.id, quote.accountId))
        .innerJoin(user, eq(user.id, quote.createdByUserId))
        .where(where)
        .orderBy(filter.decided ? desc(quote.decidedAt) : asc(quote.submittedAt))
        .limit(filter.limit)
        .offset(filter.offset),
    () =>
      db.select({ n: count() }).from(quote).innerJoin(product, eq(product.id, quote.productId)).where(where),
  ]);
  return { rows, total: total!.n };
}

/** The producer number a group quotes a product with: its accepted integration, else the latest one. */
export async function producerNumberOf(db: Db, accountId: string, groupId: string, productId: string) {
  const rows = await db
    .select({ producerNumber: integration.producerNumber })
    .from(integrationGroup)
    .innerJoin(
      integration,
      and(
        eq(integration.accountId, integrationGroup.accountId),
        eq(integration.id, integrationGroup.integrationId),
      ),
    )
    .where(
      and(
        eq(integrationGroup.accountId, accountId),
        eq(integrationGroup.groupId, groupId),
        eq(integration.productId, productId),
      ),
    )
    .orderBy(desc(sql`${integration.status} = 'accepted'`), desc(integration.requestedAt))
    .limit(1);
  return rows[0]?.producerNumber ?? "";
}

/** Every quote of an office, oldest first (the office's data export). */
export function listOfficeQuotes(db: Db, accountId: string) {
  return db.select().from(quote).where(eq(quote.accountId, accountId)).orderBy(asc(quote.createdAt));
}
