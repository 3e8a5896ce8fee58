import { Button, Center, Group, Stack, Text, Title } from "@mantine/core";
import { type ErrorComponentProps, Link, useRouter } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { isUnreachable } from "#src/api/api-error.ts";
import { CourtierLogo } from "#src/components/courtier-logo.tsx";
import { AlertIcon } from "#src/components/icons.tsx";

/** Route errors: the API is down, or something unexpected broke. Never a blank page. */
export function ErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  const unreachable = isUnreachable(error);
  const retry = () => {
    reset();
    void router.invalidate();
  };
  return (
    <Center mih="70vh" p="xl" component="main" id="main">
      <Stack align="center" gap="md" maw={520} ta="center" role="alert">
        <CourtierLogo compact />
        <Text c="red.7" aria-hidden="true">
          <AlertIcon size={40} />
        </Text>
        <Title order={1} size="h2">
          {unreachable ? t("errors.unreachableTitle") : t("errors.unexpectedTitle")}
        </Title>
        <Text c="dimmed">{unreachable ? t("errors.unreachableText") : t("errors.unexpectedText")}</Text>
        <Group>
          <Button onClick={retry}>{t("common.retry")}</Button>
          <Button component={Link} to="/" variant="default">
            {t("notFound.home")}
          </Button>
        </Group>
      </Stack>
    </Center>
  );
}
