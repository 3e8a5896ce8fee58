import type { GroupDetails } from "@courtier/contracts/responses";
import { Anchor, Button, Group, Menu, Modal, Select, Stack, Text, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { addToGroup, deleteGroup, groupQuery, membersQuery, removeFromGroup } from "#src/api/endpoints.ts";
import { ButtonLink } from "#src/components/anchor-link.tsx";
import { FormAlert } from "#src/components/form-alert.tsx";
import { PlusIcon } from "#src/components/icons.tsx";
import { MembersTable } from "#src/components/members-table.tsx";
import {
  ConfirmModal,
  GroupMark,
  GroupsCrumb,
  isUuid,
  MissingState,
  OfficeCrumb,
  RowMenu,
  Trail,
} from "#src/components/office.tsx";
import { QueryState } from "#src/components/query-state.tsx";
import { addressLine } from "#src/lib/format.ts";
import { useMe } from "#src/lib/me-context.ts";
import { useOfficeMutation } from "#src/lib/use-office-mutation.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";

const route = getRouteApi("/app/account/groups/$groupId");

/** "Bestaande gebruiker toevoegen": office members not in the group yet, searched on the server. */
function AddExistingModal({
  opened,
  onClose,
  details,
}: {
  opened: boolean;
  onClose: () => void;
  details: GroupDetails;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [userId, setUserId] = useState<string | null>(null);
  const candidates = useQuery({ ...membersQuery(userId ? "" : debounced, 1, 100), enabled: opened });
  const inGroup = new Set(details.members.map((member) => member.userId));
  const options = (candidates.data?.members ?? [])
    .filter((member) => !inGroup.has(member.userId))
    .map((member) => ({
      value: member.userId,
      label: `${member.firstName} ${member.lastName} (${member.email})`,
    }));

  const close = () => {
    setUserId(null);
    setSearch("");
    add.reset();
    onClose();
  };
  const add = useOfficeMutation((id: string) => addToGroup(id, details.group.id), close);

  return (
    <Modal opened={opened} onClose={close} title={t("group.addExistingTitle")} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (userId) add.mutate(userId);
        }}
      >
        <Stack gap="md">
          <FormAlert error={add.error} />
          <Select
            label={t("group.member")}
            placeholder={t("group.memberPlaceholder")}
            data={options}
            value={userId}
            onChange={setUserId}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options: all }) => all}
            nothingFoundMessage={candidates.isFetching ? t("common.loading") : t("group.noCandidates")}
            comboboxProps={{ withinPortal: true }}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t("office.cancel")}
            </Button>
            <Button type="submit" disabled={!userId} loading={add.isPending}>
              {t("group.add")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function GroupView({ details }: { details: GroupDetails }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const isAdmin = me.office.role === "admin";
  const { group, members } = details;
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [addingExisting, setAddingExisting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const remove = useOfficeMutation(
    () => deleteGroup(group.id),
    async () => {
      setConfirmDelete(false);
      await navigate({ to: "/account/groups" });
    },
  );
  const removeMember = useOfficeMutation((userId: string) => removeFromGroup(userId, group.id));
  const address = addressLine(group);

  return (
    <>
      <Trail current={group.name}>
        <OfficeCrumb name={me.office.commercialName} />
        <GroupsCrumb />
      </Trail>
      <Group justify="space-between" align="flex-start" mb="lg" gap="md">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <GroupMark name={group.name} logoUrl={group.logoUrl} size={72} />
          <div>
            <Title order={1} size="h2">
              {group.name}
            </Title>
            <Stack gap={2} mt={4}>
              {address && <Text size="sm">{address}</Text>}
              {group.email && (
                <Anchor href={`mailto:${group.email}`} size="sm">
                  {group.email}
                </Anchor>
              )}
              <Text size="sm" c="dimmed">
                {t("group.counts", {
                  users: t("group.userCount", { count: group.memberCount }),
                  integrations: t("group.integrationCount", { count: group.integrationCount }),
                })}
              </Text>
            </Stack>
          </div>
        </Group>
        {isAdmin && (
          <Group gap="sm">
            <ButtonLink to="/account/groups/$groupId/edit" params={{ groupId: group.id }} variant="default">
              {t("group.edit")}
            </ButtonLink>
            <Button color="red" variant="light" onClick={() => setConfirmDelete(true)}>
              {t("group.delete")}
            </Button>
          </Group>
        )}
      </Group>

      <Stack gap="md">
        {Boolean(error) && <FormAlert error={error} />}
        <section aria-labelledby="group-members">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4" id="group-members">
              {t("users.title")}
            </Title>
            {isAdmin && (
              <Group gap="sm">
                <ButtonLink
                  to="/users/invite"
                  search={{ groupId: group.id }}
                  leftSection={<PlusIcon size={16} />}
                >
                  {t("group.inviteNew")}
                </ButtonLink>
                <Button variant="light" onClick={() => setAddingExisting(true)}>
                  {t("group.addExisting")}
                </Button>
              </Group>
            )}
          </Group>
          <MembersTable
            caption={t("group.membersCaption", { name: group.name })}
            members={members}
            empty={t("group.noMembers")}
            compact
            actions={
              isAdmin
                ? (member) => (
                    <RowMenu
                      label={t("office.actionsFor", { name: `${member.firstName} ${member.lastName}` })}
                    >
                      <Menu.Item
                        color="red"
                        onClick={() =>
                          removeMember.mutate(member.userId, {
                            onError: setError,
                            onSuccess: () => setError(null),
                          })
                        }
                      >
                        {t("office.removeFromGroup")}
                      </Menu.Item>
                    </RowMenu>
                  )
                : undefined
            }
          />
        </section>
      </Stack>

      <AddExistingModal opened={addingExisting} onClose={() => setAddingExisting(false)} details={details} />
      <ConfirmModal
        opened={confirmDelete}
        onClose={() => setConfirmDelete(false)}
        title={t("group.deleteTitle")}
        confirmLabel={t("office.confirm")}
        loading={remove.isPending}
        onConfirm={() =>
          remove.mutate(undefined, {
            onError: (failure) => {
              // GROUP_IS_DEFAULT, GROUP_IN_USE: the server says why, on the page.
              setConfirmDelete(false);
              setError(failure);
            },
          })
        }
      >
        {t("group.deleteText", { name: group.name })}
      </ConfirmModal>
    </>
  );
}

export function GroupPage() {
  const { t } = useTranslation();
  const { groupId } = route.useParams();
  const valid = isUuid(groupId);
  const details = useQuery({ ...groupQuery(groupId), enabled: valid });
  usePageTitle(details.data?.group.name ?? t("groups.title"));
  if (!valid) return <MissingState />;
  return <QueryState query={details}>{(data) => <GroupView details={data} />}</QueryState>;
}
