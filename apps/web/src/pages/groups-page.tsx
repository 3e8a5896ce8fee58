import type { GroupList } from "@courtier/contracts/responses";
import { Badge, Button, Group, Paper, Table, Text, VisuallyHidden } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { groupsQuery } from "#src/api/endpoints.ts";
import { AnchorLink } from "#src/components/anchor-link.tsx";
import classes from "#src/components/office.module.css";
import { GroupMark, OfficeCrumb, Trail } from "#src/components/office.tsx";
import { PageHeader } from "#src/components/page-header.tsx";
import { QueryState } from "#src/components/query-state.tsx";
import { useMe } from "#src/lib/me-context.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";

/** "+ Nieuwe groep", only for admins. */
export function NewGroupButton() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.office.role !== "admin") return null;
  return (
    <Button component={Link} to="/account/groups/new">
      {t("groups.new")}
    </Button>
  );
}

/** Naam (logo or initials + name), # Gebruikers, # Integraties; a row opens the group. */
export function GroupsTable({ groups }: { groups: GroupList["groups"] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Paper withBorder radius="md" style={{ overflow: "hidden" }}>
      <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
        <VisuallyHidden component="caption">{t("groups.title")}</VisuallyHidden>
        <Table.Thead bg="gray.0">
          <Table.Tr>
            <Table.Th scope="col">{t("account.groupColumns.name")}</Table.Th>
            <Table.Th scope="col" ta="right" w={140} style={{ whiteSpace: "nowrap" }}>
              {t("account.groupColumns.users")}
            </Table.Th>
            <Table.Th scope="col" ta="right" w={140} style={{ whiteSpace: "nowrap" }}>
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
            <Table.Tr
              key={group.id}
              className={classes.row}
              onClick={(event) => {
                if ((event.target as HTMLElement).closest("a, button")) return;
                void navigate({ to: "/account/groups/$groupId", params: { groupId: group.id } });
              }}
            >
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <GroupMark name={group.name} logoUrl={group.logoUrl} />
                  <AnchorLink
                    to="/account/groups/$groupId"
                    params={{ groupId: group.id }}
                    size="sm"
                    fw={600}
                    c="inherit"
                  >
                    {group.name}
                  </AnchorLink>
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
  );
}

export function GroupsPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t("groups.title"));
  const groups = useQuery(groupsQuery);
  return (
    <>
      <Trail current={t("groups.title")}>
        <OfficeCrumb name={me.office.commercialName} />
      </Trail>
      <PageHeader title={t("groups.title")} actions={<NewGroupButton />} />
      <QueryState query={groups}>{({ groups: rows }) => <GroupsTable groups={rows} />}</QueryState>
    </>
  );
}
