import type { MemberStatus } from "@courtier/contracts/responses";
import { Avatar, Badge, Group, Paper, Table, Text, Tooltip, VisuallyHidden } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { membersQuery } from "#src/api/endpoints.ts";
import { PageHeader } from "#src/components/page-header.tsx";
import { QueryState } from "#src/components/query-state.tsx";
import { formatDateTime, initialsOf } from "#src/lib/format.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";

const statusColors: Record<MemberStatus, string> = { active: "green", invited: "yellow", disabled: "gray" };

/** "Business Development" → "BD", the short form the manual shows for groups. */
function abbreviation(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? words.slice(0, 2).map((word) => word.charAt(0)) : [name.slice(0, 2)];
  return letters.join("").toUpperCase();
}

export function UsersPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("users.title"));
  const members = useQuery(membersQuery);
  const none = <Text c="dimmed">{t("common.none")}</Text>;

  return (
    <>
      <PageHeader title={t("users.title")} />
      <QueryState query={members}>
        {({ members: rows }) => (
          <Paper withBorder radius="md" style={{ overflow: "hidden" }}>
            <Table.ScrollContainer minWidth={860}>
              <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
                <VisuallyHidden component="caption">{t("users.title")}</VisuallyHidden>
                <Table.Thead bg="gray.0">
                  <Table.Tr>
                    <Table.Th scope="col">{t("users.columns.name")}</Table.Th>
                    <Table.Th scope="col">{t("users.columns.role")}</Table.Th>
                    <Table.Th scope="col">{t("users.columns.groups")}</Table.Th>
                    <Table.Th scope="col">{t("users.columns.products")}</Table.Th>
                    <Table.Th scope="col">{t("users.columns.invitedAt")}</Table.Th>
                    <Table.Th scope="col">{t("users.columns.status")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.length === 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={6}>
                        <Text ta="center" c="dimmed" py="lg">
                          {t("users.empty")}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  )}
                  {rows.map((member) => (
                    <Table.Tr key={member.userId}>
                      <Table.Td>
                        <Group gap="sm" wrap="nowrap">
                          <Avatar color="brand" radius="xl" size={36} aria-hidden="true">
                            {initialsOf(member.firstName, member.lastName)}
                          </Avatar>
                          <div>
                            <Text size="sm" fw={600}>
                              {member.firstName} {member.lastName}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {member.email}
                            </Text>
                          </div>
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{t(`users.roles.${member.role}`)}</Text>
                      </Table.Td>
                      <Table.Td>
                        {member.groups.length === 0 ? (
                          none
                        ) : (
                          <Group gap={4}>
                            {member.groups.map((group) => (
                              <Tooltip key={group.id} label={group.name} withArrow>
                                <Badge variant="light" color="gray" radius="sm" aria-label={group.name}>
                                  {abbreviation(group.name)}
                                </Badge>
                              </Tooltip>
                            ))}
                          </Group>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {member.products.length === 0 ? (
                          none
                        ) : (
                          <Group gap={4}>
                            {member.products.map((product) => (
                              <Badge key={product.code} variant="outline" radius="sm">
                                {product.name}
                              </Badge>
                            ))}
                          </Group>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDateTime(member.invitedAt, i18n.language)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={statusColors[member.status]} variant="light">
                          {t(`users.statuses.${member.status}`)}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
      </QueryState>
    </>
  );
}
