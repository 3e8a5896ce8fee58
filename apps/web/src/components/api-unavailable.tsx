import { Alert, Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AlertIcon } from "./icons.tsx";

/** Shown wherever the API does not answer, so that a page is never blank. */
export function ApiUnavailable({ onRetry, retrying = false }: { onRetry: () => void; retrying?: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={t("errors.unreachableTitle")} icon={<AlertIcon />} role="alert">
      <Group justify="space-between" align="center" gap="md">
        <Text size="sm">{t("errors.unreachableText")}</Text>
        <Button size="xs" variant="white" color="red" onClick={onRetry} loading={retrying}>
          {t("common.retry")}
        </Button>
      </Group>
    </Alert>
  );
}
