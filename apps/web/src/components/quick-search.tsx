import type { QuoteListItem } from "@courtier/contracts/responses";
import { Combobox, Group, Loader, Text, TextInput, useCombobox } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useRouterState } from "@tanstack/react-router";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { quickSearchLimit, quoteSearchQuery } from "#src/api/quotes.ts";
import { SearchIcon } from "./icons.tsx";
import classes from "./quick-search.module.css";
import { QuoteStatusBadge } from "./quote-status-badge.tsx";

function Result({ quote }: { quote: QuoteListItem }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
      <div style={{ minWidth: 0 }}>
        <Text size="sm" fw={600} truncate>
          {quote.reference}
        </Text>
        <Text size="sm" truncate>
          {quote.companyName || "—"}
          {quote.city && (
            <Text span c="dimmed" inherit>
              {" · "}
              {quote.city}
            </Text>
          )}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {quote.group.name}
        </Text>
      </div>
      <QuoteStatusBadge status={quote.status} size="sm" style={{ flexShrink: 0 }} />
    </Group>
  );
}

/**
 * "Zoeken ...": answers as one types, with the best matches under the field (arrow keys and Enter
 * open one); Enter without a chosen result shows them all on the search page.
 */
export function QuickSearch({ fullWidth = false }: { fullWidth?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const current = useRouterState({
    select: (state) => (state.location.pathname === "/search" ? String(state.location.search.q ?? "") : ""),
  });
  const [value, setValue] = useState(current);
  useEffect(() => setValue(current), [current]);
  const text = value.trim();
  const [debounced] = useDebouncedValue(text, 200);
  const results = useQuery({ ...quoteSearchQuery(debounced, quickSearchLimit), enabled: debounced !== "" });
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });

  // New answers: nothing is chosen, so that Enter still means "all results" until an arrow key is used.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the results change
  useEffect(() => {
    combobox.resetSelectedOption();
  }, [results.data]);

  const showAll = () => {
    combobox.closeDropdown();
    void navigate({ to: "/search", search: { q: text } });
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    showAll();
  };
  const open = (quoteId: string) => {
    combobox.closeDropdown();
    setValue("");
    void navigate({ to: "/quotes/$quoteId", params: { quoteId } });
  };

  const quotes = results.data?.quotes ?? [];
  const settled = text === debounced && results.data !== undefined && !results.isPlaceholderData;
  let body: React.ReactNode;
  if (quotes.length > 0) {
    body = quotes.map((quote) => (
      <Combobox.Option value={quote.id} key={quote.id} className={classes.option}>
        <Result quote={quote} />
      </Combobox.Option>
    ));
  } else if (!settled) {
    body = (
      <Combobox.Empty>
        <Group gap="xs" justify="center">
          <Loader size="xs" />
          {t("search.searching")}
        </Group>
      </Combobox.Empty>
    );
  } else {
    body = <Combobox.Empty>{t("search.noResults", { query: text })}</Combobox.Empty>;
  }

  return (
    <search>
      <form onSubmit={submit}>
        <Combobox
          store={combobox}
          onOptionSubmit={open}
          position="bottom-end"
          width={fullWidth ? "target" : 480}
          offset={6}
          shadow="md"
          withinPortal
        >
          <Combobox.Target withExpandedAttribute>
            <TextInput
              aria-label={t("nav.search")}
              placeholder={t("nav.searchPlaceholder")}
              leftSection={<SearchIcon size={16} />}
              rightSection={results.isFetching ? <Loader size={14} /> : null}
              value={value}
              onChange={(event) => {
                setValue(event.currentTarget.value);
                combobox.openDropdown();
              }}
              onFocus={() => combobox.openDropdown()}
              onBlur={() => combobox.closeDropdown()}
              type="search"
              autoComplete="off"
              w={fullWidth ? "100%" : { base: 160, lg: 220 }}
            />
          </Combobox.Target>
          <Combobox.Dropdown hidden={text === ""} p={0}>
            <Combobox.Options aria-label={t("search.suggestions")} p={4}>
              {body}
            </Combobox.Options>
            <Combobox.Footer className={classes.footer}>
              <Link
                to="/search"
                search={{ q: text }}
                className={classes.showAll}
                // Keeps the focus in the field, so that the dropdown is still there for the click.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => combobox.closeDropdown()}
              >
                {t("search.showAll", { query: text })}
              </Link>
              <Text size="xs" c="dimmed" visibleFrom="sm" className={classes.hint}>
                {t("search.keyboardHint")}
              </Text>
            </Combobox.Footer>
          </Combobox.Dropdown>
        </Combobox>
      </form>
    </search>
  );
}
