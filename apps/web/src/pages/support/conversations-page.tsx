import type { SupportConversationItem } from "@courtier/contracts/chat";
import { Alert, Code, Stack, Table, Tabs, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { supportConversationsQuery } from "#src/api/chat.ts";
import { DataTable, EmptyRow } from "#src/components/data-table.tsx";
import { InfoIcon } from "#src/components/icons.tsx";
import { PageHeader } from "#src/components/page-header.tsx";
import { QueryState } from "#src/components/query-state.tsx";
import { formatDateTime } from "#src/lib/format.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";
import classes from "./support.module.css";
import { ConversationStatusBadge, formatSince, LanguageBadge, useNow } from "./support-parts.tsx";

const route = getRouteApi("/support/");

export type SupportListSearch = { status?: "closed" };
export function validateSupportListSearch(search: Record<string, unknown>): SupportListSearch {
  return search.status === "closed" ? { status: "closed" } : {};
}

function Row({ conversation, now }: { conversation: SupportConversationItem; now: number }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const since = conversation.handedOverAt ?? conversation.createdAt;
  const open = () =>
    void navigate({
      to: "/support/conversations/$conversationId",
      params: { conversationId: conversation.id },
    });
  return (
    <Table.Tr className={classes.row} onClick={open}>
      <Table.Td>
        <Link
          to="/support/conversations/$conversationId"
          params={{ conversationId: conversation.id }}
          className={classes.rowLink}
          onClick={(event) => event.stopPropagation()}
        >
          {conversation.user.name}
        </Link>
        <Text size="xs" c="dimmed">
          {conversation.user.email}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{conversation.office.commercialName}</Text>
      </Table.Td>
      <Table.Td>
        <LanguageBadge language={conversation.language} miw="max-content" />
      </Table.Td>
      <Table.Td>
        <Code>{conversation.page || "—"}</Code>
      </Table.Td>
      <Table.Td>
        <Text size="sm" title={formatDateTime(since, i18n.language)} style={{ whiteSpace: "nowrap" }}>
          {formatSince(since, i18n.language, now, t("support.justNow"))}
        </Text>
      </Table.Td>
      <Table.Td maw={320}>
        <Text size="sm" lineClamp={2} style={{ overflowWrap: "anywhere" }}>
          {conversation.lastMessage || t("common.none")}
        </Text>
      </Table.Td>
      <Table.Td>
        <ConversationStatusBadge status={conversation.status} miw="max-content" />
      </Table.Td>
    </Table.Tr>
  );
}

/** The conversations handed to support, newest first: open ones, or the closed ones. */
export function SupportConversationsPage() {
  const { t } = useTranslation();
  usePageTitle(t("support.list.title"));
  const navigate = useNavigate();
  const { status: tab = "open" } = route.useSearch();
  const conversations = useQuery(supportConversationsQuery(tab));
  const now = useNow();

  return (
    <>
      <PageHeader title={t("support.list.title")} />
      <Stack gap="md">
        {conversations.data && !conversations.data.online && (
          <Alert color="yellow" variant="light" icon={<InfoIcon />}>
            {t("support.list.nobodyOnline")}
          </Alert>
        )}
        <Tabs
          value={tab}
          onChange={(value) =>
            void navigate({ to: "/support", search: value === "closed" ? { status: "closed" } : {} })
          }
        >
          <Tabs.List>
            <Tabs.Tab value="open">{t("support.list.open")}</Tabs.Tab>
            <Tabs.Tab value="closed">{t("support.list.closed")}</Tabs.Tab>
          </Tabs.List>
        </Tabs>
        <QueryState query={conversations}>
          {(data) => (
            <DataTable
              caption={tab === "open" ? t("support.list.open") : t("support.list.closed")}
              minWidth={980}
              head={
                <>
                  <Table.Th scope="col">{t("support.fields.user")}</Table.Th>
                  <Table.Th scope="col">{t("support.fields.office")}</Table.Th>
                  <Table.Th scope="col">{t("support.fields.language")}</Table.Th>
                  <Table.Th scope="col">{t("support.fields.page")}</Table.Th>
                  <Table.Th scope="col">
                    {tab === "open" ? t("support.fields.waitingSince") : t("support.fields.since")}
                  </Table.Th>
                  <Table.Th scope="col">{t("support.fields.lastMessage")}</Table.Th>
                  <Table.Th scope="col">{t("support.fields.status")}</Table.Th>
                </>
              }
            >
              {data.conversations.length === 0 && (
                <EmptyRow columns={7}>
                  {tab === "open" ? t("support.list.emptyOpen") : t("support.list.emptyClosed")}
                </EmptyRow>
              )}
              {data.conversations.map((conversation) => (
                <Row key={conversation.id} conversation={conversation} now={now} />
              ))}
            </DataTable>
          )}
        </QueryState>
      </Stack>
    </>
  );
}
