import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isApiError } from "#src/api/api-error.ts";
import { AlertIcon } from "./icons.tsx";

/** The error of a whole form: the server's own message, or a plain "cannot reach the server". */
export function FormAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message =
    isApiError(error) && error.code !== "UNREACHABLE" ? error.message : t("errors.unreachableText");
  return (
    <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
      {message}
    </Alert>
  );
}
