import { Alert, Badge, Card, EmptyState, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { platformQuery } from "#src/api/endpoints.ts";
import { BoxIcon, InfoIcon } from "#src/components/icons.tsx";
import { PageHeader } from "#src/components/page-header.tsx";
import { QueryState } from "#src/components/query-state.tsx";
import { usePageTitle } from "#src/lib/use-page-title.ts";

export function ProductsPage() {
  const { t } = useTranslation();
  usePageTitle(t("products.title"));
  const platform = useQuery(platformQuery);

  return (
    <>
      <PageHeader title={t("products.title")} />
      <Stack gap="xl">
        <section aria-labelledby="my-products">
          <Title order={2} size="h4" mb="sm" id="my-products">
            {t("products.mine")}
          </Title>
          <Paper withBorder radius="md">
            <EmptyState py="xl" icon={<BoxIcon size={26} />} title={t("products.noneMine")} size="sm" />
          </Paper>
        </section>

        <section aria-labelledby="available-products">
          <Title order={2} size="h4" mb="sm" id="available-products">
            {t("products.available")}
          </Title>
          <Alert variant="light" color="brand" icon={<InfoIcon />} mb="md">
            {t("products.accessInfo")}
          </Alert>
          <QueryState query={platform}>
            {({ products }) =>
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
                    <Card component="li" withBorder radius="md" padding="lg" key={product.id}>
                      <Stack gap={6}>
                        <Group justify="space-between" align="flex-start" wrap="nowrap">
                          <Title order={3} size="h5">
                            {product.name}
                          </Title>
                          <Badge variant="light" color="brand" style={{ flexShrink: 0 }}>
                            {product.insurerName}
                          </Badge>
                        </Group>
                        <Text size="sm" c="dimmed" fw={500}>
                          {product.versionLabel}
                        </Text>
                        <Text size="sm" lh={1.55}>
                          {product.description}
                        </Text>
                      </Stack>
                    </Card>
                  ))}
                </SimpleGrid>
              )
            }
          </QueryState>
        </section>
      </Stack>
    </>
  );
}
