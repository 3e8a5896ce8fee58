import { Button, Center, Stack, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { CourtierLogo } from "#src/components/courtier-logo.tsx";
import { usePageTitle } from "#src/lib/use-page-title.ts";

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t("notFound.title"));
  return (
    <Center mih="70vh" p="xl" component="main" id="main">
      <Stack align="center" gap="md" maw={460} ta="center">
        <CourtierLogo compact />
        <Text fz={56} fw={700} c="brand.6" lh={1} aria-hidden="true">
          404
        </Text>
        <Title order={1} size="h2">
          {t("notFound.title")}
        </Title>
        <Text c="dimmed">{t("notFound.text")}</Text>
        <Button component={Link} to="/">
          {t("notFound.home")}
        </Button>
      </Stack>
    </Center>
  );
}
