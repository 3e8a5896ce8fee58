import { forgotPasswordSchema } from "@courtier/contracts/auth";
import { Alert, Anchor, Button, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { forgotPassword } from "#src/api/endpoints.ts";
import { CenteredCard } from "#src/components/centered-card.tsx";
import { FormAlert } from "#src/components/form-alert.tsx";
import { MailIcon } from "#src/components/icons.tsx";
import { LocalMailboxHint } from "#src/components/local-mailbox-hint.tsx";
import { formWideError, showApiFieldErrors, submitValidated } from "#src/lib/form-errors.tsx";
import { usePageTitle } from "#src/lib/use-page-title.ts";

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t("forgot.title"));
  const form = useForm({ initialValues: { email: "" } });
  const mutation = useMutation({
    mutationFn: forgotPassword,
    onError: showApiFieldErrors(form),
  });

  const submit = submitValidated(form, forgotPasswordSchema, (data) => mutation.mutate(data));

  const formError = formWideError(mutation.error);

  return (
    <CenteredCard title={t("forgot.title")} titleId="forgot-title">
      {mutation.isSuccess ? (
        <Alert color="brand" variant="light" icon={<MailIcon />} title={t("forgot.sentTitle")} role="status">
          <Stack gap={4}>
            <span>{t("forgot.sent", { email: mutation.variables.email })}</span>
            <LocalMailboxHint />
          </Stack>
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate aria-labelledby="forgot-title">
          <Stack gap="md">
            <Text c="dimmed" size="sm">
              {t("forgot.intro")}
            </Text>
            <FormAlert error={formError} />
            <TextInput
              label={t("forgot.email")}
              type="email"
              autoComplete="email"
              required
              {...form.getInputProps("email")}
            />
            <Button type="submit" loading={mutation.isPending} size="md">
              {t("forgot.submit")}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/" size="sm">
        {t("forgot.back")}
      </Anchor>
    </CenteredCard>
  );
}
