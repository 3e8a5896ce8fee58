import { registerPersonalSchema, registerSchema } from "@courtier/contracts/auth";
import { Button, Checkbox, Grid, Group, Stack, Tabs, TextInput, Title } from "@mantine/core";
import { type FormErrors, useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { isApiError } from "#src/api/api-error.ts";
import { queryKeys, register } from "#src/api/endpoints.ts";
import { FormAlert } from "#src/components/form-alert.tsx";
import { IntroLayout } from "#src/components/intro-layout.tsx";
import { NewTabLink } from "#src/components/new-tab-link.tsx";
import { NewPasswordFields } from "#src/components/password-field.tsx";
import { currentLanguage, switchLanguage } from "#src/i18n.ts";
import { formErrorsFromApi, formWideError, validateWith } from "#src/lib/form-errors.tsx";
import { usePageTitle } from "#src/lib/use-page-title.ts";

type Tab = "personal" | "account";

const personalFields = [
  "firstName",
  "lastName",
  "email",
  "password",
  "confirmPassword",
  "acceptTerms",
] as const;

const initialValues = {
  firstName: "",
  lastName: "",
  email: "",
  password: "",
  confirmPassword: "",
  acceptTerms: false,
  commercialName: "",
  enterpriseNumber: "",
  street: "",
  number: "",
  postcode: "",
  city: "",
  website: "",
  phone: "",
};

function tabOf(errors: FormErrors): Tab {
  return Object.keys(errors).some((field) => (personalFields as readonly string[]).includes(field))
    ? "personal"
    : "account";
}

/** After a tab switch the panel is rendered again; then focus moves to the first field in error. */
function focusFirstInvalidField(tab: Tab) {
  window.setTimeout(() => {
    document.querySelector<HTMLElement>(`#register-panel-${tab} [aria-invalid="true"]`)?.focus();
  }, 50);
}

export function RegisterPage() {
  const { t } = useTranslation();
  usePageTitle(t("register.title"));
  const [tab, setTab] = useState<Tab>("personal");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues });

  const showErrors = (errors: FormErrors) => {
    form.setErrors(errors);
    const target = tabOf(errors);
    setTab(target);
    focusFirstInvalidField(target);
  };

  const mutation = useMutation({
    mutationFn: register,
    onSuccess: async (me) => {
      queryClient.setQueryData(queryKeys.me, me);
      await switchLanguage(me.user.language);
      notifications.show({ color: "green", message: t("register.created") });
      await navigate({ to: "/requests" });
    },
    onError: (error) => {
      if (isApiError(error) && error.hasFieldErrors) showErrors(formErrorsFromApi(error));
    },
  });

  const goToAccount = () => {
    const { values } = form;
    const personal = Object.fromEntries(personalFields.map((field) => [field, values[field]]));
    const result = validateWith(registerPersonalSchema, personal);
    if (!result.ok) {
      showErrors(result.errors);
      return;
    }
    form.clearErrors();
    setTab("account");
  };

  const submitAll = form.onSubmit((values) => {
    const result = validateWith(registerSchema, { ...values, language: currentLanguage() });
    if (!result.ok) {
      showErrors(result.errors);
      return;
    }
    // The raw input goes to the server, which parses it with the same schema.
    mutation.mutate({ ...values, acceptTerms: true, language: currentLanguage() });
  });

  // Enter on the first tab means "Volgende", not "Account aanmaken".
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    if (tab === "account") {
      submitAll(event);
      return;
    }
    event.preventDefault();
    goToAccount();
  };

  const formError = formWideError(mutation.error);

  return (
    <IntroLayout variant="register">
      <form onSubmit={submit} noValidate aria-labelledby="register-title">
        <Stack gap="md">
          <Title order={1} size="h2" id="register-title">
            {t("register.title")}
          </Title>
          <FormAlert error={formError} />
          <Tabs value={tab} onChange={(value) => setTab(value === "account" ? "account" : "personal")}>
            <Tabs.List aria-label={t("register.tabsLabel")} mb="lg">
              <Tabs.Tab value="personal">{t("register.tabPersonal")}</Tabs.Tab>
              <Tabs.Tab value="account">{t("register.tabAccount")}</Tabs.Tab>
            </Tabs.List>

            <Tabs.Panel value="personal" id="register-panel-personal">
              <Stack gap="sm">
                <Grid gap="sm">
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput
                      label={t("register.firstName")}
                      autoComplete="given-name"
                      required
                      {...form.getInputProps("firstName")}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput
                      label={t("register.lastName")}
                      autoComplete="family-name"
                      required
                      {...form.getInputProps("lastName")}
                    />
                  </Grid.Col>
                </Grid>
                <TextInput
                  label={t("register.email")}
                  type="email"
                  autoComplete="email"
                  required
                  {...form.getInputProps("email")}
                />
                <NewPasswordFields
                  label={t("register.password")}
                  confirmLabel={t("register.confirmPassword")}
                  password={form.getInputProps("password")}
                  confirm={form.getInputProps("confirmPassword")}
                />
                <Checkbox
                  mt="xs"
                  label={
                    <Trans
                      i18nKey="register.terms"
                      components={{
                        terms: <NewTabLink href="/legal/terms" />,
                        subcontracting: <NewTabLink href="/legal/subcontracting" />,
                        privacy: <NewTabLink href="/legal/privacy" />,
                      }}
                    />
                  }
                  {...form.getInputProps("acceptTerms", { type: "checkbox" })}
                />
                <Group justify="flex-end" mt="sm">
                  <Button onClick={goToAccount} size="md">
                    {t("register.next")}
                  </Button>
                </Group>
              </Stack>
            </Tabs.Panel>

            <Tabs.Panel value="account" id="register-panel-account">
              <Stack gap="sm">
                <TextInput
                  label={t("register.commercialName")}
                  placeholder={t("register.commercialNamePlaceholder")}
                  autoComplete="organization"
                  required
                  {...form.getInputProps("commercialName")}
                />
                <TextInput
                  label={t("register.enterpriseNumber")}
                  description={t("register.enterpriseNumberHint")}
                  placeholder="BE0123456749"
                  required
                  {...form.getInputProps("enterpriseNumber")}
                />
                <Grid gap="sm">
                  <Grid.Col span={{ base: 8, sm: 9 }}>
                    <TextInput
                      label={t("register.street")}
                      autoComplete="address-line1"
                      required
                      {...form.getInputProps("street")}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 4, sm: 3 }}>
                    <TextInput label={t("register.number")} required {...form.getInputProps("number")} />
                  </Grid.Col>
                  <Grid.Col span={{ base: 4, sm: 3 }}>
                    <TextInput
                      label={t("register.postcode")}
                      autoComplete="postal-code"
                      inputMode="numeric"
                      maxLength={4}
                      required
                      {...form.getInputProps("postcode")}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 8, sm: 9 }}>
                    <TextInput
                      label={t("register.city")}
                      autoComplete="address-level2"
                      required
                      {...form.getInputProps("city")}
                    />
                  </Grid.Col>
                </Grid>
                <TextInput
                  label={t("register.website")}
                  description={t("common.optional")}
                  placeholder={t("register.websitePlaceholder")}
                  type="url"
                  autoComplete="url"
                  {...form.getInputProps("website")}
                />
                <TextInput
                  label={t("register.phone")}
                  placeholder="0412 34 56 78"
                  type="tel"
                  autoComplete="tel"
                  required
                  {...form.getInputProps("phone")}
                />
                <Group justify="space-between" mt="sm">
                  <Button variant="default" onClick={() => setTab("personal")} size="md">
                    {t("register.previous")}
                  </Button>
                  <Button type="submit" loading={mutation.isPending} size="md">
                    {t("register.submit")}
                  </Button>
                </Group>
              </Stack>
            </Tabs.Panel>
          </Tabs>
        </Stack>
      </form>
    </IntroLayout>
  );
}
