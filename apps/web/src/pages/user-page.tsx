import type { GroupList, UserDetails } from "@courtier/contracts/responses";
import {
  Avatar,
  Button,
  Group,
  Menu,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type UseMutationResult, useQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  addToGroup,
  cancelInvitation,
  disableMember,
  enableMember,
  groupsQuery,
  memberQuery,
  removeFromGroup,
  resendInvitation,
  setRole,
} from "#src/api/endpoints.ts";
import { DataTable, EmptyRow } from "#src/components/data-table.tsx";
import { FormAlert } from "#src/components/form-alert.tsx";
import { LocalMailboxHint } from "#src/components/local-mailbox-hint.tsx";
import classes from "#src/components/office.module.css";
import {
  ConfirmModal,
  GroupCells,
  GroupColumnHeads,
  GroupMark,
  isUuid,
  MissingState,
  OfficeCrumb,
  RowMenu,
  StatusBadge,
  Trail,
} from "#src/components/office.tsx";
import { QueryState } from "#src/components/query-state.tsx";
import { addressLine, formatDateTime, initialsOf } from "#src/lib/format.ts";
import { useMe } from "#src/lib/me-context.ts";
import { useOfficeMutation } from "#src/lib/use-office-mutation.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";

const route = getRouteApi("/app/users/$userId");

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: 0.3 }}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} mt={4}>
        {children}
      </Text>
    </div>
  );
}

/** "Groep toevoegen": the office's groups the user is not in yet; a click adds. */
function AddGroupModal({
  opened,
  onClose,
  userId,
  current,
}: {
  opened: boolean;
  onClose: () => void;
  userId: string;
  current: GroupList["groups"];
}) {
  const { t } = useTranslation();
  const groups = useQuery({ ...groupsQuery, enabled: opened });
  const add = useOfficeMutation((groupId: string) => addToGroup(userId, groupId), onClose);
  const close = () => {
    add.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t("user.addGroupTitle")} centered>
      <Stack gap="sm">
        <FormAlert error={add.error} />
        <QueryState query={groups}>
          {({ groups: all }) => {
            const available = all.filter((group) => !current.some((mine) => mine.id === group.id));
            if (available.length === 0) {
              return (
                <Text c="dimmed" size="sm" py="md" ta="center">
                  {t("user.noGroupsLeft")}
                </Text>
              );
            }
            return (
              <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: "none" }}>
                {available.map((group) => {
                  const address = addressLine(group);
                  return (
                    <li key={group.id}>
                      <UnstyledButton
                        onClick={() => add.mutate(group.id)}
                        disabled={add.isPending}
                        w="100%"
                        p="xs"
                        className={classes.choice}
                        aria-label={group.name}
                        aria-description={address || undefined}
                      >
                        <Group gap="sm" wrap="nowrap">
                          <GroupMark name={group.name} logoUrl={group.logoUrl} />
                          <div>
                            <Text size="sm" fw={600}>
                              {group.name}
                            </Text>
                            {address && (
                              <Text size="xs" c="dimmed">
                                {address}
                              </Text>
                            )}
                          </div>
                        </Group>
                      </UnstyledButton>
                    </li>
                  );
                })}
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
    </Modal>
  );
}

function UserDetailsView({ details }: { details: UserDetails }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const isAdmin = me.office.role === "admin";
  const { member, groups } = details;
  const userId = member.userId;
  const fullName = `${member.firstName} ${member.lastName}`;
  const [confirming, setConfirming] = useState<"disable" | "enable" | null>(null);
  const [addingGroup, setAddingGroup] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const role = useOfficeMutation((admin: boolean) => setRole(userId, admin ? "admin" : "intermediary"));
  const status = useOfficeMutation((action: "disable" | "enable") =>
    action === "disable" ? disableMember(userId) : enableMember(userId),
  );
  const resend = useOfficeMutation(
    () => resendInvitation(userId),
    () =>
      notifications.show({
        color: "green",
        message: (
          <Stack gap={4}>
            <span>{t("user.invitationResent", { email: member.email })}</span>
            <LocalMailboxHint />
          </Stack>
        ),
      }),
  );
  const cancel = useOfficeMutation(
    () => cancelInvitation(userId),
    async () => {
      notifications.show({ color: "green", message: t("user.invitationCancelled", { email: member.email }) });
      await navigate({ to: "/users" });
    },
  );
  const remove = useOfficeMutation((groupId: string) => removeFromGroup(userId, groupId));

  // One alert for whichever action failed last (LAST_ADMIN, NOT_INVITED, …), with the server's words.
  function run<V>(mutation: UseMutationResult<unknown, Error, V>, value: V, after?: () => void) {
    mutation.mutate(value, {
      onError: (failure) => {
        setError(failure);
        after?.();
      },
      onSuccess: () => {
        setError(null);
        after?.();
      },
    });
  }

  return (
    <>
      <Trail current={fullName}>
        <OfficeCrumb name={me.office.commercialName} />
      </Trail>
      <Group justify="space-between" align="flex-start" mb="lg" gap="md">
        <Group gap="md" wrap="nowrap">
          <Avatar color="brand" radius="xl" size={56} aria-hidden="true">
            {initialsOf(member.firstName, member.lastName)}
          </Avatar>
          <div>
            <Group gap="sm">
              <Title order={1} size="h2">
                {fullName}
              </Title>
              <StatusBadge status={member.status} />
            </Group>
            <Text c="dimmed" size="sm">
              {member.email}
            </Text>
          </div>
        </Group>
        {isAdmin && member.status !== "invited" && (
          <Button
            variant="default"
            color={member.status === "disabled" ? undefined : "red"}
            onClick={() => setConfirming(member.status === "disabled" ? "enable" : "disable")}
          >
            {member.status === "disabled" ? t("user.enable") : t("user.disable")}
          </Button>
        )}
      </Group>

      <Stack gap="xl">
        {Boolean(error) && <FormAlert error={error} />}

        <Paper withBorder radius="md" p="lg">
          <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="lg" m={0}>
            <Detail label={t("users.columns.role")}>
              <Stack gap={6}>
                <span>{t(`users.roles.${member.role}`)}</span>
                {isAdmin && (
                  <Switch
                    label={t("invite.isAdmin")}
                    // The new position shows at once; it falls back if the server refuses (LAST_ADMIN).
                    checked={role.isPending ? role.variables : member.role === "admin"}
                    disabled={role.isPending || member.status === "disabled"}
                    onChange={(event) => run(role, event.currentTarget.checked)}
                  />
                )}
              </Stack>
            </Detail>
            <Detail label={t("users.columns.invitedAt")}>
              {formatDateTime(member.invitedAt, i18n.language)}
            </Detail>
            {member.status === "invited" && member.invitationExpiresAt && (
              <Detail label={t("user.expiresAt")}>
                {formatDateTime(member.invitationExpiresAt, i18n.language)}
              </Detail>
            )}
          </SimpleGrid>
          {isAdmin && member.status === "invited" && (
            <Group mt="lg" gap="sm">
              <Button variant="light" onClick={() => run(resend, undefined)} loading={resend.isPending}>
                {t("user.resend")}
              </Button>
              <Button
                variant="subtle"
                color="red"
                onClick={() => run(cancel, undefined)}
                loading={cancel.isPending}
              >
                {t("user.cancelInvitation")}
              </Button>
            </Group>
          )}
        </Paper>

        <section aria-labelledby="member-groups">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4" id="member-groups">
              {t("user.groups")}
            </Title>
            {isAdmin && (
              <Button variant="light" onClick={() => setAddingGroup(true)}>
                {t("user.addGroup")}
              </Button>
            )}
          </Group>
          <DataTable
            caption={t("user.groups")}
            head={
              <>
                <GroupColumnHeads />
                <Table.Th scope="col" w={56}>
                  <VisuallyHidden>{t("office.actions")}</VisuallyHidden>
                </Table.Th>
              </>
            }
          >
            {groups.length === 0 && <EmptyRow columns={4}>{t("user.noGroups")}</EmptyRow>}
            {groups.map((group) => (
              <Table.Tr key={group.id}>
                <GroupCells group={group} markSize={32} />
                <Table.Td>
                  {isAdmin && (
                    <RowMenu label={t("office.actionsFor", { name: group.name })}>
                      <Menu.Item color="red" onClick={() => run(remove, group.id)}>
                        {t("office.removeFromGroup")}
                      </Menu.Item>
                    </RowMenu>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        </section>
      </Stack>

      <AddGroupModal
        opened={addingGroup}
        onClose={() => setAddingGroup(false)}
        userId={userId}
        current={groups}
      />
      <ConfirmModal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={confirming === "enable" ? t("user.enableTitle") : t("user.disableTitle")}
        confirmLabel={t("office.confirm")}
        color={confirming === "enable" ? "brand" : "red"}
        loading={status.isPending}
        onConfirm={() => confirming && run(status, confirming, () => setConfirming(null))}
      >
        {confirming === "enable"
          ? t("user.enableText", { name: fullName })
          : t("user.disableText", { name: fullName })}
      </ConfirmModal>
    </>
  );
}

export function UserPage() {
  const { t } = useTranslation();
  const { userId } = route.useParams();
  const valid = isUuid(userId);
  const details = useQuery({ ...memberQuery(userId), enabled: valid });
  const name = details.data
    ? `${details.data.member.firstName} ${details.data.member.lastName}`
    : t("users.title");
  usePageTitle(name);
  if (!valid) return <MissingState />;
  return <QueryState query={details}>{(data) => <UserDetailsView details={data} />}</QueryState>;
}
