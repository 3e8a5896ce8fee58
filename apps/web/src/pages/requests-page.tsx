import { QUOTE_STATUSES, type QuoteStatus } from "@courtier/contracts/quotes";
import type { QuotePage } from "@courtier/contracts/responses";
import {
  Anchor,
  Button,
  type ButtonProps,
  EmptyState,
  Group,
  Menu,
  Paper,
  Select,
  Stack,
  Text,
  Tooltip,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { isApiError } from "#src/api/api-error.ts";
import {
  createQuote,
  effectiveSort,
  firstDirection,
  type QuoteListSearch,
  type QuoteListSort,
  quoteKeys,
  quotePageSize,
  quotesCsvUrl,
  quotesQuery,
} from "#src/api/quotes.ts";
import { AnchorLink } from "#src/components/anchor-link.tsx";
import { ChevronDownIcon, FileIcon, PlusIcon } from "#src/components/icons.tsx";
import { Pager } from "#src/components/office.tsx";
import { PageHeader } from "#src/components/page-header.tsx";
import { QueryState } from "#src/components/query-state.tsx";
import { useQuoteStatusLabel } from "#src/components/quote-status-badge.tsx";
import { RequestsTable } from "#src/components/requests-table.tsx";
import { useMe } from "#src/lib/me-context.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";

const route = getRouteApi("/app/requests");

type Product = QuotePage["products"][number];

/** "Nieuw": a tarification for the subaccount's product (a menu when it has several), straight into the wizard. */
function NewQuoteButton({
  products,
  label,
  size,
  withHint = false,
}: {
  products: Product[] | undefined;
  label: string;
  size?: ButtonProps["size"];
  /** Says next to the button why it is disabled (the empty list says it already otherwise). */
  withHint?: boolean;
}) {
  const { t } = useTranslation();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: createQuote,
    onSuccess: async (quote) => {
      void queryClient.invalidateQueries({ queryKey: quoteKeys.all });
      await navigate({ to: "/quotes/$quoteId", params: { quoteId: quote.id } });
    },
    onError: (error) => {
      notifications.show({
        color: "red",
        message:
          isApiError(error) && error.code !== "UNREACHABLE" ? error.message : t("errors.unreachableText"),
      });
    },
  });

  if (products === undefined) {
    return (
      <Button size={size} leftSection={<PlusIcon size={16} />} disabled>
        {label}
      </Button>
    );
  }
  if (products.length === 0) {
    return (
      <Group gap="sm" wrap="nowrap">
        {withHint && (
          <Text size="sm" c="dimmed" visibleFrom="sm">
            {t("quotes.noProduct")}{" "}
            <AnchorLink to="/products" size="sm">
              {t("quotes.toProducts")}
            </AnchorLink>
          </Text>
        )}
        <Tooltip label={t("quotes.noProductTooltip")} withArrow multiline w={260}>
          {/* Disabled, yet focusable and hoverable, so that the tooltip can say why. */}
          <Button
            size={size}
            leftSection={<PlusIcon size={16} />}
            data-disabled
            aria-disabled="true"
            onClick={(event) => event.preventDefault()}
          >
            {label}
          </Button>
        </Tooltip>
      </Group>
    );
  }
  const [only] = products;
  if (products.length === 1 && only) {
    return (
      <Button
        size={size}
        leftSection={<PlusIcon size={16} />}
        loading={mutation.isPending}
        onClick={() => mutation.mutate(only.id)}
      >
        {label}
      </Button>
    );
  }
  return (
    <Menu position="bottom-end" width={300}>
      <Menu.Target>
        <Button
          size={size}
          leftSection={<PlusIcon size={16} />}
          rightSection={<ChevronDownIcon size={14} />}
          loading={mutation.isPending}
        >
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t("quotes.chooseProduct")}</Menu.Label>
        {products.map((product) => (
          <Menu.Item key={product.id} onClick={() => mutation.mutate(product.id)}>
            <Text size="sm" fw={500}>
              {product.name}
            </Text>
            <Text size="xs" c="dimmed">
              {t("quotes.producerNumber", { number: product.producerNumber })}
              {product.versionLabel ? ` · ${product.versionLabel}` : ""}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/** No quotes in this subaccount yet: the first tarification, or how to get access to a product. */
function FirstQuote({ products }: { products: Product[] }) {
  const { t } = useTranslation();
  const me = useMe();
  if (products.length > 0) {
    return (
      <Paper withBorder radius="md">
        <EmptyState
          py={56}
          px="md"
          icon={<FileIcon size={28} />}
          variant="light"
          title={t("requests.emptyTitle")}
          description={t("quotes.firstText")}
        >
          <Stack gap={4} align="center" maw={560} mx="auto" mb="sm">
            {products.map((product) => (
              <Text size="sm" c="dimmed" ta="center" key={`${product.id}-${product.producerNumber}`}>
                {t("requests.mayQuote", {
                  group: me.subaccount.name,
                  product: product.name,
                  number: product.producerNumber,
                })}
              </Text>
            ))}
          </Stack>
          <EmptyState.Actions>
            <NewQuoteButton products={products} label={t("quotes.newQuote")} size="lg" />
          </EmptyState.Actions>
        </EmptyState>
      </Paper>
    );
  }
  return (
    <Paper withBorder radius="md">
      <EmptyState
        py={56}
        px="md"
        icon={<FileIcon size={28} />}
        variant="light"
        title={t("requests.emptyTitle")}
        description={t("requests.emptyText")}
      >
        <EmptyState.Actions>
          <Button component={Link} to="/products" variant="light">
            {t("requests.emptyAction")}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}

function Filters({ data, search }: { data: QuotePage; search: QuoteListSearch }) {
  const { t } = useTranslation();
  const navigate = route.useNavigate();
  const statusLabel = useQuoteStatusLabel();
  const filtered = search.status !== undefined || search.intermediary !== undefined;
  const setFilter = (change: Pick<QuoteListSearch, "status" | "intermediary">) =>
    void navigate({
      search: (previous) => {
        const { page: _page, ...rest } = { ...previous, ...change };
        return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
      },
    });
  const intermediaries = data.intermediaries.map((person) => ({ value: person.id, label: person.name }));
  // A filter from an old link (another subaccount's colleague) still shows what it filters on.
  if (search.intermediary && !intermediaries.some((option) => option.value === search.intermediary)) {
    intermediaries.push({ value: search.intermediary, label: t("quotes.unknownIntermediary") });
  }

  return (
    <Group justify="space-between" align="flex-end" gap="sm" mb="md">
      <Group gap="sm" align="flex-end">
        <Select
          label={t("quotes.filters.status")}
          placeholder={t("quotes.filters.allStatuses")}
          data={QUOTE_STATUSES.map((status) => ({ value: status, label: statusLabel(status) }))}
          value={search.status ?? null}
          onChange={(value) => setFilter({ status: (value as QuoteStatus | null) ?? undefined })}
          clearable
          allowDeselect
          w={200}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t("quotes.filters.intermediary")}
          placeholder={t("quotes.filters.allIntermediaries")}
          data={intermediaries}
          value={search.intermediary ?? null}
          onChange={(value) => setFilter({ intermediary: value ?? undefined })}
          clearable
          searchable
          nothingFoundMessage={t("quotes.filters.nobody")}
          w={240}
        />
        {filtered && (
          <Button
            variant="subtle"
            color="gray"
            onClick={() => setFilter({ status: undefined, intermediary: undefined })}
          >
            {t("quotes.filters.reset")}
          </Button>
        )}
      </Group>
      <Anchor href={quotesCsvUrl(search)} download size="sm" fw={500} py={8}>
        <Group gap={6} wrap="nowrap" component="span">
          <FileIcon size={16} />
          {t("quotes.exportCsv")}
        </Group>
      </Anchor>
    </Group>
  );
}

/** "Uw aanvragen": the current subaccount's tarifications, filtered and ordered as the URL says. */
export function RequestsPage() {
  const { t } = useTranslation();
  usePageTitle(t("requests.title"));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const quotes = useQuery(quotesQuery(search));
  const { sort, dir } = effectiveSort(search);
  const filtered = search.status !== undefined || search.intermediary !== undefined;

  const onSort = (column: QuoteListSort) => {
    const nextDir = column === sort ? (dir === "asc" ? "desc" : "asc") : firstDirection(column);
    void navigate({
      search: ({ page: _page, sort: _sort, dir: _dir, ...rest }) =>
        column === "updatedAt" && nextDir === "desc" ? rest : { ...rest, sort: column, dir: nextDir },
    });
  };

  return (
    <>
      <PageHeader
        title={t("requests.title")}
        actions={
          <NewQuoteButton
            products={quotes.data?.products}
            label={t("quotes.new")}
            withHint={(quotes.data?.total ?? 0) > 0}
          />
        }
      />
      <QueryState query={quotes}>
        {(data) =>
          data.total === 0 && !filtered && (search.page ?? 1) === 1 ? (
            <FirstQuote products={data.products} />
          ) : (
            <>
              <Filters data={data} search={search} />
              <RequestsTable
                caption={t("requests.title")}
                quotes={data.quotes}
                sorting={{ sort, dir, onSort }}
                empty={
                  <Stack align="center" gap="xs" py="xl" role="status">
                    <Text c="dimmed" ta="center">
                      {filtered ? t("quotes.noMatch") : t("quotes.noPage")}
                    </Text>
                  </Stack>
                }
                footer={
                  <Pager
                    page={data.page}
                    pageSize={quotePageSize}
                    total={data.total}
                    onChange={(page) =>
                      void navigate({
                        search: ({ page: _page, ...rest }) => (page > 1 ? { ...rest, page } : rest),
                      })
                    }
                  />
                }
              />
            </>
          )
        }
      </QueryState>
    </>
  );
}
