import { resetPasswordSchema } from "@courtier/contracts/auth";
import { messageFor } from "@courtier/contracts/errors";
import { Alert, Anchor, Button, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { isApiError } from "#src/api/api-error.ts";
import { resetPassword } from "#src/api/endpoints.ts";
import { CenteredCard } from "#src/components/centered-card.tsx";
import { FormAlert } from "#src/components/form-alert.tsx";
import { AlertIcon } from "#src/components/icons.tsx";
import { NewPasswordFields } from "#src/components/password-field.tsx";
import { currentLanguage } from "#src/i18n.ts";
import { formWideError, showApiFieldErrors, submitValidated } from "#src/lib/form-errors.tsx";
import { usePageTitle } from "#src/lib/use-page-title.ts";

const route = getRouteApi("/public/reset-password");

function InvalidLink({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
      <Stack gap="xs" align="flex-start">
        {message}
        <Anchor component={Link} to="/forgot-password" size="sm" fw={600}>
          {t("reset.requestNew")}
        </Anchor>
      </Stack>
    </Alert>
  );
}

export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t("reset.title"));
  const { token } = route.useSearch();
  const navigate = useNavigate();
  const form = useForm({ initialValues: { newPassword: "", confirmPassword: "" } });

  const mutation = useMutation({
    mutationFn: resetPassword,
    onSuccess: async () => {
      notifications.show({ color: "green", message: t("reset.success"), autoClose: 8000 });
      await navigate({ to: "/" });
    },
    onError: showApiFieldErrors(form),
  });

  const submit = submitValidated(
    form,
    resetPasswordSchema,
    (data) => mutation.mutate(data),
    (values) => ({ ...values, token }),
  );

  const error = mutation.error;
  const tokenRejected =
    isApiError(error) && (error.code === "RESET_TOKEN_INVALID" || "token" in error.fields);

  return (
    <CenteredCard title={t("reset.title")} titleId="reset-title">
      {!token ? (
        <InvalidLink message={messageFor("RESET_TOKEN_INVALID", currentLanguage())} />
      ) : tokenRejected ? (
        <InvalidLink
          message={
            error.code === "RESET_TOKEN_INVALID"
              ? error.message
              : messageFor("RESET_TOKEN_INVALID", currentLanguage())
          }
        />
      ) : (
        <form onSubmit={submit} noValidate aria-labelledby="reset-title">
          <Stack gap="md">
            <FormAlert error={formWideError(error)} />
            <NewPasswordFields
              label={t("reset.newPassword")}
              confirmLabel={t("reset.confirmPassword")}
              password={form.getInputProps("newPassword")}
              confirm={form.getInputProps("confirmPassword")}
            />
            <Button type="submit" loading={mutation.isPending} size="md">
              {t("reset.submit")}
            </Button>
          </Stack>
        </form>
      )}
    </CenteredCard>
  );
}
