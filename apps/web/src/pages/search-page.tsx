import { Text } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageHeader } from "#src/components/page-header.tsx";
import { RequestsTable } from "#src/components/requests-table.tsx";
import { usePageTitle } from "#src/lib/use-page-title.ts";

const route = getRouteApi("/app/search");

export function SearchPage() {
  const { t } = useTranslation();
  usePageTitle(t("search.title"));
  const { q } = route.useSearch();
  const query = q.trim();
  return (
    <>
      <PageHeader title={t("search.title")} />
      <Text component="h2" fw={600} size="lg" mb="sm">
        {t("search.subtitle")}
      </Text>
      <RequestsTable
        caption={t("search.subtitle")}
        empty={
          <Text ta="center" c="dimmed" py="xl" role="status">
            {query ? t("search.noResults", { query }) : t("search.prompt")}
          </Text>
        }
      />
    </>
  );
}
