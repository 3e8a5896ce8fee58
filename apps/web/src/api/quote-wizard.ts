import type { QuoteAction, QuoteDraft } from "@courtier/contracts/quotes";
import type { ActivityOptions, QuoteDetail, QuotePricing, QuoteSaved } from "@courtier/contracts/responses";
import { queryOptions } from "@tanstack/react-query";
import { ApiError, apiErrorFrom } from "./api-error.ts";
import { api } from "./client.ts";

/** The calls of the tarification wizard (`/quotes/$quoteId`). */

export const quoteWizardKeys = {
  /** Everything about quotes: the list and search of "Uw aanvragen" live under it too. */
  all: ["quotes"] as const,
  detail: (id: string) => ["quotes", "detail", id] as const,
  price: (id: string, draft: QuoteDraft) => ["quotes", "price", id, draft] as const,
  activities: (id: string, q: string) => ["quotes", "activities", id, q] as const,
};

export const quoteDetailQuery = (id: string) =>
  queryOptions({
    queryKey: quoteWizardKeys.detail(id),
    queryFn: () => api.get<QuoteDetail>(`/api/quotes/${encodeURIComponent(id)}`),
  });

const ifMatch = (version: number) => ({ "If-Match": `"${version}"` });

/**
 * Autosave. A plain fetch rather than `api.put`: when the page is being left the request must outlive
 * it (`keepalive`), or the last keystrokes would only be kept on this device.
 */
export async function saveQuoteDraft(
  id: string,
  version: number,
  draft: QuoteDraft,
  options: { keepalive?: boolean } = {},
): Promise<QuoteSaved> {
  let response: Response;
  try {
    response = await fetch(`/api/quotes/${encodeURIComponent(id)}`, {
      method: "PUT",
      headers: {
        Accept: "application/json",
        "Accept-Language": document.documentElement.lang || "nl",
        "Content-Type": "application/json",
        ...ifMatch(version),
      },
      credentials: "same-origin",
      keepalive: options.keepalive ?? false,
      body: JSON.stringify({ draft }),
    });
  } catch (cause) {
    throw new ApiError({ status: 0, code: "UNREACHABLE", message: String(cause) });
  }
  const isJson = response.headers.get("content-type")?.includes("application/json") ?? false;
  const payload: unknown = isJson ? await response.json().catch(() => undefined) : undefined;
  if (!response.ok || !isJson) throw apiErrorFrom(response.status, payload);
  return payload as QuoteSaved;
}

/** The live premium of a draft as it stands; the server saves nothing. */
export function priceQuoteDraft(id: string, draft: QuoteDraft): Promise<QuotePricing> {
  return api.post<QuotePricing>(`/api/quotes/${encodeURIComponent(id)}/price`, { draft });
}

export function transitionQuote(id: string, version: number, action: QuoteAction): Promise<QuoteDetail> {
  return api.post<QuoteDetail>(
    `/api/quotes/${encodeURIComponent(id)}/transitions`,
    { action },
    ifMatch(version),
  );
}

export function copyQuote(id: string): Promise<QuoteDetail> {
  return api.post<QuoteDetail>(`/api/quotes/${encodeURIComponent(id)}/copy`);
}

/** Erases the quote for good (admins, at the client's request). */
export function eraseQuote(id: string): Promise<undefined> {
  return api.delete<undefined>(`/api/quotes/${encodeURIComponent(id)}`);
}

export function searchQuoteActivities(id: string, q: string): Promise<ActivityOptions> {
  return api.get<ActivityOptions>(
    `/api/quotes/${encodeURIComponent(id)}/activities?q=${encodeURIComponent(q)}`,
  );
}

export const offerPdfUrl = (id: string) => `/api/quotes/${encodeURIComponent(id)}/offer.pdf`;
