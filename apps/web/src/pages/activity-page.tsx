import { ACTIVITY_ACTIONS, type ActivityEntry } from "@courtier/contracts/responses";
import { Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { activityQuery } from "#src/api/endpoints.ts";
import { DataTable, EmptyRow } from "#src/components/data-table.tsx";
import { MissingState, OfficeCrumb, Pager, Trail } from "#src/components/office.tsx";
import { PageHeader } from "#src/components/page-header.tsx";
import { QueryState } from "#src/components/query-state.tsx";
import { formatDateTime } from "#src/lib/format.ts";
import { useMe } from "#src/lib/me-context.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";

const route = getRouteApi("/app/account/activity");

/** "member.role_changed" → "activity.actions.member_role_changed"; unknown codes stay as they are. */
export function describeAction(entry: ActivityEntry, t: TFunction): string {
  if (!(ACTIVITY_ACTIONS as readonly string[]).includes(entry.action)) return entry.action;
  const key = entry.action.replaceAll(".", "_");
  const role = entry.data.role === "admin" || entry.data.role === "intermediary" ? entry.data.role : null;
  const group = typeof entry.data.groupName === "string" ? entry.data.groupName : "";
  return t(`activity.actions.${key}` as "activity.actions.member_invited", {
    role: role ? t(`users.roles.${role}`) : "",
    group,
  });
}

export function ActivityPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  usePageTitle(t("activity.title"));
  const { page = 1 } = route.useSearch();
  const navigate = useNavigate();
  const isAdmin = me.office.role === "admin";
  const activity = useQuery({ ...activityQuery(page), enabled: isAdmin });
  if (!isAdmin) return <MissingState forbidden />;
  const none = <Text c="dimmed">{t("common.none")}</Text>;

  return (
    <>
      <Trail current={t("activity.title")}>
        <OfficeCrumb name={me.office.commercialName} />
      </Trail>
      <PageHeader title={t("activity.title")} />
      <QueryState query={activity}>
        {(data) => (
          <DataTable
            caption={t("activity.title")}
            minWidth={820}
            striped
            head={
              <>
                <Table.Th scope="col">{t("activity.columns.at")}</Table.Th>
                <Table.Th scope="col">{t("activity.columns.actor")}</Table.Th>
                <Table.Th scope="col">{t("activity.columns.action")}</Table.Th>
                <Table.Th scope="col">{t("activity.columns.subject")}</Table.Th>
                <Table.Th scope="col">{t("activity.columns.ip")}</Table.Th>
              </>
            }
            footer={
              <Pager
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                onChange={(next) => void navigate({ to: "/account/activity", search: { page: next } })}
              />
            }
          >
            {data.entries.length === 0 && <EmptyRow columns={5}>{t("activity.empty")}</EmptyRow>}
            {data.entries.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  <Text size="sm">{formatDateTime(entry.at, i18n.language)}</Text>
                </Table.Td>
                <Table.Td>{entry.actor ? <Text size="sm">{entry.actor.name}</Text> : none}</Table.Td>
                <Table.Td>
                  <Text size="sm">{describeAction(entry, t)}</Text>
                </Table.Td>
                <Table.Td>
                  {entry.subject?.kind === "office" ? (
                    <Text size="sm">{entry.subject.name || me.office.commercialName}</Text>
                  ) : entry.subject?.name ? (
                    <Text size="sm">{entry.subject.name}</Text>
                  ) : (
                    none
                  )}
                </Table.Td>
                <Table.Td>
                  {entry.ipAddress ? (
                    <Text size="sm" ff="monospace">
                      {entry.ipAddress}
                    </Text>
                  ) : (
                    none
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </QueryState>
    </>
  );
}
