import { type Db, queryRows } from "@courtier/db/client";
import { helpArticle } from "@courtier/db/schema";
import { and, asc, eq, sql } from "drizzle-orm";

export type HelpLanguage = "nl" | "fr" | "en";
const CONFIG: Record<HelpLanguage, string> = { nl: "dutch", fr: "french", en: "english" };

export function listArticles(db: Db, language: HelpLanguage) {
  return db
    .select({
      slug: helpArticle.slug,
      title: helpArticle.title,
      summary: helpArticle.summary,
      screen: helpArticle.screen,
    })
    .from(helpArticle)
    .where(eq(helpArticle.language, language))
    .orderBy(asc(helpArticle.position));
}

export async function findArticle(db: Db, slug: string, language: HelpLanguage) {
  const rows = await db
    .select()
    .from(helpArticle)
    .where(and(eq(helpArticle.slug, slug), eq(helpArticle.language, language)));
  return rows[0] ?? null;
}

/**
 * Articles matching a question in the reader's language, best first. Any stemmed word of the
 * question may match (a question is not a conjunction of keywords), each also as a prefix so that
 * the search answers while one types; titles weigh more than bodies. The excerpt is plain text.
 */
export type ArticleHit = { slug: string; title: string; summary: string; screen: string; excerpt: string };

/**
 * The body as one line of text for an excerpt: a heading becomes "Heading:" (otherwise it runs into
 * the sentence after it once line breaks are gone), and markdown marks are dropped.
 */
const plainBody = sql.raw(
  `regexp_replace(regexp_replace(a.body, '^#+[ \t]*(.*[^.:?!])[ \t]*$', '\\1:', 'gn'), '[#*_>]+', '', 'g')`,
);

export async function searchArticles(
  db: Db,
  language: HelpLanguage,
  question: string,
  limit: number,
): Promise<ArticleHit[]> {
  const config = sql.raw(`'${CONFIG[language]}'::regconfig`);
  return queryRows<ArticleHit>(
    db,
    sql`with q as (
          select to_tsquery(${config}, string_agg(quote_literal(lexeme) || ':*', ' | ')) as query
          from unnest(to_tsvector(${config}, ${question.slice(0, 500)}))
        )
        select a.slug, a.title, a.summary, a.screen,
          ts_headline(${config}, ${plainBody}, q.query,
            'StartSel="", StopSel="", MaxWords=28, MinWords=12, ShortWord=2, MaxFragments=1') as excerpt
        from help_article a, q
        where a.language = ${language} and q.query is not null and a.search @@ q.query
        order by ts_rank_cd(a.search, q.query) desc, a.position
        limit ${limit}`,
  );
}
