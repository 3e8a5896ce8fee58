import { messageFor } from "@courtier/contracts/errors";
import { Alert, Anchor, Button, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { isApiError } from "#src/api/api-error.ts";
import { confirmEmail, meQuery, queryKeys } from "#src/api/endpoints.ts";
import { CenteredCard } from "#src/components/centered-card.tsx";
import { FormAlert } from "#src/components/form-alert.tsx";
import { AlertIcon } from "#src/components/icons.tsx";
import { currentLanguage } from "#src/i18n.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";

const route = getRouteApi("/public/verify-email");

/**
 * Where an address-confirmation mail leads. Opening it changes nothing (mail scanners open links
 * too); the button confirms. Signed in, the profile then says so; otherwise the page does.
 */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t("verifyEmail.title"));
  const { token } = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const mutation = useMutation({
    mutationFn: () => confirmEmail({ token: token ?? "" }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
      const me = await queryClient.fetchQuery(meQuery).catch(() => null);
      if (me) await navigate({ to: "/profile", search: { verified: true } });
    },
  });

  const invalid =
    !token || (isApiError(mutation.error) && mutation.error.code === "VERIFICATION_LINK_INVALID");

  return (
    <CenteredCard title={t("verifyEmail.title")} titleId="verify-email-title">
      {invalid ? (
        <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
          <Stack gap="xs" align="flex-start">
            {messageFor("VERIFICATION_LINK_INVALID", currentLanguage())}
            <Anchor component={Link} to="/profile" size="sm" fw={600}>
              {t("verifyEmail.toProfile")}
            </Anchor>
          </Stack>
        </Alert>
      ) : mutation.isSuccess ? (
        <Stack gap="md" align="flex-start">
          <Alert color="green" variant="light" role="status" w="100%">
            {t("verifyEmail.done")}
          </Alert>
          <Button component={Link} to="/">
            {t("signIn.submit")}
          </Button>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text>{t("verifyEmail.intro")}</Text>
          <FormAlert error={mutation.error} />
          <Button size="md" loading={mutation.isPending} onClick={() => mutation.mutate()}>
            {t("verifyEmail.submit")}
          </Button>
        </Stack>
      )}
    </CenteredCard>
  );
}
