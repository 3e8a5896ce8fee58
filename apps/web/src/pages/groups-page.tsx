import type { GroupList } from "@courtier/contracts/responses";
import { Badge, Button, Table } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { groupsQuery } from "#src/api/endpoints.ts";
import { DataTable, EmptyRow } from "#src/components/data-table.tsx";
import classes from "#src/components/office.module.css";
import { GroupCells, GroupColumnHeads, OfficeCrumb, Trail } from "#src/components/office.tsx";
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
    <DataTable caption={t("groups.title")} highlightOnHover head={<GroupColumnHeads />}>
      {groups.length === 0 && <EmptyRow columns={3}>{t("account.noGroups")}</EmptyRow>}
      {groups.map((group) => (
        <Table.Tr
          key={group.id}
          className={classes.row}
          onClick={(event) => {
            if ((event.target as HTMLElement).closest("a, button")) return;
            void navigate({ to: "/account/groups/$groupId", params: { groupId: group.id } });
          }}
        >
          <GroupCells
            group={group}
            badge={
              group.isDefault && (
                <Badge size="sm" variant="light" color="gray">
                  {t("account.defaultGroup")}
                </Badge>
              )
            }
          />
        </Table.Tr>
      ))}
    </DataTable>
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
