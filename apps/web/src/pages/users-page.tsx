import { Group, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { memberPageSize, membersQuery } from "#src/api/endpoints.ts";
import { ButtonLink } from "#src/components/anchor-link.tsx";
import { PlusIcon, SearchIcon } from "#src/components/icons.tsx";
import { MembersTable } from "#src/components/members-table.tsx";
import { Pager } from "#src/components/office.tsx";
import { PageHeader } from "#src/components/page-header.tsx";
import { QueryState } from "#src/components/query-state.tsx";
import { useMe } from "#src/lib/me-context.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";

const route = getRouteApi("/app/users");

/** "Nieuwe gebruiker uitnodigen", only for admins. */
export function InviteButton({ groupId }: { groupId?: string }) {
  const { t } = useTranslation();
  const me = useMe();
  if (me.office.role !== "admin") return null;
  return (
    <ButtonLink to="/users/invite" search={groupId ? { groupId } : {}} leftSection={<PlusIcon size={16} />}>
      {t("users.invite")}
    </ButtonLink>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t("users.title"));
  const { q = "", page = 1 } = route.useSearch();
  const navigate = useNavigate();
  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const members = useQuery(membersQuery(q, page));

  // The search box and the address bar stay in step: typing goes back to the first page.
  useEffect(() => {
    if (debounced !== q)
      void navigate({ to: "/users", search: debounced ? { q: debounced } : {}, replace: true });
  }, [debounced, q, navigate]);

  return (
    <>
      <PageHeader title={t("users.title")} actions={<InviteButton />} />
      <Group mb="md">
        <TextInput
          type="search"
          aria-label={t("users.search")}
          placeholder={t("users.searchPlaceholder")}
          leftSection={<SearchIcon size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={{ base: "100%", sm: 360 }}
        />
      </Group>
      <QueryState query={members}>
        {(data) => (
          <MembersTable
            caption={t("users.title")}
            members={data.members}
            empty={q ? t("users.noResults", { query: q }) : t("users.empty")}
            footer={
              <Pager
                page={data.page}
                pageSize={data.pageSize || memberPageSize}
                total={data.total}
                onChange={(next) =>
                  void navigate({ to: "/users", search: { ...(q ? { q } : {}), page: next } })
                }
              />
            }
          />
        )}
      </QueryState>
    </>
  );
}
