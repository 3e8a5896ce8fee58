import { supportSignInSchema } from "@courtier/contracts/chat";
import { Box, Button, Center, Group, Loader, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Navigate, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { supportKeys, supportMeQuery, supportSignIn } from "#src/api/chat.ts";
import { queryKeys } from "#src/api/endpoints.ts";
import { CourtierLogo } from "#src/components/courtier-logo.tsx";
import { FormAlert } from "#src/components/form-alert.tsx";
import { LanguageSwitcher } from "#src/components/language-switcher.tsx";
import { PasswordField } from "#src/components/password-field.tsx";
import { SkipLink } from "#src/components/skip-link.tsx";
import { switchLanguage } from "#src/i18n.ts";
import { formWideError, showApiFieldErrors, submitValidated } from "#src/lib/form-errors.tsx";
import { usePageTitle } from "#src/lib/use-page-title.ts";

/** "Courtier support": platform support signs in to its console. */
export function SupportSignInPage() {
  const { t } = useTranslation();
  usePageTitle(t("support.signIn.title"));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useQuery(supportMeQuery);
  const form = useForm({ initialValues: { email: "", password: "" } });

  const mutation = useMutation({
    // "sign-in": a 401 here means wrong credentials, not an ended session.
    mutationKey: ["sign-in", "support"],
    mutationFn: supportSignIn,
    onSuccess: async (agent) => {
      await switchLanguage(agent.user.language);
      queryClient.setQueryData(supportKeys.me, agent);
      // Whoever was signed in before (a broker) no longer is.
      queryClient.setQueryData(queryKeys.me, null);
      await navigate({ to: "/support" });
    },
    onError: showApiFieldErrors(form),
  });
  const submit = submitValidated(form, supportSignInSchema, (data) => mutation.mutate(data));

  if (me.isPending) {
    return (
      <Center mih="100vh">
        <Loader aria-label={t("common.loading")} />
      </Center>
    );
  }
  if (me.data && !mutation.isPending) return <Navigate to="/support" replace />;

  return (
    <Box
      mih="100vh"
      style={{
        display: "flex",
        flexDirection: "column",
        background:
          "linear-gradient(160deg, var(--mantine-color-brand-9) 0%, var(--mantine-color-brand-7) 60%, var(--mantine-color-teal-7) 140%)",
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
          <form onSubmit={submit} noValidate aria-labelledby="support-sign-in-title">
            <Stack gap="md">
              <Stack gap={8} align="center" mb="xs">
                <CourtierLogo compact />
                <Title order={1} size="h3" id="support-sign-in-title" ta="center">
                  {t("support.signIn.title")}
                </Title>
                <Text size="sm" c="dimmed" ta="center">
                  {t("support.signIn.intro")}
                </Text>
              </Stack>
              <FormAlert error={formWideError(mutation.error)} />
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
              <Button type="submit" loading={mutation.isPending} size="md">
                {t("signIn.submit")}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Center>
    </Box>
  );
}
