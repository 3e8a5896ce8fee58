import { signInSchema } from "@courtier/contracts/auth";
import type { Branding } from "@courtier/contracts/responses";
import {
  Anchor,
  Box,
  Button,
  Center,
  Group,
  Image,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { queryKeys, staffSignIn } from "#src/api/endpoints.ts";
import { FormAlert } from "#src/components/form-alert.tsx";
import { LanguageSwitcher } from "#src/components/language-switcher.tsx";
import { PasswordField } from "#src/components/password-field.tsx";
import { SkipLink } from "#src/components/skip-link.tsx";
import { switchLanguage } from "#src/i18n.ts";
import { formWideError, showApiFieldErrors, submitValidated } from "#src/lib/form-errors.tsx";
import { usePageTitle } from "#src/lib/use-page-title.ts";

/** "Back office VIVIUM": the insurer's staff sign in on the insurer's own host. */
export function BackofficeSignInPage({ insurer }: { insurer: Branding }) {
  const { t } = useTranslation();
  const title = t("backoffice.signIn.title", { name: insurer.name });
  usePageTitle(title);
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { email: "", password: "" } });

  const mutation = useMutation({
    // "sign-in": a 401 here means wrong credentials, not an ended session.
    mutationKey: ["sign-in", "staff"],
    mutationFn: staffSignIn,
    onSuccess: async (staff) => {
      await switchLanguage(staff.user.language);
      queryClient.setQueryData(queryKeys.staffMe, staff);
      // Whoever was signed in before (a broker) no longer is.
      queryClient.setQueryData(queryKeys.me, null);
    },
    onError: showApiFieldErrors(form),
  });

  const submit = submitValidated(form, signInSchema, (data) => mutation.mutate(data));

  const formError = formWideError(mutation.error);

  return (
    <Box
      mih="100vh"
      style={{
        display: "flex",
        flexDirection: "column",
        background: `linear-gradient(160deg, var(--mantine-color-brand-9) 0%, var(--mantine-color-brand-7) 55%, ${insurer.accentColor} 140%)`,
      }}
    >
      <SkipLink />
      <Group justify="flex-end" p="md">
        <Box bg="white" p={4} style={{ borderRadius: "var(--mantine-radius-sm)" }}>
          <LanguageSwitcher />
        </Box>
      </Group>
      <Center component="main" id="main" tabIndex={-1} px="md" pb={64} style={{ flex: 1, outline: "none" }}>
        <Paper shadow="lg" radius="md" p={{ base: "lg", sm: 40 }} w="100%" maw={440}>
          <form onSubmit={submit} noValidate aria-labelledby="backoffice-sign-in-title">
            <Stack gap="md">
              <Stack gap={6} align="center" mb="xs">
                <Image
                  src={insurer.logoUrl}
                  alt={t("brand.logoAlt", { name: insurer.name })}
                  h={44}
                  w="auto"
                  fit="contain"
                />
                <Title order={1} size="h3" id="backoffice-sign-in-title" ta="center">
                  {title}
                </Title>
                <Text size="sm" c="dimmed" ta="center">
                  {t("backoffice.signIn.intro", { name: insurer.name })}
                </Text>
              </Stack>
              <FormAlert error={formError} />
              <TextInput
                label={t("signIn.email")}
                type="email"
                autoComplete="username"
                required
                {...form.getInputProps("email")}
              />
              <PasswordField
                label={t("signIn.password")}
                autoComplete="current-password"
                required
                {...form.getInputProps("password")}
              />
              <Anchor component={Link} to="/forgot-password" size="sm" ta="right">
                {t("signIn.forgot")}
              </Anchor>
              <Button type="submit" loading={mutation.isPending} size="md">
                {t("signIn.submit")}
              </Button>
              <Text size="xs" c="dimmed" ta="center">
                {t("backoffice.signIn.brokers")}{" "}
                <Anchor component={Link} to="/" inherit>
                  {t("backoffice.signIn.brokersLink")}
                </Anchor>
              </Text>
            </Stack>
          </form>
        </Paper>
      </Center>
    </Box>
  );
}
