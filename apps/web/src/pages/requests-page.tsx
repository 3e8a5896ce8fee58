import { Button, EmptyState } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { FileIcon } from "#src/components/icons.tsx";
import { PageHeader } from "#src/components/page-header.tsx";
import { RequestsTable } from "#src/components/requests-table.tsx";
import { usePageTitle } from "#src/lib/use-page-title.ts";

export function RequestsPage() {
  const { t } = useTranslation();
  usePageTitle(t("requests.title"));
  return (
    <>
      <PageHeader title={t("requests.title")} />
      <RequestsTable
        caption={t("requests.title")}
        empty={
          <EmptyState
            py={48}
            px="md"
            icon={<FileIcon size={28} />}
            variant="light"
            title={t("requests.emptyTitle")}
            description={t("requests.emptyText")}
          >
            <EmptyState.Actions>
              <Button component={Link} to="/products" variant="light">
                {t("requests.emptyAction")}
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        }
      />
    </>
  );
}
