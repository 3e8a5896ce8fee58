import type { HelpArticle, HelpArticleHit, HelpArticleSummary } from "@courtier/contracts/chat";
import type { Language } from "@courtier/contracts/errors";
import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api } from "./client.ts";

/** The help centre: public, in the reader's (the UI's) language. */

export const helpKeys = {
  all: ["help"] as const,
  articles: (language: Language, q: string) => ["help", "articles", language, q] as const,
  article: (slug: string, language: Language) => ["help", "article", slug, language] as const,
};

export type HelpListItem = HelpArticleSummary & { excerpt?: string };

/** Every article in reading order; with `q`, the best matches first, each with an excerpt. */
export const helpArticlesQuery = (language: Language, q: string) =>
  queryOptions({
    queryKey: helpKeys.articles(language, q),
    queryFn: () =>
      api.get<{ articles: (HelpArticleSummary | HelpArticleHit)[] }>(
        `/api/help/articles?${new URLSearchParams(q ? { lang: language, q } : { lang: language })}`,
      ),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });

export const helpArticleQuery = (slug: string, language: Language) =>
  queryOptions({
    queryKey: helpKeys.article(slug, language),
    queryFn: () =>
      api.get<HelpArticle>(
        `/api/help/articles/${encodeURIComponent(slug)}?${new URLSearchParams({ lang: language })}`,
      ),
    staleTime: 5 * 60_000,
  });
