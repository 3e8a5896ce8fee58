import { staffInviteSchema } from "@courtier/contracts/integrations";
import type { StaffList } from "@courtier/contracts/responses";
import {
  Badge,
  Button,
  Checkbox,
  Grid,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { inviteStaff, queryKeys, staffQuery } from "#src/api/endpoints.ts";
import { DataTable } from "#src/components/data-table.tsx";
import { FormAlert } from "#src/components/form-alert.tsx";
import { LocalMailboxHint } from "#src/components/local-mailbox-hint.tsx";
import { PageHeader } from "#src/components/page-header.tsx";
import { QueryState } from "#src/components/query-state.tsx";
import { formWideError, showApiFieldErrors, submitValidated } from "#src/lib/form-errors.tsx";
import { useStaff } from "#src/lib/staff-context.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";

function StaffTable({ staff }: { staff: StaffList["staff"] }) {
  const { t } = useTranslation();
  const me = useStaff();
  return (
    <DataTable
      caption={t("backoffice.team.title")}
      minWidth={560}
      head={
        <>
          <Table.Th scope="col">{t("backoffice.team.name")}</Table.Th>
          <Table.Th scope="col">{t("backoffice.team.email")}</Table.Th>
          <Table.Th scope="col">{t("backoffice.team.role")}</Table.Th>
          <Table.Th scope="col">{t("backoffice.team.status")}</Table.Th>
        </>
      }
    >
      {staff.map((member) => (
        <Table.Tr key={member.userId}>
          <Table.Td>
            <Text size="sm" fw={600}>
              {member.name}
              {member.userId === me.user.id && (
                <Text span size="xs" c="dimmed" fw={400}>
                  {" "}
                  ({t("backoffice.team.you")})
                </Text>
              )}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{member.email}</Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{t(`backoffice.roles.${member.role}`)}</Text>
          </Table.Td>
          <Table.Td>
            <Badge color={member.active ? "green" : "gray"} variant="light">
              {t(member.active ? "backoffice.team.active" : "backoffice.team.inactive")}
            </Badge>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

/** Staff admins add colleagues: Naam, E-mail, "is beheerder"; the colleague gets a link to choose a password. */
function InviteStaffForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { name: "", email: "", isAdmin: false } });

  const mutation = useMutation({
    mutationFn: inviteStaff,
    onSuccess: async (_data, input) => {
      notifications.show({ color: "green", message: t("backoffice.team.invited", { email: input.email }) });
      form.reset();
      await queryClient.invalidateQueries({ queryKey: queryKeys.staff });
    },
    onError: showApiFieldErrors(form),
  });

  const submit = submitValidated(form, staffInviteSchema, (data) => mutation.mutate(data));

  const formError = formWideError(mutation.error);

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="invite-staff-title">
      <form onSubmit={submit} noValidate aria-labelledby="invite-staff-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="invite-staff-title">
            {t("backoffice.team.inviteTitle")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("backoffice.team.inviteIntro")}
          </Text>
          <FormAlert error={formError} />
          <TextInput
            label={t("backoffice.team.name")}
            required
            autoComplete="off"
            {...form.getInputProps("name")}
          />
          <TextInput
            label={t("backoffice.team.email")}
            type="email"
            required
            autoComplete="off"
            {...form.getInputProps("email")}
          />
          <Checkbox
            label={t("backoffice.team.isAdmin")}
            description={t("backoffice.team.isAdminHint")}
            {...form.getInputProps("isAdmin", { type: "checkbox" })}
          />
          <Group justify="flex-end" mt="xs">
            <Button type="submit" loading={mutation.isPending}>
              {t("backoffice.team.invite")}
            </Button>
          </Group>
          {mutation.isSuccess && <LocalMailboxHint />}
        </Stack>
      </form>
    </Paper>
  );
}

/** "Team": the insurer's staff; admins invite colleagues. */
export function BackofficeTeamPage() {
  const { t } = useTranslation();
  const me = useStaff();
  usePageTitle(t("backoffice.team.title"));
  const staff = useQuery(staffQuery);
  const isAdmin = me.role === "admin";
  return (
    <>
      <PageHeader title={t("backoffice.team.title")} subtitle={me.insurer.name} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: isAdmin ? 7 : 12 }}>
          <QueryState query={staff}>{(data) => <StaffTable staff={data.staff} />}</QueryState>
        </Grid.Col>
        {isAdmin && (
          <Grid.Col span={{ base: 12, md: 5 }}>
            <InviteStaffForm />
          </Grid.Col>
        )}
      </Grid>
    </>
  );
}
