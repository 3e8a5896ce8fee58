import {
  type HelpArticle,
  type HelpArticleHit,
  type HelpArticleSummary,
  helpQuerySchema,
} from "@courtier/contracts/chat";
import type { FastifyInstance } from "fastify";
import type { AppContext } from "#src/app.ts";
import { AppError } from "#src/platform/errors.ts";
import { parseWith, requestLanguage } from "#src/platform/http.ts";
import { contract } from "#src/platform/openapi.ts";
import { findArticle, listArticles, searchArticles } from "./help.repository.ts";

/** The help centre is public: a visitor who cannot register yet needs it most. */
export function helpRoutes(app: FastifyInstance, { db }: AppContext): void {
  app.get(
    "/api/help/articles",
    contract({
      summary: "Help articles in the reader's language; with q, the best matches first",
      access: "public",
    }),
    async (request): Promise<{ articles: (HelpArticleSummary | HelpArticleHit)[] }> => {
      const { q, lang } = parseWith(helpQuerySchema, request.query);
      const language = lang ?? requestLanguage(request);
      if (q.trim() === "") return { articles: await listArticles(db, language) };
      return { articles: await searchArticles(db, language, q, 10) };
    },
  );

  app.get<{ Params: { slug: string } }>(
    "/api/help/articles/:slug",
    contract({ summary: "One help article", access: "public" }),
    async (request): Promise<HelpArticle> => {
      const { lang } = parseWith(helpQuerySchema, request.query);
      const slug = request.params.slug;
      if (!/^[a-z0-9-]{1,60}$/.test(slug)) throw AppError.notFound();
      const article = await findArticle(db, slug, lang ?? requestLanguage(request));
      if (!article) throw AppError.notFound();
      return {
        slug: article.slug,
        title: article.title,
        summary: article.summary,
        screen: article.screen,
        language: article.language,
        body: article.body,
      };
    },
  );
}
