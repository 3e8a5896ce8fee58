import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Db } from "@courtier/db/client";
import { helpArticle } from "@courtier/db/schema";
import { notInArray, sql } from "drizzle-orm";
import { z } from "zod";

/**
 * The help centre's articles are files: `articles/<slug>.<nl|fr|en>.md` with a small front matter
 * (title, summary, screen, order). They are loaded into `help_article` at start-up, where
 * PostgreSQL's full-text search in the reader's language finds them.
 */

const folder = fileURLToPath(new URL("./articles/", import.meta.url));

const frontMatter = z.strictObject({
  title: z.string().min(1).max(200),
  summary: z.string().min(1).max(400),
  screen: z.string().regex(/^\/[a-z0-9/_-]*$/),
  order: z.coerce.number().int().min(1).max(999),
});

export type HelpArticleFile = z.output<typeof frontMatter> & {
  slug: string;
  language: "nl" | "fr" | "en";
  body: string;
};

export function parseArticle(fileName: string, text: string): HelpArticleFile {
  const name = /^([a-z0-9-]+)\.(nl|fr|en)\.md$/.exec(fileName);
  if (!name) throw new Error(`help article ${fileName}: name must be <slug>.<nl|fr|en>.md`);
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`help article ${fileName}: front matter missing`);
  const fields = Object.fromEntries(
    match[1]!
      .split(/\r?\n/)
      .filter((line) => line.trim() !== "")
      .map((line) => {
        const at = line.indexOf(":");
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
      }),
  );
  const parsed = frontMatter.safeParse(fields);
  if (!parsed.success) throw new Error(`help article ${fileName}: ${parsed.error.message}`);
  return { ...parsed.data, slug: name[1]!, language: name[2] as "nl" | "fr" | "en", body: match[2]!.trim() };
}

export function readArticles(dir = folder): HelpArticleFile[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".md"))
    .sort()
    .map((file) => parseArticle(file, readFileSync(`${dir}${file}`, "utf8")));
}

/**
 * Makes the stored articles the shipped ones (platform data, no office scope). Upserts, so that
 * several processes starting at once do not trip over each other.
 */
export async function loadHelpArticles(db: Db, articles = readArticles()): Promise<void> {
  await db.transaction(async (tx) => {
    for (const a of articles) {
      const values = {
        slug: a.slug,
        language: a.language,
        title: a.title,
        summary: a.summary,
        body: a.body,
        screen: a.screen,
        position: a.order,
      };
      await tx
        .insert(helpArticle)
        .values(values)
        .onConflictDoUpdate({ target: [helpArticle.slug, helpArticle.language], set: values });
    }
    const shipped = articles.map((a) => `${a.slug}.${a.language}`);
    await tx
      .delete(helpArticle)
      .where(
        shipped.length > 0
          ? notInArray(sql`${helpArticle.slug} || '.' || ${helpArticle.language}`, shipped)
          : sql`true`,
      );
  });
}
