import type { QuoteListItem } from "@courtier/contracts/responses";
import { Badge, Group, Table, Text, UnstyledButton } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { QuoteListSort, SortDirection } from "#src/api/quotes.ts";
import { formatDateTime } from "#src/lib/format.ts";
import { versionWithoutName } from "#src/lib/quote-format.ts";
import { AnchorLink } from "./anchor-link.tsx";
import { DataTable } from "./data-table.tsx";
import { ChevronDownIcon } from "./icons.tsx";
import { QuoteStatusBadge } from "./quote-status-badge.tsx";
import classes from "./requests-table.module.css";

export type TableSort = {
  sort: QuoteListSort;
  dir: SortDirection;
  onSort: (sort: QuoteListSort) => void;
};

/** A column header; with `sorting` a button that orders the list by `column` (and says so in `aria-sort`). */
function Head({
  column,
  sorting,
  children,
  width,
}: {
  column: QuoteListSort;
  sorting?: TableSort;
  children: ReactNode;
  width?: number;
}) {
  if (!sorting) {
    return (
      <Table.Th scope="col" w={width}>
        {children}
      </Table.Th>
    );
  }
  const active = sorting.sort === column;
  return (
    <Table.Th
      scope="col"
      w={width}
      aria-sort={active ? (sorting.dir === "asc" ? "ascending" : "descending") : "none"}
    >
      <UnstyledButton
        className={classes.sortButton}
        data-active={active || undefined}
        onClick={() => sorting.onSort(column)}
      >
        <span>{children}</span>
        <ChevronDownIcon
          size={14}
          aria-hidden="true"
          className={classes.sortIcon}
          data-dir={active ? sorting.dir : undefined}
        />
      </UnstyledButton>
    </Table.Th>
  );
}

/**
 * The quotes as "Uw aanvragen" lists them (Referenties, Gemaakt op, Tussenpersoon, Product, Status),
 * also for the search results (`showGroup`: the subaccount each quote lives in). `empty` shows under
 * the headers when there are no rows, `footer` (the pager) under the rows.
 */
export function RequestsTable({
  caption,
  quotes,
  empty,
  footer,
  sorting,
  showGroup = false,
}: {
  caption: string;
  quotes: QuoteListItem[];
  empty?: ReactNode;
  footer?: ReactNode;
  sorting?: TableSort;
  showGroup?: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <DataTable
      caption={caption}
      minWidth={showGroup ? 960 : 860}
      head={
        <>
          <Head column="reference" sorting={sorting}>
            {t("requests.columns.reference")}
          </Head>
          <Head column="createdAt" sorting={sorting} width={200}>
            {t("requests.columns.createdAt")}
          </Head>
          <Head column="intermediary" sorting={sorting}>
            {t("requests.columns.intermediary")}
          </Head>
          <Head column="product" sorting={sorting}>
            {t("requests.columns.product")}
          </Head>
          {showGroup && <Table.Th scope="col">{t("search.group")}</Table.Th>}
          <Head column="status" sorting={sorting} width={130}>
            {t("requests.columns.status")}
          </Head>
        </>
      }
      footer={quotes.length === 0 ? empty : footer}
    >
      {quotes.length > 0 &&
        quotes.map((quote) => (
          <Table.Tr key={quote.id}>
            <Table.Td>
              <AnchorLink
                to="/quotes/$quoteId"
                params={{ quoteId: quote.id }}
                size="sm"
                fw={600}
                style={{ wordBreak: "break-word" }}
              >
                {quote.reference}
              </AnchorLink>
              {quote.companyName && (
                <Text size="sm" lineClamp={1}>
                  {quote.companyName}
                  {quote.city && (
                    <Text span c="dimmed" inherit>
                      {" · "}
                      {quote.city}
                    </Text>
                  )}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {t("requests.updatedAt", { date: formatDateTime(quote.updatedAt, i18n.language) })}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                {formatDateTime(quote.createdAt, i18n.language)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{quote.intermediary.name}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{quote.product.name}</Text>
              {quote.product.versionLabel && (
                <Text size="xs" c="dimmed">
                  {versionWithoutName(quote.product.name, quote.product.versionLabel)}
                </Text>
              )}
            </Table.Td>
            {showGroup && (
              <Table.Td>
                <Group gap={4}>
                  <Badge variant="light" color="gray" radius="sm" tt="none">
                    {quote.group.name}
                  </Badge>
                </Group>
              </Table.Td>
            )}
            <Table.Td>
              <QuoteStatusBadge status={quote.status} />
            </Table.Td>
          </Table.Tr>
        ))}
    </DataTable>
  );
}
