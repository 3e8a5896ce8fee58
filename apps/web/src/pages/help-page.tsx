import { Group, Highlight, Loader, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type HelpListItem, helpArticlesQuery } from "#src/api/help.ts";
import { SearchIcon } from "#src/components/icons.tsx";
import { QueryState } from "#src/components/query-state.tsx";
import { currentLanguage } from "#src/i18n.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";
import classes from "./help-page.module.css";

const route = getRouteApi("/help/");

/** The words of the search, to mark them in the excerpts (PostgreSQL also finds other forms). */
function wordsOf(q: string): string[] {
  return q
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3)
    .slice(0, 10);
}

function ArticleCard({ article, q }: { article: HelpListItem; q: string }) {
  const text = article.excerpt ? `… ${article.excerpt} …` : article.summary;
  return (
    <Paper withBorder radius="md" p="md" component="li" className={classes.card}>
      <Link to="/help/$slug" params={{ slug: article.slug }} className={classes.cardLink}>
        <Title order={2} size="h4" className={classes.cardTitle}>
          {article.title}
        </Title>
      </Link>
      {article.excerpt ? (
        <Highlight
          highlight={wordsOf(q)}
          wholeWord
          accentInsensitive
          size="sm"
          c="dimmed"
          mt={6}
          lh={1.55}
          highlightStyles={{ padding: "0 2px" }}
        >
          {text}
        </Highlight>
      ) : (
        <Text size="sm" c="dimmed" mt={6} lh={1.55}>
          {text}
        </Text>
      )}
    </Paper>
  );
}

/** "Helpcentrum": one article per task, searched as one types in the reader's language. */
export function HelpPage() {
  const { t } = useTranslation();
  usePageTitle(t("help.title"));
  const navigate = useNavigate();
  const { q: urlQ = "" } = route.useSearch();
  const [value, setValue] = useState(urlQ);
  const [debounced] = useDebouncedValue(value.trim(), 250);
  // The search stays in the address, so that "back" from an article returns to the same results;
  // only a change made elsewhere (a link to /help) replaces what is being typed.
  const inAddress = useRef(urlQ);
  useEffect(() => {
    if (urlQ === inAddress.current) return;
    inAddress.current = urlQ;
    setValue(urlQ);
  }, [urlQ]);
  useEffect(() => {
    if (debounced === inAddress.current) return;
    inAddress.current = debounced;
    void navigate({ to: "/help", search: debounced ? { q: debounced } : {}, replace: true });
  }, [debounced, navigate]);
  const language = currentLanguage();
  const articles = useQuery(helpArticlesQuery(language, debounced));
  const searching = debounced !== "";
  const settled = value.trim() === debounced && !articles.isPlaceholderData;

  return (
    <Stack gap="lg" maw={820} mx="auto">
      <div>
        <Title order={1} size="h2">
          {t("help.title")}
        </Title>
        <Text c="dimmed" mt={4}>
          {t("help.intro")}
        </Text>
      </div>
      <search>
        <form
          onSubmit={(event) => {
            event.preventDefault();
          }}
        >
          <TextInput
            size="md"
            type="search"
            aria-label={t("help.searchLabel")}
            placeholder={t("help.searchPlaceholder")}
            leftSection={<SearchIcon size={18} />}
            rightSection={articles.isFetching ? <Loader size={16} /> : null}
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
            autoComplete="off"
            maxLength={200}
          />
        </form>
      </search>
      <QueryState query={articles}>
        {(data) => (
          <Stack gap="sm">
            <Group justify="space-between">
              <Text size="sm" c="dimmed" aria-live="polite">
                {searching
                  ? settled
                    ? t("help.results", { count: data.articles.length, query: debounced })
                    : t("help.searching")
                  : t("help.allArticles", { count: data.articles.length })}
              </Text>
            </Group>
            {searching && settled && data.articles.length === 0 && (
              <Paper withBorder radius="md" p="lg">
                <Text fw={600}>{t("help.noResults", { query: debounced })}</Text>
                <Text size="sm" c="dimmed" mt={4}>
                  {t("help.noResultsHint")}
                </Text>
              </Paper>
            )}
            <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
              {data.articles.map((article) => (
                <ArticleCard key={article.slug} article={article} q={debounced} />
              ))}
            </Stack>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
