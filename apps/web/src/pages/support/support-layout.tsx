import type { SupportMe } from "@courtier/contracts/chat";
import {
  AppShell,
  Avatar,
  Box,
  Center,
  Container,
  Group,
  Loader,
  Menu,
  Switch,
  Text,
  UnstyledButton,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, Navigate, Outlet, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { isApiError } from "#src/api/api-error.ts";
import { saveSupportLanguage, setSupportPresence, supportKeys, supportMeQuery } from "#src/api/chat.ts";
import { signOut } from "#src/api/endpoints.ts";
import { ApiUnavailable } from "#src/components/api-unavailable.tsx";
import { CourtierLogo } from "#src/components/courtier-logo.tsx";
import { LogoutIcon } from "#src/components/icons.tsx";
import { LanguageMenuItems } from "#src/components/language-switcher.tsx";
import { SkipLink } from "#src/components/skip-link.tsx";
import { initialsOf } from "#src/lib/format.ts";
import { useEventSource } from "#src/lib/use-event-source.ts";
import classes from "./support.module.css";

/** Every conversation handed to support: any change refreshes the list and the open conversation. */
function useSupportEvents() {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: supportKeys.conversations });
  useEventSource("/api/support/events", { message: refresh, conversation: refresh, reconnected: refresh });
}

function PresenceSwitch({ me }: { me: SupportMe }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: setSupportPresence,
    onSuccess: async (updated) => {
      queryClient.setQueryData(supportKeys.me, updated);
      // The list says whether anyone is online.
      await queryClient.invalidateQueries({ queryKey: supportKeys.conversations });
    },
    onError: (error) =>
      notifications.show({
        color: "red",
        message:
          isApiError(error) && error.code !== "UNREACHABLE" ? error.message : t("errors.unreachableText"),
      }),
  });
  const online = mutation.isPending ? mutation.variables : me.online;
  return (
    <Switch
      checked={online}
      onChange={(event) => mutation.mutate(event.currentTarget.checked)}
      color="teal"
      size="md"
      label={online ? t("support.online") : t("support.offline")}
      aria-label={t("support.presence")}
      classNames={{ label: classes.switchLabel }}
    />
  );
}

function Shell({ me }: { me: SupportMe }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useSupportEvents();
  const [firstName = "", ...rest] = me.user.name.split(/\s+/);
  const signOutMutation = useMutation({
    mutationFn: signOut,
    onSettled: async () => {
      notifications.clean();
      queryClient.setQueryData(supportKeys.me, null);
      queryClient.removeQueries({ queryKey: supportKeys.conversations });
      await navigate({ to: "/support/sign-in" });
    },
  });

  return (
    <>
      <SkipLink />
      <AppShell header={{ height: 64 }} padding={0}>
        <AppShell.Header className={classes.header}>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
            <Link to="/support" className={classes.brand} aria-label={t("support.home")}>
              <CourtierLogo inverted compact />
              <Text component="span" c="white" fw={700} style={{ whiteSpace: "nowrap" }}>
                {t("support.brand")}
              </Text>
            </Link>
            <Group gap="md" wrap="nowrap">
              <PresenceSwitch me={me} />
              <Menu position="bottom-end" width={260}>
                <Menu.Target>
                  <UnstyledButton
                    className={classes.userButton}
                    aria-label={t("nav.userMenu", { name: me.user.name })}
                  >
                    <Group gap={8} wrap="nowrap">
                      <Avatar color="brand.9" variant="white" radius="xl" size={36}>
                        {initialsOf(firstName, rest.at(-1) ?? "")}
                      </Avatar>
                      <Text size="sm" c="white" fw={500} visibleFrom="sm" truncate maw={180}>
                        {me.user.name}
                      </Text>
                    </Group>
                  </UnstyledButton>
                </Menu.Target>
                <Menu.Dropdown>
                  <Box px="sm" py={6}>
                    <Text size="sm" fw={600} truncate>
                      {me.user.name}
                    </Text>
                    <Text size="xs" c="dimmed" truncate>
                      {me.user.email}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t("support.role")}
                    </Text>
                  </Box>
                  <Menu.Divider />
                  <LanguageMenuItems
                    save={(language) =>
                      saveSupportLanguage(language).then((updated) =>
                        queryClient.setQueryData(supportKeys.me, updated),
                      )
                    }
                  />
                  <Menu.Divider />
                  <Menu.Item
                    leftSection={<LogoutIcon size={16} />}
                    onClick={() => signOutMutation.mutate()}
                    disabled={signOutMutation.isPending}
                  >
                    {t("nav.signOut")}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Main bg="gray.0" id="main" tabIndex={-1} style={{ outline: "none" }}>
          <Container size="xl" py="xl">
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
    </>
  );
}

/**
 * `/support` on the platform host: platform support's console. Until an agent is signed in, the
 * sign-in page; brokers and insurer staff are not agents and land there too.
 */
export function SupportRoot() {
  const { t } = useTranslation();
  const me = useQuery(supportMeQuery);
  if (me.isError) {
    return (
      <Container size="sm" py="xl" component="main" id="main">
        <ApiUnavailable onRetry={() => void me.refetch()} retrying={me.isFetching} />
      </Container>
    );
  }
  if (me.isPending) {
    return (
      <Center mih="100vh">
        <Loader aria-label={t("common.loading")} />
      </Center>
    );
  }
  if (!me.data) return <Navigate to="/support/sign-in" replace />;
  return <Shell me={me.data} />;
}
