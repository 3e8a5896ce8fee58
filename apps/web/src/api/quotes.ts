import { type InsurerDecisionInput, QUOTE_STATUSES, type QuoteStatus } from "@courtier/contracts/quotes";
import type {
  BackofficeQuotePage,
  QuoteDetail,
  QuotePage,
  QuoteSearchResults,
} from "@courtier/contracts/responses";
import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api } from "./client.ts";

/** Tarifications: "Uw aanvragen", the header search, and the insurer's queue of submitted quotes. */

export const QUOTE_LIST_SORTS = [
  "reference",
  "createdAt",
  "intermediary",
  "product",
  "status",
  "updatedAt",
] as const;
export type QuoteListSort = (typeof QUOTE_LIST_SORTS)[number];
export type SortDirection = "asc" | "desc";

/** The list's state as it lives in the URL; missing means the default (newest change first, page 1). */
export type QuoteListSearch = {
  status?: QuoteStatus;
  intermediary?: string;
  sort?: QuoteListSort;
  dir?: SortDirection;
  page?: number;
};

/** Reads `/requests?status=…&intermediary=…&sort=…&dir=…&page=…`, dropping what is not valid or is the default. */
export function validateQuoteListSearch(search: Record<string, unknown>): QuoteListSearch {
  const result: QuoteListSearch = {};
  const { status, intermediary, sort, dir, page } = search;
  if (typeof status === "string" && (QUOTE_STATUSES as readonly string[]).includes(status))
    result.status = status as QuoteStatus;
  if (typeof intermediary === "string" && /^[\w-]{1,64}$/.test(intermediary))
    result.intermediary = intermediary;
  if (typeof sort === "string" && (QUOTE_LIST_SORTS as readonly string[]).includes(sort))
    result.sort = sort as QuoteListSort;
  if (dir === "asc" || dir === "desc") result.dir = dir;
  const pageNumber = typeof page === "number" ? page : typeof page === "string" ? Number(page) : Number.NaN;
  if (Number.isInteger(pageNumber) && pageNumber > 1 && pageNumber <= 10_000) result.page = pageNumber;
  return result;
}

export const quotePageSize = 50;
export const quickSearchLimit = 8;
export const searchPageLimit = 50;

export const quoteKeys = {
  /** Under "office": a subaccount switch or any office change refetches them. */
  all: ["office", "quotes"] as const,
  list: (search: QuoteListSearch) => ["office", "quotes", "list", search] as const,
  search: (q: string, limit: number) => ["office", "quotes", "search", { q, limit }] as const,
  backoffice: ["backoffice", "quotes"] as const,
  backofficePage: (status: BackofficeQuoteTab, page: number) =>
    ["backoffice", "quotes", "page", { status, page }] as const,
  backofficeQuote: (id: string) => ["backoffice", "quotes", "detail", id] as const,
};

/** Dates read best newest first; names, references and statuses A to Z. */
export const firstDirection = (sort: QuoteListSort): SortDirection =>
  sort === "createdAt" || sort === "updatedAt" ? "desc" : "asc";

/** The order the list shows: the last change first unless the URL says otherwise. */
export function effectiveSort(search: QuoteListSearch): { sort: QuoteListSort; dir: SortDirection } {
  const sort = search.sort ?? "updatedAt";
  return { sort, dir: search.dir ?? firstDirection(sort) };
}

/** The list's filters and order as query parameters (also for the CSV export, without the page). */
export function quoteListParams(search: QuoteListSearch, withPage = true): URLSearchParams {
  const params = new URLSearchParams();
  if (search.status) params.set("status", search.status);
  if (search.intermediary) params.set("intermediary", search.intermediary);
  const { sort, dir } = effectiveSort(search);
  params.set("sort", sort);
  params.set("dir", dir);
  if (withPage) {
    params.set("page", String(search.page ?? 1));
    params.set("pageSize", String(quotePageSize));
  }
  return params;
}

export const quotesQuery = (search: QuoteListSearch) =>
  queryOptions({
    queryKey: quoteKeys.list(search),
    queryFn: () => api.get<QuotePage>(`/api/quotes?${quoteListParams(search)}`),
    placeholderData: keepPreviousData,
  });

export function quotesCsvUrl(search: QuoteListSearch): string {
  const params = quoteListParams(search, false).toString();
  return `/api/quotes/export.csv${params ? `?${params}` : ""}`;
}

/** Everything the user may see, best match first (not only the current subaccount). */
export const quoteSearchQuery = (q: string, limit: number) =>
  queryOptions({
    queryKey: quoteKeys.search(q, limit),
    queryFn: () =>
      api.get<QuoteSearchResults>(`/api/quotes/search?${new URLSearchParams({ q, limit: String(limit) })}`),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });

/** "Nieuw": the answer is the new quote, which the wizard opens. */
export const createQuote = (productId: string) => api.post<QuoteDetail>("/api/quotes", { productId });

// ── Insurer back office ──

export type BackofficeQuoteTab = "submitted" | "decided";
export const backofficeQuotePageSize = 25;

export const backofficeQuotesQuery = (status: BackofficeQuoteTab, page: number) =>
  queryOptions({
    queryKey: quoteKeys.backofficePage(status, page),
    queryFn: () =>
      api.get<BackofficeQuotePage>(
        `/api/backoffice/quotes?${new URLSearchParams({ status, page: String(page), pageSize: String(backofficeQuotePageSize) })}`,
      ),
    placeholderData: keepPreviousData,
  });

const backofficeQuote = (id: string) => `/api/backoffice/quotes/${encodeURIComponent(id)}`;

export const backofficeQuoteQuery = (id: string) =>
  queryOptions({
    queryKey: quoteKeys.backofficeQuote(id),
    queryFn: () => api.get<QuoteDetail>(backofficeQuote(id)),
    retry: false,
  });

export const backofficeOfferPdfUrl = (id: string) => `${backofficeQuote(id)}/offer.pdf`;

export const decideQuote = (id: string, body: InsurerDecisionInput) =>
  api.post<QuoteDetail>(`${backofficeQuote(id)}/decision`, body);
