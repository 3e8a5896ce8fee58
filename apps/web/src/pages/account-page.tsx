import {
  Anchor,
  Badge,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { officeQuery } from "#src/api/endpoints.ts";
import { PageHeader } from "#src/components/page-header.tsx";
import { QueryState } from "#src/components/query-state.tsx";
import { formatEnterprise, formatPhone } from "#src/lib/format.ts";
import { useMe } from "#src/lib/me-context.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: 0.3 }}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} mt={2}>
        {children}
      </Text>
    </div>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t("nav.account"));
  const office = useQuery(officeQuery);

  return (
    <>
      <PageHeader
        subtitle={t("nav.account")}
        title={office.data?.office.commercialName ?? me.office.commercialName}
      />
      <QueryState query={office}>
        {({ office: details, groups }) => (
          <Stack gap="xl">
            <section aria-labelledby="office-details">
              <Title order={2} size="h4" mb="sm" id="office-details">
                {t("account.details")}
              </Title>
              <Paper withBorder radius="md" p="lg">
                <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="lg" m={0}>
                  <Detail label={t("account.commercialName")}>{details.commercialName}</Detail>
                  <Detail label={t("account.enterpriseNumber")}>
                    {formatEnterprise(details.enterpriseNumber)}
                  </Detail>
                  <Detail label={t("account.address")}>
                    {details.street} {details.number}
                    <br />
                    {details.postcode} {details.city}
                  </Detail>
                  <Detail label={t("account.website")}>
                    {details.website ? (
                      <Anchor href={details.website} target="_blank" rel="noopener noreferrer" size="sm">
                        {details.website.replace(/^https?:\/\//, "")}
                      </Anchor>
                    ) : (
                      t("common.none")
                    )}
                  </Detail>
                  <Detail label={t("account.phone")}>
                    {details.phone ? (
                      <Anchor href={`tel:${details.phone}`} size="sm">
                        {formatPhone(details.phone)}
                      </Anchor>
                    ) : (
                      t("common.none")
                    )}
                  </Detail>
                </SimpleGrid>
              </Paper>
            </section>

            <section aria-labelledby="office-groups">
              <Title order={2} size="h4" mb="sm" id="office-groups">
                {t("account.groups")}
              </Title>
              <Paper withBorder radius="md" style={{ overflow: "hidden" }}>
                <Table verticalSpacing="sm" horizontalSpacing="md">
                  <VisuallyHidden component="caption">{t("account.groups")}</VisuallyHidden>
                  <Table.Thead bg="gray.0">
                    <Table.Tr>
                      <Table.Th scope="col">{t("account.groupColumns.name")}</Table.Th>
                      <Table.Th scope="col" ta="right" w={160}>
                        {t("account.groupColumns.users")}
                      </Table.Th>
                      <Table.Th scope="col" ta="right" w={160}>
                        {t("account.groupColumns.integrations")}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {groups.length === 0 && (
                      <Table.Tr>
                        <Table.Td colSpan={3}>
                          <Text ta="center" c="dimmed" py="lg">
                            {t("account.noGroups")}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    )}
                    {groups.map((group) => (
                      <Table.Tr key={group.id}>
                        <Table.Td>
                          <Group gap="xs">
                            <Text size="sm" fw={500}>
                              {group.name}
                            </Text>
                            {group.isDefault && (
                              <Badge size="sm" variant="light" color="gray">
                                {t("account.defaultGroup")}
                              </Badge>
                            )}
                          </Group>
                        </Table.Td>
                        <Table.Td ta="right">{group.memberCount}</Table.Td>
                        <Table.Td ta="right">{group.integrationCount}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Paper>
            </section>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
