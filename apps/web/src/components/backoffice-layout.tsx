import type { Branding, StaffMe } from "@courtier/contracts/responses";
import {
  Anchor,
  AppShell,
  Avatar,
  Badge,
  Box,
  Burger,
  Center,
  Container,
  Group,
  Image,
  Loader,
  Menu,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, Outlet } from "@tanstack/react-router";
import { type CSSProperties, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  backofficeRequestsQuery,
  platformQuery,
  queryKeys,
  saveStaffLanguage,
  signOut,
  staffMeQuery,
} from "#src/api/endpoints.ts";
import { StaffContext } from "#src/lib/staff-context.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";
import { SubmittedQuotesCount } from "#src/pages/backoffice/quotes-page.tsx";
import { BackofficeSignInPage } from "#src/pages/backoffice/sign-in-page.tsx";
import { AnchorLink } from "./anchor-link.tsx";
import { ApiUnavailable } from "./api-unavailable.tsx";
import classes from "./backoffice-layout.module.css";
import { LogoutIcon } from "./icons.tsx";
import { LanguageMenuItems } from "./language-switcher.tsx";
import { SkipLink } from "./skip-link.tsx";

const navItems = [
  { to: "/backoffice", label: "backoffice.nav.queue" },
  { to: "/backoffice/history", label: "backoffice.nav.history" },
  { to: "/backoffice/quotes", label: "backofficeQuotes.nav" },
  { to: "/backoffice/team", label: "backoffice.nav.team" },
] as const;

/** `https://vivium.<this host>/backoffice`: where an insurer's staff work. */
export function backofficeUrl(slug: string): string {
  const { protocol, host } = window.location;
  return `${protocol}//${slug}.${host}/backoffice`;
}

/** The insurer's logo on a white plate, readable on the dark header. */
export function InsurerLogo({ insurer, height = 28 }: { insurer: Branding; height?: number }) {
  const { t } = useTranslation();
  return (
    <span className={classes.logo}>
      <Image
        src={insurer.logoUrl}
        alt={t("brand.logoAlt", { name: insurer.name })}
        h={height}
        w="auto"
        fit="contain"
      />
    </span>
  );
}

/** On the bare platform host there is no back office: each insurer has its own, on its own host. */
function BareHostNotice({ insurers }: { insurers: Branding[] }) {
  const { t } = useTranslation();
  usePageTitle(t("backoffice.title"));
  return (
    <Center mih="100vh" p="xl" component="main" id="main" bg="gray.0">
      <Stack align="center" gap="md" maw={520} ta="center">
        <Title order={1} size="h2">
          {t("backoffice.title")}
        </Title>
        <Text c="dimmed">{t("backoffice.bareHost")}</Text>
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {insurers.map((insurer) => (
            <li key={insurer.slug}>
              <Anchor href={backofficeUrl(insurer.slug)} fw={600}>
                {t("backoffice.linkTo", { name: insurer.name })}
              </Anchor>
            </li>
          ))}
        </Stack>
        <AnchorLink to="/" size="sm">
          {t("notFound.home")}
        </AnchorLink>
      </Stack>
    </Center>
  );
}

function PendingCount() {
  const { t } = useTranslation();
  const { data } = useQuery(backofficeRequestsQuery("pending", 1));
  if (!data || data.total === 0) return null;
  return (
    <Badge
      size="sm"
      circle={data.total < 10}
      variant="white"
      color="brand.9"
      ml={6}
      aria-label={t("backoffice.nav.pendingCount", { count: data.total })}
    >
      {data.total}
    </Badge>
  );
}

function Shell({ staff }: { staff: StaffMe }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [mobileNavOpen, setMobileNavOpen] = useState(false);
  const signOutMutation = useMutation({
    mutationFn: signOut,
    onSettled: () => {
      notifications.clean();
      queryClient.setQueryData(queryKeys.staffMe, null);
      queryClient.removeQueries({
        predicate: (query) => query.queryKey[0] === "backoffice" && query.queryKey[1] !== "me",
      });
    },
  });
  // The insurer's second colour underlines the active tab, as on its own sites.
  const accent = { "--bo-accent": staff.insurer.accentColor } as CSSProperties;

  return (
    <StaffContext.Provider value={staff}>
      <SkipLink />
      <AppShell header={{ height: 64 }} padding={0}>
        <AppShell.Header className={classes.header} style={accent}>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
            <Group gap="lg" wrap="nowrap" h="100%" style={{ minWidth: 0 }}>
              <Menu opened={mobileNavOpen} onChange={setMobileNavOpen} position="bottom-start">
                <Menu.Target>
                  <Burger
                    opened={mobileNavOpen}
                    hiddenFrom="sm"
                    size="sm"
                    color="white"
                    aria-label={t("nav.openMenu")}
                  />
                </Menu.Target>
                <Menu.Dropdown>
                  {navItems.map((item) => (
                    <Menu.Item key={item.to} component={Link} to={item.to}>
                      {t(item.label)}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
              <Link
                to="/backoffice"
                aria-label={t("backoffice.home", { name: staff.insurer.name })}
                style={{ display: "flex", alignItems: "center", gap: 10, textDecoration: "none" }}
              >
                <InsurerLogo insurer={staff.insurer} />
                <Text component="span" c="white" fw={700} visibleFrom="sm" style={{ whiteSpace: "nowrap" }}>
                  {t("backoffice.brand")}
                </Text>
              </Link>
              <Group
                component="nav"
                aria-label={t("backoffice.nav.label")}
                gap={4}
                h="100%"
                wrap="nowrap"
                visibleFrom="sm"
              >
                {navItems.map((item) => (
                  <Link
                    key={item.to}
                    to={item.to}
                    className={classes.navLink}
                    activeOptions={{ exact: item.to === "/backoffice" }}
                  >
                    {t(item.label)}
                    {item.to === "/backoffice" && <PendingCount />}
                    {item.to === "/backoffice/quotes" && <SubmittedQuotesCount />}
                  </Link>
                ))}
              </Group>
            </Group>
            <Menu position="bottom-end" width={260}>
              <Menu.Target>
                <UnstyledButton
                  className={classes.userButton}
                  aria-label={t("nav.userMenu", { name: staff.user.name })}
                >
                  <Avatar color="brand.9" variant="white" radius="xl" size={38}>
                    {staff.user.initials}
                  </Avatar>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Box px="sm" py={6}>
                  <Text size="sm" fw={600} truncate>
                    {staff.user.name}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {staff.user.email}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`backoffice.roles.${staff.role}`)} · {staff.insurer.name}
                  </Text>
                </Box>
                <Menu.Divider />
                <LanguageMenuItems
                  save={(language) =>
                    saveStaffLanguage(language).then((updated) =>
                      queryClient.setQueryData(queryKeys.staffMe, updated),
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
        </AppShell.Header>
        <AppShell.Main bg="gray.0" id="main" tabIndex={-1} style={{ outline: "none" }}>
          <Container size="xl" py="xl">
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
    </StaffContext.Provider>
  );
}

/**
 * `/backoffice` on an insurer's host: the sign-in page until a staff member of this insurer is
 * signed in, then the back-office shell (not the brokers' one).
 */
export function BackofficeRoot() {
  const { t } = useTranslation();
  const platform = useQuery(platformQuery);
  const insurer = platform.data?.insurer ?? null;
  const staff = useQuery({ ...staffMeQuery, enabled: insurer !== null });

  if (platform.isError || staff.isError) {
    return (
      <Container size="sm" py="xl" component="main" id="main">
        <ApiUnavailable
          onRetry={() => void (platform.isError ? platform.refetch() : staff.refetch())}
          retrying={platform.isFetching || staff.isFetching}
        />
      </Container>
    );
  }
  if (platform.isPending || (insurer && staff.isPending)) {
    return (
      <Center mih="100vh">
        <Loader aria-label={t("common.loading")} />
      </Center>
    );
  }
  if (!insurer) return <BareHostNotice insurers={platform.data?.insurers ?? []} />;
  if (!staff.data) return <BackofficeSignInPage insurer={insurer} />;
  return <Shell staff={staff.data} />;
}
