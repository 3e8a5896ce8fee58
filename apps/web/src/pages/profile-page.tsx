import { changeEmailSchema, changePasswordSchema, profileSchema } from "@courtier/contracts/auth";
import { type Language, languages } from "@courtier/contracts/errors";
import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "#src/api/api-error.ts";
import {
  changeEmail,
  changePassword,
  queryKeys,
  sendVerificationMail,
  updateProfile,
} from "#src/api/endpoints.ts";
import { FormAlert } from "#src/components/form-alert.tsx";
import { MailIcon } from "#src/components/icons.tsx";
import { LocalMailboxHint } from "#src/components/local-mailbox-hint.tsx";
import { PageHeader } from "#src/components/page-header.tsx";
import { NewPasswordFields, PasswordField } from "#src/components/password-field.tsx";
import { i18n, switchLanguage } from "#src/i18n.ts";
import { formWideError, showApiFieldErrors, submitValidated } from "#src/lib/form-errors.tsx";
import { useMe } from "#src/lib/me-context.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";

const route = getRouteApi("/app/profile");

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p={{ base: "md", sm: "xl" }} component="section" aria-labelledby={id}>
      <Title order={2} size="h4" mb="md" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** `?verified=1` comes from the confirmation page; said once, then removed from the address. */
function useVerificationOutcome() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const handled = useRef(false);
  useEffect(() => {
    if (handled.current || !search.verified) return;
    handled.current = true;
    notifications.show({ color: "green", message: t("profile.verified"), autoClose: 8000 });
    void queryClient.invalidateQueries({ queryKey: queryKeys.me });
    void navigate({ to: "/profile", search: {}, replace: true });
  }, [search, navigate, queryClient, t]);
}

/** An address not confirmed yet: the link can be sent again (a lost mail, a spam folder, an expired link). */
function VerifyEmailAgain({ email }: { email: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: sendVerificationMail,
    onError: (error) => {
      // Confirmed meanwhile, in another tab: the profile says so once it is read again.
      if (isApiError(error) && error.code === "EMAIL_ALREADY_VERIFIED")
        void queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
  if (mutation.isSuccess)
    return (
      <Alert color="green" variant="light" icon={<MailIcon />} role="status">
        <Stack gap={4}>
          <span>{t("profile.verificationSent", { email: mutation.data.email })}</span>
          <LocalMailboxHint />
        </Stack>
      </Alert>
    );
  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t("profile.verificationHint", { email })}
        </Text>
        <Button
          type="button"
          variant="subtle"
          size="compact-sm"
          loading={mutation.isPending}
          onClick={() => mutation.mutate()}
        >
          {t("profile.verificationSend")}
        </Button>
      </Group>
      <FormAlert error={mutation.error} />
    </Stack>
  );
}

function ProfileForm() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: {
      firstName: me.user.firstName,
      lastName: me.user.lastName,
      language: me.user.language as Language,
    },
  });
  const mutation = useMutation({
    mutationFn: updateProfile,
    onSuccess: async (updated) => {
      queryClient.setQueryData(queryKeys.me, updated);
      await switchLanguage(updated.user.language);
      form.resetDirty();
      notifications.show({ color: "green", message: i18n.t("profile.saved") });
    },
    onError: showApiFieldErrors(form),
  });
  const submit = submitValidated(form, profileSchema, (data) => mutation.mutate(data));

  return (
    <form onSubmit={submit} noValidate aria-labelledby="profile-settings">
      <Stack gap="sm">
        <FormAlert error={formWideError(mutation.error)} />
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t("profile.firstName")}
              autoComplete="given-name"
              required
              {...form.getInputProps("firstName")}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t("profile.lastName")}
              autoComplete="family-name"
              required
              {...form.getInputProps("lastName")}
            />
          </Grid.Col>
        </Grid>
        <TextInput
          label={t("profile.email")}
          value={me.user.email}
          readOnly
          variant="filled"
          rightSectionWidth={150}
          rightSection={
            <Badge size="sm" variant="light" color={me.user.emailVerified ? "green" : "yellow"}>
              {me.user.emailVerified ? t("profile.emailVerified") : t("profile.emailNotVerified")}
            </Badge>
          }
        />
        {!me.user.emailVerified && <VerifyEmailAgain email={me.user.email} />}
        <NativeSelect
          label={t("profile.language")}
          data={languages.map((language) => ({ value: language, label: t(`common.languages.${language}`) }))}
          required
          {...form.getInputProps("language")}
        />
        <Group justify="flex-end" mt="xs">
          <Button type="submit" loading={mutation.isPending}>
            {t("profile.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ChangeEmailForm() {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { newEmail: "", currentPassword: "" } });
  const mutation = useMutation({
    mutationFn: changeEmail,
    onSuccess: () => form.reset(),
    onError: showApiFieldErrors(form),
  });
  const submit = submitValidated(form, changeEmailSchema, (data) => mutation.mutate(data));

  return (
    <form onSubmit={submit} noValidate aria-labelledby="change-email">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t("profile.changeEmailIntro")}
        </Text>
        {mutation.isSuccess && (
          <Alert color="green" variant="light" icon={<MailIcon />} role="status">
            <Stack gap={4}>
              <span>{t("profile.changeEmailSent", { email: mutation.data.pendingEmail })}</span>
              <LocalMailboxHint />
            </Stack>
          </Alert>
        )}
        <FormAlert error={formWideError(mutation.error)} />
        <TextInput
          label={t("profile.newEmail")}
          type="email"
          autoComplete="email"
          required
          {...form.getInputProps("newEmail")}
        />
        <PasswordField
          label={t("profile.currentPassword")}
          autoComplete="current-password"
          required
          {...form.getInputProps("currentPassword")}
        />
        <Group justify="flex-end" mt="xs">
          <Button type="submit" variant="default" loading={mutation.isPending}>
            {t("profile.changeEmailSubmit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ChangePasswordForm() {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { currentPassword: "", newPassword: "", confirmPassword: "" } });
  const mutation = useMutation({
    mutationFn: changePassword,
    onSuccess: () => {
      form.reset();
      notifications.show({ color: "green", message: t("profile.passwordChanged") });
    },
    onError: showApiFieldErrors(form),
  });
  const submit = submitValidated(form, changePasswordSchema, (data) => mutation.mutate(data));

  return (
    <form onSubmit={submit} noValidate aria-labelledby="change-password">
      <Stack gap="sm">
        <FormAlert error={formWideError(mutation.error)} />
        <PasswordField
          label={t("profile.oldPassword")}
          autoComplete="current-password"
          required
          {...form.getInputProps("currentPassword")}
        />
        <NewPasswordFields
          label={t("profile.newPassword")}
          confirmLabel={t("profile.confirmNewPassword")}
          password={form.getInputProps("newPassword")}
          confirm={form.getInputProps("confirmPassword")}
        />
        <Group justify="flex-end" mt="xs">
          <Button type="submit" loading={mutation.isPending}>
            {t("profile.passwordSubmit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t("profile.title"));
  useVerificationOutcome();
  return (
    <>
      <PageHeader title={t("nav.profile")} />
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Section id="profile-settings" title={t("profile.title")}>
              <ProfileForm />
            </Section>
            <Section id="change-email" title={t("profile.changeEmail")}>
              <ChangeEmailForm />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Section id="change-password" title={t("profile.password")}>
            <ChangePasswordForm />
          </Section>
        </Grid.Col>
      </Grid>
    </>
  );
}
