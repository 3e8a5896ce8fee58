import { Button, Center, EmptyState, Loader, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { integrationsQuery } from "#src/api/endpoints.ts";
import { CheckIcon, FileIcon } from "#src/components/icons.tsx";
import { PageHeader } from "#src/components/page-header.tsx";
import { RequestsTable } from "#src/components/requests-table.tsx";
import { useMe } from "#src/lib/me-context.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";

/** No quotes yet. With product access the subaccount may quote; the wizard comes with the tarification module. */
function Empty() {
  const { t } = useTranslation();
  const me = useMe();
  const integrations = useQuery(integrationsQuery);

  if (integrations.isPending) {
    return (
      <Center py={48}>
        <Loader size="sm" aria-label={t("common.loading")} />
      </Center>
    );
  }

  const products = integrations.data?.subaccountProducts ?? [];
  if (products.length > 0) {
    return (
      <EmptyState
        py={48}
        px="md"
        icon={<CheckIcon size={28} />}
        variant="light"
        title={t("requests.emptyTitle")}
      >
        <Stack gap={4} align="center" maw={560} mx="auto">
          {products.map((product) => (
            <Text size="sm" ta="center" key={`${product.productId}-${product.producerNumber}`}>
              {t("requests.mayQuote", {
                group: me.subaccount.name,
                product: product.name,
                number: product.producerNumber,
              })}
            </Text>
          ))}
          <Text size="sm" c="dimmed" ta="center" mt={4}>
            {t("requests.wizardLater")}
          </Text>
        </Stack>
      </EmptyState>
    );
  }

  return (
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
  );
}

export function RequestsPage() {
  const { t } = useTranslation();
  usePageTitle(t("requests.title"));
  return (
    <>
      <PageHeader title={t("requests.title")} />
      <RequestsTable caption={t("requests.title")} empty={<Empty />} />
    </>
  );
}
