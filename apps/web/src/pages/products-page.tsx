import type {
  Branding,
  IntegrationSummary,
  OfficeIntegrations,
  ProductSummary,
} from "@courtier/contracts/responses";
import {
  Alert,
  Button,
  Card,
  EmptyState,
  Group,
  Image,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { integrationsQuery, platformQuery } from "#src/api/endpoints.ts";
import { AccessRequestModal } from "#src/components/access-request-form.tsx";
import { ButtonLink } from "#src/components/anchor-link.tsx";
import { DataTable } from "#src/components/data-table.tsx";
import { BoxIcon, CheckIcon, InfoIcon } from "#src/components/icons.tsx";
import { IntegrationStatusBadge } from "#src/components/integration-status.tsx";
import { GroupBadge } from "#src/components/office.tsx";
import { PageHeader } from "#src/components/page-header.tsx";
import { QueryState } from "#src/components/query-state.tsx";
import { formatDateTime } from "#src/lib/format.ts";
import { useMe } from "#src/lib/me-context.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";

/** "Jouw producten": what the current subaccount's group may quote, with its producer number. */
function SubaccountProducts({ products }: { products: OfficeIntegrations["subaccountProducts"] }) {
  const { t } = useTranslation();
  const me = useMe();
  if (products.length === 0) {
    return (
      <Paper withBorder radius="md">
        <EmptyState
          py="xl"
          icon={<BoxIcon size={26} />}
          title={t("products.noneMine")}
          description={t("products.subaccountHint", { name: me.subaccount.name })}
          size="sm"
        />
      </Paper>
    );
  }
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t("products.subaccountHint", { name: me.subaccount.name })}
      </Text>
      <SimpleGrid
        cols={{ base: 1, sm: 2, lg: 3 }}
        spacing="md"
        component="ul"
        style={{ listStyle: "none", padding: 0, margin: 0 }}
      >
        {products.map((product) => (
          <Card
            component="li"
            withBorder
            radius="md"
            padding="lg"
            key={`${product.productId}-${product.producerNumber}`}
            style={{ borderLeft: "4px solid var(--mantine-color-green-6)" }}
          >
            <Stack gap={6}>
              <Group gap="xs" wrap="nowrap">
                <Text c="green.7" aria-hidden="true" style={{ display: "flex" }}>
                  <CheckIcon size={18} />
                </Text>
                <Title order={3} size="h5">
                  {product.name}
                </Title>
              </Group>
              <Text size="sm" c="dimmed" fw={500}>
                {product.versionLabel}
              </Text>
              <Text size="sm">
                {t("integrations.producerNumberLabel")}{" "}
                <Text span fw={600} ff="monospace">
                  {product.producerNumber}
                </Text>
              </Text>
              <ButtonLink to="/requests" variant="light" size="xs" w="fit-content" mt={4}>
                {t("products.toRequests")}
              </ButtonLink>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** The office's requests and integrations, newest first, with the insurer's answer. */
function IntegrationsTable({ integrations }: { integrations: IntegrationSummary[] }) {
  const { t, i18n } = useTranslation();
  if (integrations.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("products.noRequests")}
      </Text>
    );
  }
  return (
    <DataTable
      caption={t("products.requests")}
      minWidth={860}
      head={
        <>
          <Table.Th scope="col">{t("products.columns.product")}</Table.Th>
          <Table.Th scope="col">{t("products.columns.producerNumber")}</Table.Th>
          <Table.Th scope="col">{t("products.columns.groups")}</Table.Th>
          <Table.Th scope="col">{t("products.columns.status")}</Table.Th>
          <Table.Th scope="col">{t("products.columns.requested")}</Table.Th>
          <Table.Th scope="col">{t("products.columns.decided")}</Table.Th>
        </>
      }
    >
      {integrations.map((integration) => (
        <Table.Tr key={integration.id}>
          <Table.Td>
            <Text size="sm" fw={600}>
              {integration.product.name}
            </Text>
            <Text size="xs" c="dimmed">
              {integration.product.insurerName}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm" ff="monospace">
              {integration.producerNumber}
            </Text>
          </Table.Td>
          <Table.Td>
            <Group gap={4}>
              {integration.groups.map((group) => (
                <GroupBadge key={group.id} name={group.name} />
              ))}
            </Group>
          </Table.Td>
          <Table.Td>
            <Stack gap={4} align="flex-start">
              <IntegrationStatusBadge status={integration.status} />
              {integration.reason && (
                <Text size="xs" c="dimmed" maw={260}>
                  {t("products.reason", { reason: integration.reason })}
                </Text>
              )}
            </Stack>
          </Table.Td>
          <Table.Td>
            <Text size="sm" style={{ whiteSpace: "nowrap" }}>
              {formatDateTime(integration.requestedAt, i18n.language)}
            </Text>
            <Text size="xs" c="dimmed">
              {t("products.by", { name: integration.requestedBy.name })}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm" style={{ whiteSpace: "nowrap" }}>
              {integration.decidedAt
                ? formatDateTime(integration.decidedAt, i18n.language)
                : t("common.none")}
            </Text>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

function ProductCard({
  product,
  insurer,
  onRequest,
}: {
  product: ProductSummary;
  insurer: Branding | undefined;
  onRequest: (() => void) | null;
}) {
  const { t } = useTranslation();
  const titleId = `product-${product.id}`;
  return (
    <Card component="li" withBorder radius="md" padding="lg" aria-labelledby={titleId}>
      <Stack gap={6} h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size="h5" id={titleId}>
            {product.name}
          </Title>
          {insurer ? (
            <Image
              src={insurer.logoUrl}
              alt={t("brand.logoAlt", { name: insurer.name })}
              h={28}
              w="auto"
              fit="contain"
              style={{ flexShrink: 0 }}
            />
          ) : (
            <Text size="xs" c="dimmed">
              {product.insurerName}
            </Text>
          )}
        </Group>
        <Text size="sm" c="dimmed" fw={500}>
          {product.versionLabel}
        </Text>
        <Text size="sm" lh={1.55} style={{ flex: 1 }}>
          {product.description}
        </Text>
        {onRequest && (
          <Button
            variant="light"
            mt="sm"
            w="fit-content"
            onClick={onRequest}
            aria-label={t("products.requestFor", { product: product.name })}
          >
            {t("products.request")}
          </Button>
        )}
      </Stack>
    </Card>
  );
}

export function ProductsPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t("products.title"));
  const platform = useQuery(platformQuery);
  const integrations = useQuery(integrationsQuery);
  const [requesting, setRequesting] = useState<ProductSummary | null>(null);
  const [requested, setRequested] = useState<IntegrationSummary | null>(null);
  const isAdmin = me.office.role === "admin";

  return (
    <>
      <PageHeader title={t("products.title")} />
      <Stack gap="xl">
        {requested && (
          <Alert
            variant="light"
            color="green"
            icon={<CheckIcon />}
            role="status"
            title={t("products.requestedTitle", {
              product: requested.product.name,
              number: requested.producerNumber,
            })}
            withCloseButton
            closeButtonLabel={t("products.dismiss")}
            onClose={() => setRequested(null)}
          >
            {t("products.requestedText")}
          </Alert>
        )}

        <section aria-labelledby="my-products">
          <Title order={2} size="h4" mb="sm" id="my-products">
            {t("products.mine")}
          </Title>
          <QueryState query={integrations}>
            {(data) => (
              <Stack gap="lg">
                <SubaccountProducts products={data.subaccountProducts} />
                <section aria-labelledby="office-requests">
                  <Title order={3} size="h5" mb="xs" id="office-requests">
                    {t("products.requests")}
                  </Title>
                  <IntegrationsTable integrations={data.integrations} />
                </section>
              </Stack>
            )}
          </QueryState>
        </section>

        <section aria-labelledby="available-products">
          <Text mb="xs">{t("products.select")}</Text>
          <Title order={2} size="h4" mb="sm" id="available-products">
            {t("products.available")}
          </Title>
          {!isAdmin && (
            <Alert variant="light" color="brand" icon={<InfoIcon />} mb="md">
              {t("products.adminOnly")}
            </Alert>
          )}
          <QueryState query={platform}>
            {({ products, insurers }) =>
              products.length === 0 ? (
                <Text c="dimmed">{t("products.noneAvailable")}</Text>
              ) : (
                <SimpleGrid
                  cols={{ base: 1, sm: 2, lg: 3 }}
                  spacing="md"
                  component="ul"
                  style={{ listStyle: "none", padding: 0, margin: 0 }}
                >
                  {products.map((product) => (
                    <ProductCard
                      key={product.id}
                      product={product}
                      insurer={insurers.find((insurer) => insurer.slug === product.insurerSlug)}
                      onRequest={isAdmin ? () => setRequesting(product) : null}
                    />
                  ))}
                </SimpleGrid>
              )
            }
          </QueryState>
        </section>
      </Stack>
      <AccessRequestModal
        product={requesting}
        integrations={integrations.data?.integrations ?? []}
        onClose={() => setRequesting(null)}
        onRequested={(created) => {
          setRequesting(null);
          setRequested(created);
          window.scrollTo({ top: 0, behavior: "smooth" });
        }}
      />
    </>
  );
}
