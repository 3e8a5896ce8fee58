import { type Language, languages } from "@courtier/contracts/errors";
import { inviteUserSchema } from "@courtier/contracts/office";
import {
  Button,
  Checkbox,
  Grid,
  Group,
  MultiSelect,
  NativeSelect,
  Paper,
  Stack,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { groupsQuery, invitedUserId, inviteUser, queryKeys } from "#src/api/endpoints.ts";
import { AnchorLink } from "#src/components/anchor-link.tsx";
import { FormAlert } from "#src/components/form-alert.tsx";
import { MissingState, OfficeCrumb, Trail } from "#src/components/office.tsx";
import { PageHeader } from "#src/components/page-header.tsx";
import { currentLanguage } from "#src/i18n.ts";
import { formWideError, showApiFieldErrors, submitValidated } from "#src/lib/form-errors.tsx";
import { useMe } from "#src/lib/me-context.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";

const route = getRouteApi("/app/users/invite");

function InviteForm() {
  const { t } = useTranslation();
  const me = useMe();
  const { groupId } = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const groups = useQuery(groupsQuery);
  const form = useForm({
    initialValues: {
      firstName: "",
      lastName: "",
      email: "",
      language: currentLanguage() as Language,
      isAdmin: false,
      groupIds: groupId ? [groupId] : ([] as string[]),
    },
  });

  const mutation = useMutation({
    mutationFn: inviteUser,
    onSuccess: async (result, input) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.office });
      notifications.show({ color: "green", message: t("invite.sent", { email: input.email }) });
      await navigate({ to: "/users/$userId", params: { userId: invitedUserId(result) } });
    },
    onError: showApiFieldErrors(form),
  });

  const submit = submitValidated(form, inviteUserSchema, (data) => mutation.mutate(data));

  const options = (groups.data?.groups ?? []).map((group) => ({ value: group.id, label: group.name }));
  const defaultName = groups.data?.groups.find((group) => group.isDefault)?.name ?? "Default";
  const formError = formWideError(mutation.error);

  return (
    <Paper withBorder radius="md" p={{ base: "md", sm: "xl" }} maw={720}>
      <form onSubmit={submit} noValidate aria-labelledby="invite-title">
        <Stack gap="sm">
          <FormAlert error={formError} />
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t("invite.firstName")}
                required
                autoComplete="off"
                {...form.getInputProps("firstName")}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t("invite.lastName")}
                required
                autoComplete="off"
                {...form.getInputProps("lastName")}
              />
            </Grid.Col>
          </Grid>
          <TextInput
            label={t("invite.email")}
            type="email"
            required
            autoComplete="off"
            {...form.getInputProps("email")}
          />
          <NativeSelect
            label={t("invite.language")}
            data={languages.map((language) => ({
              value: language,
              label: t(`common.languages.${language}`),
            }))}
            required
            {...form.getInputProps("language")}
          />
          <Checkbox
            label={t("invite.isAdmin")}
            mt="xs"
            {...form.getInputProps("isAdmin", { type: "checkbox" })}
          />
          <MultiSelect
            label={t("invite.group")}
            description={t("invite.groupHint", { name: defaultName })}
            data={options}
            searchable
            clearable
            nothingFoundMessage={t("invite.noGroupFound")}
            disabled={groups.isPending}
            error={me.office.role === "admin" && groups.isError ? t("errors.unreachableText") : undefined}
            {...form.getInputProps("groupIds")}
          />
          <Group justify="flex-end" mt="sm">
            <Button type="submit" loading={mutation.isPending}>
              {t("invite.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function InviteUserPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t("invite.title"));
  if (me.office.role !== "admin") return <MissingState forbidden />;
  return (
    <>
      <Trail current={t("invite.title")}>
        <OfficeCrumb name={me.office.commercialName} />
        <AnchorLink to="/users" size="sm">
          {t("users.title")}
        </AnchorLink>
      </Trail>
      <PageHeader title={t("invite.title")} titleId="invite-title" />
      <InviteForm />
    </>
  );
}
