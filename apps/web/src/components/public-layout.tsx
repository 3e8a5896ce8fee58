import { Anchor, Box, Container, Group, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link, Outlet } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { platformQuery } from "#src/api/endpoints.ts";
import { AnchorLink } from "./anchor-link.tsx";
import { ApiUnavailable } from "./api-unavailable.tsx";
import { BrandLogo } from "./brand-logo.tsx";
import { LanguageSwitcher } from "./language-switcher.tsx";
import { SkipLink } from "./skip-link.tsx";

export function PublicLayout() {
  const { t } = useTranslation();
  const platform = useQuery(platformQuery);
  return (
    <Box mih="100vh" bg="gray.0" style={{ display: "flex", flexDirection: "column" }}>
      <SkipLink />
      <Box component="header" bg="white" style={{ borderBottom: "1px solid var(--mantine-color-gray-2)" }}>
        <Container size="lg" h={64}>
          <Group h="100%" justify="space-between">
            <Anchor component={Link} to="/" aria-label={t("nav.home")} underline="never">
              <BrandLogo />
            </Anchor>
            <Group gap="md" wrap="nowrap">
              <AnchorLink to="/help" size="sm" fw={500}>
                {t("help.nav")}
              </AnchorLink>
              <LanguageSwitcher />
            </Group>
          </Group>
        </Container>
      </Box>
      <Box
        component="main"
        id="main"
        tabIndex={-1}
        py={{ base: "lg", sm: 48 }}
        style={{ flex: 1, outline: "none" }}
      >
        <Container size="lg">
          {platform.isError && (
            <Box mb="lg">
              <ApiUnavailable onRetry={() => void platform.refetch()} retrying={platform.isFetching} />
            </Box>
          )}
          <Outlet />
        </Container>
      </Box>
      <Box
        component="footer"
        py="md"
        style={{ borderTop: "1px solid var(--mantine-color-gray-2)" }}
        bg="white"
      >
        <Container size="lg">
          <Group justify="space-between" gap="xs">
            <Group gap="lg">
              <Text size="xs" c="dimmed">
                © {new Date().getFullYear()} Courtier
              </Text>
              {/* Staff of the insurer whose host this is: their back office (after choosing a password too). */}
              {platform.data?.insurer && (
                <AnchorLink to="/backoffice" size="xs" c="dimmed">
                  {t("footer.backoffice", { name: platform.data.insurer.name })}
                </AnchorLink>
              )}
            </Group>
            <Group component="nav" aria-label={t("footer.legalNav")} gap="lg">
              <AnchorLink to="/legal/$document" params={{ document: "terms" }} size="xs" c="dimmed">
                {t("footer.terms")}
              </AnchorLink>
              <AnchorLink to="/legal/$document" params={{ document: "subcontracting" }} size="xs" c="dimmed">
                {t("footer.subcontracting")}
              </AnchorLink>
              <AnchorLink to="/legal/$document" params={{ document: "privacy" }} size="xs" c="dimmed">
                {t("footer.privacy")}
              </AnchorLink>
            </Group>
          </Group>
        </Container>
      </Box>
    </Box>
  );
}
