import { messageFor } from "@courtier/contracts/errors";
import { acceptInvitationSchema } from "@courtier/contracts/office";
import type { Invitation } from "@courtier/contracts/responses";
import { Alert, Button, Center, Loader, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { isApiError, isUnreachable } from "#src/api/api-error.ts";
import { acceptInvitation, invitationQuery, queryKeys } from "#src/api/endpoints.ts";
import { ApiUnavailable } from "#src/components/api-unavailable.tsx";
import { FormAlert } from "#src/components/form-alert.tsx";
import { AlertIcon } from "#src/components/icons.tsx";
import { IntroLayout } from "#src/components/intro-layout.tsx";
import { NewPasswordFields } from "#src/components/password-field.tsx";
import { currentLanguage, switchLanguage } from "#src/i18n.ts";
import { formWideError, showApiFieldErrors, submitValidated } from "#src/lib/form-errors.tsx";
import { formatDateTime } from "#src/lib/format.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";

const route = getRouteApi("/public/invitation");

function InvalidInvitation({ message }: { message: string }) {
  return (
    <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
      {message}
    </Alert>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: Invitation }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { password: "", confirmPassword: "" } });
  // The page speaks the language the admin chose for this colleague.
  useEffect(() => {
    if (invitation.language !== currentLanguage()) void switchLanguage(invitation.language);
  }, [invitation.language]);
  const mutation = useMutation({
    mutationKey: ["sign-in"],
    mutationFn: acceptInvitation,
    onSuccess: async (me) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== "platform" });
      queryClient.setQueryData(queryKeys.me, me);
      await switchLanguage(me.user.language);
      await navigate({ to: "/requests" });
    },
    onError: showApiFieldErrors(form),
  });
  const submit = submitValidated(
    form,
    acceptInvitationSchema,
    (data) => mutation.mutate(data),
    (values) => ({ ...values, token }),
  );

  const error = mutation.error;
  if (isApiError(error) && (error.code === "INVITATION_INVALID" || "token" in error.fields)) {
    return (
      <InvalidInvitation
        message={
          error.code === "INVITATION_INVALID"
            ? error.message
            : messageFor("INVITATION_INVALID", currentLanguage())
        }
      />
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="invitation-title">
      <Stack gap="md">
        <Text>{t("invitation.intro", { office: invitation.officeName, email: invitation.email })}</Text>
        <Text size="sm" c="dimmed">
          {t("invitation.expires", { date: formatDateTime(invitation.expiresAt, i18n.language) })}
        </Text>
        <FormAlert error={formWideError(error)} />
        {/* Lets password managers store the new password with the right account. */}
        <input
          type="email"
          name="username"
          autoComplete="username"
          value={invitation.email}
          readOnly
          hidden
        />
        <NewPasswordFields
          label={t("invitation.password")}
          confirmLabel={t("invitation.confirmPassword")}
          password={form.getInputProps("password")}
          confirm={form.getInputProps("confirmPassword")}
        />
        <Button type="submit" loading={mutation.isPending} size="md">
          {t("invitation.submit")}
        </Button>
      </Stack>
    </form>
  );
}

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t("invitation.title"));
  const { token } = route.useSearch();
  const invitation = useQuery({ ...invitationQuery(token ?? ""), enabled: Boolean(token) });

  let body: React.ReactNode;
  if (!token) {
    body = <InvalidInvitation message={messageFor("INVITATION_INVALID", currentLanguage())} />;
  } else if (invitation.isPending) {
    body = (
      <Center py="xl">
        <Loader size="sm" aria-label={t("common.loading")} />
      </Center>
    );
  } else if (invitation.isError) {
    const error = invitation.error;
    body =
      isUnreachable(error) || !isApiError(error) ? (
        <ApiUnavailable onRetry={() => void invitation.refetch()} retrying={invitation.isFetching} />
      ) : (
        <InvalidInvitation
          message={
            error.code === "INVITATION_INVALID"
              ? error.message
              : messageFor("INVITATION_INVALID", currentLanguage())
          }
        />
      );
  } else {
    body = <AcceptForm token={token} invitation={invitation.data} />;
  }

  return (
    <IntroLayout variant="invitation">
      <Stack gap="md">
        <Title order={1} size="h2" id="invitation-title">
          {invitation.data
            ? t("invitation.welcome", { name: invitation.data.firstName })
            : t("invitation.title")}
        </Title>
        {body}
      </Stack>
    </IntroLayout>
  );
}
