import { Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { quoteSearchQuery, searchPageLimit } from "#src/api/quotes.ts";
import { PageHeader } from "#src/components/page-header.tsx";
import { QueryState } from "#src/components/query-state.tsx";
import { RequestsTable } from "#src/components/requests-table.tsx";
import { usePageTitle } from "#src/lib/use-page-title.ts";

const route = getRouteApi("/app/search");

/** All the quotes the user may see that match the header search, best match first. */
export function SearchPage() {
  const { t } = useTranslation();
  usePageTitle(t("search.title"));
  const { q } = route.useSearch();
  const query = q.trim();
  const results = useQuery({ ...quoteSearchQuery(query, searchPageLimit), enabled: query !== "" });

  const empty = (text: string) => (
    <Text ta="center" c="dimmed" py="xl">
      {text}
    </Text>
  );

  return (
    <>
      <PageHeader title={t("search.title")} />
      <Text component="h2" fw={600} size="lg" mb={4}>
        {t("search.subtitle")}
      </Text>
      <Text size="sm" c="dimmed" mb="md" aria-live="polite">
        {query && results.data
          ? t("search.count", { count: results.data.quotes.length, query })
          : t("search.scope")}
      </Text>
      {query === "" ? (
        <RequestsTable
          caption={t("search.subtitle")}
          quotes={[]}
          showGroup
          empty={empty(t("search.prompt"))}
        />
      ) : (
        <QueryState query={results}>
          {(data) => (
            <RequestsTable
              caption={t("search.subtitle")}
              quotes={data.quotes}
              showGroup
              empty={empty(t("search.noResults", { query }))}
              footer={
                data.quotes.length >= searchPageLimit ? (
                  <Text
                    size="sm"
                    c="dimmed"
                    px="md"
                    py="sm"
                    style={{ borderTop: "1px solid var(--mantine-color-gray-2)" }}
                  >
                    {t("search.more", { count: searchPageLimit })}
                  </Text>
                ) : null
              }
            />
          )}
        </QueryState>
      )}
    </>
  );
}
