import type { QuoteListFilter } from "@courtier/contracts/quotes";
import type { QuoteListItem, QuotePage } from "@courtier/contracts/responses";
import type { Db } from "@courtier/db/client";
import { inOrder, withTenant } from "@courtier/db/tenancy";
import type { Actor } from "#src/platform/actor.ts";
import { acceptedProductsOfGroup } from "../integrations/integrations.repository.ts";
import {
  groupIntermediaries,
  pageGroupQuotes,
  type QuoteListRow,
  searchQuotes,
} from "./quotes.repository.ts";
import { currentGroup } from "./quotes.ts";
import { prefixQuery } from "./search-text.ts";

/** "Uw aanvragen": the current subaccount's quotes, and the header search over all one may see. */

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]!.toUpperCase())
    .join("");

export const listItem = (r: QuoteListRow): QuoteListItem => ({
  id: r.id,
  reference: r.reference,
  status: r.status,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  intermediary: { id: r.intermediaryId, name: r.intermediaryName, initials: initials(r.intermediaryName) },
  product: { id: r.productId, name: r.productName, versionLabel: r.versionLabel },
  group: { id: r.groupId, name: r.groupName },
  companyName: r.companyName,
  city: r.city,
});

export function listQuotes(
  db: Db,
  actor: Actor,
  chosenGroupId: string | null,
  query: QuoteListFilter,
): Promise<QuotePage> {
  return withTenant(db, actor.accountId, async (tx) => {
    const group = await currentGroup(tx, actor, chosenGroupId);
    const [{ rows, total }, intermediaries, products] = await inOrder([
      () =>
        pageGroupQuotes(tx, actor, {
          groupId: group.id,
          status: query.status,
          intermediary: query.intermediary,
          sort: query.sort,
          dir: query.dir,
          limit: query.pageSize,
          offset: (query.page - 1) * query.pageSize,
        }),
      () => groupIntermediaries(tx, actor, group.id),
      () => acceptedProductsOfGroup(tx, actor.accountId, group.id),
    ]);
    return {
      quotes: rows.map(listItem),
      total,
      page: query.page,
      pageSize: query.pageSize,
      intermediaries,
      products: products.map((p) => ({
        id: p.productId,
        name: p.name,
        versionLabel: p.versionLabel,
        producerNumber: p.producerNumber,
      })),
    };
  });
}

export async function findQuotes(db: Db, actor: Actor, q: string, limit: number): Promise<QuoteListItem[]> {
  const tsquery = prefixQuery(q);
  if (!tsquery) return [];
  return withTenant(db, actor.accountId, async (tx) =>
    (await searchQuotes(tx, actor, tsquery, limit)).map(listItem),
  );
}

/**
 * CSV of the listed rows as Belgian spreadsheet programs open it: semicolons (the comma is the
 * decimal separator here), RFC 4180 quoting, and a BOM so that the accents come out right.
 */
export function quotesCsv(
  items: QuoteListItem[],
  headers: string[],
  statusLabel: (s: string) => string,
): string {
  const cell = (value: string) => {
    // A leading =, +, - or @ would be a formula in a spreadsheet: quote it away.
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [headers.map(cell).join(";")];
  for (const q of items) {
    lines.push(
      [
        q.reference,
        q.companyName,
        q.createdAt,
        q.updatedAt,
        q.intermediary.name,
        q.product.name,
        statusLabel(q.status),
      ]
        .map(cell)
        .join(";"),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
