import {
  ActionIcon,
  AppShell,
  Avatar,
  Box,
  Burger,
  Button,
  Container,
  Group,
  Menu,
  Text,
  Tooltip,
  UnstyledButton,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, Outlet, useNavigate } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "#src/api/api-error.ts";
import { meQuery, queryKeys, signOut, switchSubaccount } from "#src/api/endpoints.ts";
import { MeContext } from "#src/lib/me-context.ts";
import classes from "./app-layout.module.css";
import { BrandLogo } from "./brand-logo.tsx";
import { ChatWidget } from "./chat-widget.tsx";
import { CheckIcon, ChevronDownIcon, HelpIcon, LogoutIcon, UserIcon } from "./icons.tsx";
import { QuickSearch } from "./quick-search.tsx";
import { SkipLink } from "./skip-link.tsx";

const navItems = [
  { to: "/requests", label: "nav.requests" },
  { to: "/products", label: "nav.products" },
  { to: "/users", label: "nav.users" },
  { to: "/account", label: "nav.account" },
] as const;

export function AppLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: me } = useQuery(meQuery);
  const [mobileNavOpen, setMobileNavOpen] = useState(false);
  const signingOut = useRef(false);

  // The session ended elsewhere (expired, signed out in another tab): back to the start page.
  useEffect(() => {
    if (me === null) {
      if (signingOut.current) return;
      // What was said inside the session (saved, switched, welcome) no longer applies.
      notifications.clean();
      notifications.show({ id: "session-expired", color: "yellow", message: t("errors.sessionExpired") });
      void navigate({ to: "/" });
    }
  }, [me, navigate, t]);

  const signOutMutation = useMutation({
    mutationFn: signOut,
    onMutate: () => {
      signingOut.current = true;
    },
    onSettled: async () => {
      notifications.clean();
      queryClient.setQueryData(queryKeys.me, null);
      queryClient.removeQueries({
        predicate: (query) => query.queryKey[0] !== "platform" && query.queryKey[0] !== "me",
      });
      await navigate({ to: "/" });
    },
  });

  // Another subaccount shows other quotes: `me` comes back with it, everything else is refetched.
  const subaccountMutation = useMutation({
    mutationFn: switchSubaccount,
    onSuccess: async (updated) => {
      queryClient.setQueryData(queryKeys.me, updated);
      await queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== "platform" && query.queryKey[0] !== "me",
      });
      notifications.show({
        id: "subaccount",
        color: "green",
        message: t("nav.subaccountSwitched", { name: updated.subaccount.name }),
      });
    },
    onError: (error) => {
      notifications.show({
        id: "subaccount",
        color: "red",
        message:
          isApiError(error) && error.code !== "UNREACHABLE" ? error.message : t("errors.unreachableText"),
      });
    },
  });

  if (!me) return null;
  const fullName = `${me.user.firstName} ${me.user.lastName}`;
  const subaccounts = me.subaccounts.length > 0 ? me.subaccounts : [me.subaccount];
  const choose = (groupId: string) => {
    if (groupId !== me.subaccount.id) subaccountMutation.mutate(groupId);
  };
  const subaccountItems = subaccounts.map((subaccount) => {
    const current = subaccount.id === me.subaccount.id;
    return (
      <Menu.Item
        key={subaccount.id}
        onClick={() => choose(subaccount.id)}
        rightSection={current ? <CheckIcon size={14} /> : null}
        aria-current={current ? "true" : undefined}
        fw={current ? 600 : undefined}
      >
        {subaccount.name}
      </Menu.Item>
    );
  });

  return (
    <MeContext.Provider value={me}>
      <SkipLink />
      <AppShell header={{ height: 64 }} padding={0}>
        <AppShell.Header className={classes.header}>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
            <Group gap="lg" wrap="nowrap" h="100%">
              <Menu opened={mobileNavOpen} onChange={setMobileNavOpen} position="bottom-start">
                <Menu.Target>
                  <Burger opened={mobileNavOpen} hiddenFrom="md" size="sm" aria-label={t("nav.openMenu")} />
                </Menu.Target>
                <Menu.Dropdown>
                  {navItems.map((item) => (
                    <Menu.Item key={item.to} component={Link} to={item.to}>
                      {t(item.label)}
                    </Menu.Item>
                  ))}
                  <Menu.Item component={Link} to="/help" leftSection={<HelpIcon size={16} />}>
                    {t("help.nav")}
                  </Menu.Item>
                  <Menu.Divider />
                  <Menu.Label>{t("nav.subaccounts")}</Menu.Label>
                  {subaccountItems}
                </Menu.Dropdown>
              </Menu>
              <Link
                to="/requests"
                aria-label={t("nav.home")}
                style={{ display: "flex", textDecoration: "none" }}
              >
                <BrandLogo />
              </Link>
              <Group
                component="nav"
                aria-label={t("nav.main")}
                gap={4}
                h="100%"
                wrap="nowrap"
                visibleFrom="md"
              >
                {navItems.map((item) => (
                  <Link key={item.to} to={item.to} className={classes.navLink}>
                    {t(item.label)}
                  </Link>
                ))}
              </Group>
            </Group>

            <Group gap="sm" wrap="nowrap">
              <Box visibleFrom="sm">
                <QuickSearch />
              </Box>
              <Button
                component={Link}
                to="/help"
                variant="subtle"
                color="gray"
                px="xs"
                leftSection={<HelpIcon size={18} />}
                visibleFrom="lg"
              >
                {t("help.nav")}
              </Button>
              <Tooltip label={t("help.nav")}>
                <ActionIcon
                  component={Link}
                  to="/help"
                  variant="subtle"
                  color="gray"
                  size="lg"
                  aria-label={t("help.nav")}
                  visibleFrom="sm"
                  hiddenFrom="lg"
                >
                  <HelpIcon size={20} />
                </ActionIcon>
              </Tooltip>
              <Menu position="bottom-end" width={260}>
                <Menu.Target>
                  <Button
                    variant="subtle"
                    color="gray"
                    rightSection={<ChevronDownIcon size={14} />}
                    visibleFrom="sm"
                    loading={subaccountMutation.isPending}
                  >
                    {/* Narrower below 1200 px, so that long French labels keep the header on one line. */}
                    <Text size="sm" fw={500} truncate maw={{ base: 110, lg: 190, xl: 240 }}>
                      {t("nav.subaccount", { name: me.subaccount.name })}
                    </Text>
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Label>{t("nav.subaccounts")}</Menu.Label>
                  {subaccountItems}
                </Menu.Dropdown>
              </Menu>
              <Menu position="bottom-end" width={260}>
                <Menu.Target>
                  <UnstyledButton
                    className={classes.userButton}
                    aria-label={t("nav.userMenu", { name: fullName })}
                  >
                    <Avatar color="brand" variant="filled" radius="xl" size={38}>
                      {me.user.initials}
                    </Avatar>
                  </UnstyledButton>
                </Menu.Target>
                <Menu.Dropdown>
                  <Box px="sm" py={6}>
                    <Text size="sm" fw={600} truncate>
                      {fullName}
                    </Text>
                    <Text size="xs" c="dimmed" truncate>
                      {me.user.email}
                    </Text>
                  </Box>
                  <Menu.Divider />
                  <Menu.Item component={Link} to="/profile" leftSection={<UserIcon size={16} />}>
                    {t("nav.profile")}
                  </Menu.Item>
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
          {/* Room under the page for the chat button, so that it never covers the last line. */}
          <Container size="xl" pt="xl" pb={96}>
            <Box hiddenFrom="sm" mb="md">
              <QuickSearch fullWidth />
            </Box>
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
      <ChatWidget />
    </MeContext.Provider>
  );
}
