import { signInSchema } from "@courtier/contracts/auth";
import { Anchor, Button, Group, Stack, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { queryKeys, signIn } from "#src/api/endpoints.ts";
import { FormAlert } from "#src/components/form-alert.tsx";
import { IntroLayout } from "#src/components/intro-layout.tsx";
import { PasswordField } from "#src/components/password-field.tsx";
import { switchLanguage } from "#src/i18n.ts";
import { formWideError, showApiFieldErrors, submitValidated } from "#src/lib/form-errors.tsx";
import { usePageTitle } from "#src/lib/use-page-title.ts";

const route = getRouteApi("/public/");

export function StartPage() {
  const { t } = useTranslation();
  usePageTitle(t("signIn.title"));
  const { redirect } = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { email: "", password: "" } });

  const mutation = useMutation({
    mutationKey: ["sign-in"],
    mutationFn: signIn,
    onSuccess: async (me) => {
      queryClient.setQueryData(queryKeys.me, me);
      await switchLanguage(me.user.language);
      await (redirect ? navigate({ href: redirect }) : navigate({ to: "/requests" }));
    },
    onError: showApiFieldErrors(form),
  });

  const submit = submitValidated(form, signInSchema, (data) => mutation.mutate(data));

  // Field errors are shown next to the fields; only a form-wide failure gets the banner.
  const formError = formWideError(mutation.error);

  return (
    <IntroLayout variant="sign-in">
      <form onSubmit={submit} noValidate aria-labelledby="sign-in-title">
        <Stack gap="md">
          <Title order={1} size="h2" id="sign-in-title">
            {t("signIn.title")}
          </Title>
          <FormAlert error={formError} />
          <TextInput
            label={t("signIn.email")}
            placeholder={t("signIn.emailPlaceholder")}
            type="email"
            autoComplete="username"
            required
            {...form.getInputProps("email")}
          />
          <div>
            <PasswordField
              label={t("signIn.password")}
              autoComplete="current-password"
              required
              {...form.getInputProps("password")}
            />
            <Group justify="flex-end" mt={6}>
              <Anchor component={Link} to="/forgot-password" size="sm">
                {t("signIn.forgot")}
              </Anchor>
            </Group>
          </div>
          <Button type="submit" loading={mutation.isPending} size="md">
            {t("signIn.submit")}
          </Button>
        </Stack>
      </form>
    </IntroLayout>
  );
}
