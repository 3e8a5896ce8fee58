import type { BackofficeQuoteItem } from "@courtier/contracts/responses";
import { Badge, type BadgeProps, Stack, Table, Tabs, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { type BackofficeQuoteTab, backofficeQuotePageSize, backofficeQuotesQuery } from "#src/api/quotes.ts";
import { AnchorLink } from "#src/components/anchor-link.tsx";
import { DataTable, EmptyRow } from "#src/components/data-table.tsx";
import { AlertIcon } from "#src/components/icons.tsx";
import { Pager } from "#src/components/office.tsx";
import { PageHeader } from "#src/components/page-header.tsx";
import { QueryState } from "#src/components/query-state.tsx";
import { QuoteStatusBadge } from "#src/components/quote-status-badge.tsx";
import { formatDateTime } from "#src/lib/format.ts";
import { formatCents } from "#src/lib/quote-format.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";

const route = getRouteApi("/backoffice/quotes");

export type BackofficeQuotesSearch = { tab?: "decided"; page?: number };

export function validateBackofficeQuotesSearch(search: Record<string, unknown>): BackofficeQuotesSearch {
  const page = typeof search.page === "number" ? search.page : Number(search.page);
  return {
    ...(search.tab === "decided" ? { tab: "decided" as const } : {}),
    ...(Number.isInteger(page) && page > 1 && page <= 10_000 ? { page } : {}),
  };
}

/** "Voorlegging": the engine found a reason the insurer must look at the risk itself. */
export function ReferralBadge(props: BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      color="orange"
      variant="light"
      leftSection={<AlertIcon size={12} />}
      radius="sm"
      style={{ flexShrink: 0, overflow: "visible" }}
      {...props}
    >
      {t("backofficeQuotes.referral")}
    </Badge>
  );
}

/** The number of quotes waiting for a decision, next to "Offertes" in the navigation. */
export function SubmittedQuotesCount() {
  const { t } = useTranslation();
  const { data } = useQuery(backofficeQuotesQuery("submitted", 1));
  if (!data || data.total === 0) return null;
  return (
    <Badge
      size="sm"
      circle={data.total < 10}
      variant="white"
      color="brand.9"
      ml={6}
      aria-label={t("backofficeQuotes.pendingCount", { count: data.total })}
    >
      {data.total}
    </Badge>
  );
}

function QuoteRows({ quotes, tab }: { quotes: BackofficeQuoteItem[]; tab: BackofficeQuoteTab }) {
  const { t, i18n } = useTranslation();
  const decided = tab === "decided";
  const columns = decided ? 7 : 6;
  if (quotes.length === 0) {
    return (
      <EmptyRow columns={columns}>
        {decided ? t("backofficeQuotes.emptyDecided") : t("backofficeQuotes.emptySubmitted")}
      </EmptyRow>
    );
  }
  return quotes.map((quote) => (
    <Table.Tr key={quote.id}>
      <Table.Td>
        <AnchorLink
          to="/backoffice/quotes/$quoteId"
          params={{ quoteId: quote.id }}
          size="sm"
          fw={600}
          style={{ whiteSpace: "nowrap" }}
        >
          {quote.reference}
        </AnchorLink>
        {quote.referral && (
          <div>
            <ReferralBadge mt={4} />
          </div>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{quote.office.commercialName}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{quote.intermediary}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{quote.companyName || t("common.none")}</Text>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm" fw={600} style={{ whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}>
          {quote.totalAnnualCents === null
            ? t("common.none")
            : formatCents(quote.totalAnnualCents, i18n.language)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: "nowrap" }}>
          {quote.submittedAt ? formatDateTime(quote.submittedAt, i18n.language) : t("common.none")}
        </Text>
      </Table.Td>
      {decided && (
        <Table.Td>
          <Stack gap={2} align="flex-start">
            <QuoteStatusBadge status={quote.status} />
            {quote.decidedAt && (
              <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                {formatDateTime(quote.decidedAt, i18n.language)}
              </Text>
            )}
          </Stack>
        </Table.Td>
      )}
    </Table.Tr>
  ));
}

/** "Offertes": quotes brokers submitted for the insurer's products; oldest first, or the decided ones. */
export function BackofficeQuotesPage() {
  const { t } = useTranslation();
  usePageTitle(t("backofficeQuotes.title"));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const tab: BackofficeQuoteTab = search.tab === "decided" ? "decided" : "submitted";
  const page = search.page ?? 1;
  const quotes = useQuery(backofficeQuotesQuery(tab, page));
  const waiting = useQuery(backofficeQuotesQuery("submitted", 1));

  return (
    <>
      <PageHeader title={t("backofficeQuotes.title")} />
      <Text c="dimmed" mt={-8} mb="lg" maw={720}>
        {t("backofficeQuotes.intro")}
      </Text>
      <Tabs
        value={tab}
        onChange={(value) => void navigate({ search: value === "decided" ? { tab: "decided" } : {} })}
        mb="md"
      >
        <Tabs.List>
          <Tabs.Tab
            value="submitted"
            rightSection={
              waiting.data && waiting.data.total > 0 ? (
                <Badge size="sm" variant="light" circle={waiting.data.total < 10}>
                  {waiting.data.total}
                </Badge>
              ) : null
            }
          >
            {t("backofficeQuotes.tabs.submitted")}
          </Tabs.Tab>
          <Tabs.Tab value="decided">{t("backofficeQuotes.tabs.decided")}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <QueryState query={quotes}>
        {(data) => (
          <DataTable
            caption={t(
              tab === "decided" ? "backofficeQuotes.tabs.decided" : "backofficeQuotes.tabs.submitted",
            )}
            minWidth={1040}
            head={
              <>
                <Table.Th scope="col">{t("backofficeQuotes.columns.reference")}</Table.Th>
                <Table.Th scope="col">{t("backofficeQuotes.columns.office")}</Table.Th>
                <Table.Th scope="col">{t("backofficeQuotes.columns.intermediary")}</Table.Th>
                <Table.Th scope="col">{t("backofficeQuotes.columns.client")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("backofficeQuotes.columns.premium")}
                </Table.Th>
                <Table.Th scope="col">{t("backofficeQuotes.columns.submittedAt")}</Table.Th>
                {tab === "decided" && (
                  <Table.Th scope="col">{t("backofficeQuotes.columns.decision")}</Table.Th>
                )}
              </>
            }
            footer={
              <Pager
                page={data.page}
                pageSize={backofficeQuotePageSize}
                total={data.total}
                onChange={(next) =>
                  void navigate({
                    search: { ...(tab === "decided" ? { tab } : {}), ...(next > 1 ? { page: next } : {}) },
                  })
                }
              />
            }
          >
            <QuoteRows quotes={data.quotes} tab={tab} />
          </DataTable>
        )}
      </QueryState>
    </>
  );
}
