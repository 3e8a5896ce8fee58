import type { ErrorCode } from "@courtier/contracts/errors";
import { groupSchema, logoRules } from "@courtier/contracts/office";
import type { GroupDetails } from "@courtier/contracts/responses";
import {
  Alert,
  Box,
  Button,
  Grid,
  Group,
  Image,
  Input,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { Dropzone, type FileRejection } from "@mantine/dropzone";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "#src/api/api-error.ts";
import {
  createGroup,
  deleteGroupLogo,
  groupQuery,
  queryKeys,
  updateGroup,
  uploadGroupLogo,
} from "#src/api/endpoints.ts";
import { AnchorLink, ButtonLink } from "#src/components/anchor-link.tsx";
import { FormAlert } from "#src/components/form-alert.tsx";
import { AlertIcon, FileIcon, UploadIcon } from "#src/components/icons.tsx";
import { GroupsCrumb, isUuid, MissingState, OfficeCrumb, Trail } from "#src/components/office.tsx";
import { PageHeader } from "#src/components/page-header.tsx";
import { QueryState } from "#src/components/query-state.tsx";
import { FieldErrorText, formErrorsFromApi, submitValidated } from "#src/lib/form-errors.tsx";
import { useMe } from "#src/lib/me-context.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";

type ExistingGroup = GroupDetails["group"];

/** The group was saved, but its logo was not: the form stays, with the file, to try again. */
class LogoNotSaved extends Error {
  constructor(readonly reason: unknown) {
    super("logo not saved");
  }
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id}>
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Box>
  );
}

/** PNG, JPEG or WebP up to 2 MB, checked here first with the API's own messages. */
function LogoField({
  file,
  currentUrl,
  error,
  onFile,
  onRemove,
  onReject,
}: {
  file: File | null;
  currentUrl: string | null;
  error: ReactNode;
  onFile: (file: File) => void;
  onRemove: () => void;
  onReject: (code: ErrorCode) => void;
}) {
  const { t } = useTranslation();
  const preview = useMemo(() => (file ? URL.createObjectURL(file) : null), [file]);
  useEffect(() => () => (preview ? URL.revokeObjectURL(preview) : undefined), [preview]);
  const shown = preview ?? currentUrl;
  // A file the browser cannot show (not really an image): its name instead of a broken picture.
  const [unreadableSrc, setUnreadableSrc] = useState<string | null>(null);
  const unreadable = shown !== null && unreadableSrc === shown;

  const reject = (rejections: FileRejection[]) => {
    const tooLarge = rejections.some((r) => r.errors.some((e) => e.code === "file-too-large"));
    onReject(tooLarge ? "LOGO_TOO_LARGE" : "LOGO_NOT_AN_IMAGE");
  };

  return (
    <Input.Wrapper
      label={t("groups.form.logo")}
      labelProps={{ htmlFor: "group-logo" }}
      description={t("groups.form.logoHint")}
      error={error}
      inputWrapperOrder={["label", "input", "description", "error"]}
    >
      <Stack gap={6} mt={4}>
        <Dropzone
          onDrop={(files) => {
            const first = files[0];
            if (first) onFile(first);
          }}
          onReject={reject}
          accept={[...logoRules.types]}
          maxSize={logoRules.maxBytes}
          multiple={false}
          role="button"
          aria-label={t("groups.form.dropLabel")}
          aria-invalid={error ? true : undefined}
          inputProps={{ id: "group-logo", "aria-label": t("groups.form.logo") }}
          p="md"
          mih={140}
          styles={error ? { root: { borderColor: "var(--mantine-color-red-6)" } } : undefined}
          style={{ display: "flex", alignItems: "center", justifyContent: "center" }}
        >
          {shown && !unreadable ? (
            <Image
              src={shown}
              alt={t("groups.form.logoPreview")}
              h={100}
              w="auto"
              fit="contain"
              mx="auto"
              onError={() => setUnreadableSrc(shown)}
            />
          ) : shown ? (
            <Stack align="center" gap={4} style={{ pointerEvents: "none" }}>
              <Text c="dimmed" aria-hidden="true">
                <FileIcon size={28} />
              </Text>
              <Text size="sm">{file?.name}</Text>
            </Stack>
          ) : (
            <Stack align="center" gap={4} ta="center" style={{ pointerEvents: "none" }}>
              <Text c="dimmed" aria-hidden="true">
                <UploadIcon size={28} />
              </Text>
              <Text size="sm">{t("groups.form.drop")}</Text>
              <Text size="sm">
                {t("groups.form.or")}{" "}
                <Text span c="brand.6" fw={600} inherit td="underline">
                  {t("groups.form.browse")}
                </Text>
              </Text>
            </Stack>
          )}
        </Dropzone>
        {shown && (
          <Group gap="xs">
            <Button size="compact-sm" variant="subtle" color="red" onClick={onRemove}>
              {t("groups.form.removeLogo")}
            </Button>
            {file && (
              <Text size="xs" c="dimmed" truncate maw={200}>
                {file.name}
              </Text>
            )}
          </Group>
        )}
      </Stack>
    </Input.Wrapper>
  );
}

function GroupForm({ existing }: { existing?: ExistingGroup }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: {
      name: existing?.name ?? "",
      street: existing?.street ?? "",
      number: existing?.number ?? "",
      postcode: existing?.postcode ?? "",
      city: existing?.city ?? "",
      email: existing?.email ?? "",
    },
  });
  // Set once the group exists: after a failed logo upload the next save updates instead of creating.
  const [groupId, setGroupId] = useState<string | null>(existing?.id ?? null);
  const [file, setFile] = useState<File | null>(null);
  const [removeLogo, setRemoveLogo] = useState(false);
  const [logoError, setLogoError] = useState<ReactNode>(null);
  const hadLogo = Boolean(existing?.logoUrl);

  const mutation = useMutation({
    mutationFn: async (values: ReturnType<typeof groupSchema.parse>) => {
      let id = groupId;
      if (id) {
        await updateGroup(id, values);
      } else {
        const created = await createGroup(values);
        id = created.group.id;
        setGroupId(id);
      }
      try {
        if (file) await uploadGroupLogo(id, file);
        else if (removeLogo && hadLogo) await deleteGroupLogo(id);
      } catch (error) {
        throw new LogoNotSaved(error);
      }
      return id;
    },
    onSuccess: async (id) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.office });
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
      notifications.show({
        color: "green",
        message: t(existing ? "groups.form.saved" : "groups.form.created"),
      });
      await navigate({ to: "/account/groups/$groupId", params: { groupId: id } });
    },
    onError: (error) => {
      if (error instanceof LogoNotSaved) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.office });
        const cause = error.reason;
        // LOGO_TOO_LARGE / LOGO_NOT_AN_IMAGE come as the `logo` field; other failures as the whole answer.
        const field = isApiError(cause) ? cause.fields.logo : undefined;
        setLogoError(
          field ? (
            <FieldErrorText code={field.code} />
          ) : isApiError(cause) && cause.code !== "UNREACHABLE" ? (
            cause.message
          ) : (
            t("errors.unreachableText")
          ),
        );
        return;
      }
      if (isApiError(error)) form.setErrors(formErrorsFromApi(error));
    },
  });

  const submit = submitValidated(form, groupSchema, (data) => mutation.mutate(data));

  const error = mutation.error;
  const formError =
    error && !(error instanceof LogoNotSaved) && !(isApiError(error) && error.hasFieldErrors) ? error : null;
  const createdWithoutLogo = !existing && groupId !== null && error instanceof LogoNotSaved;

  return (
    <Paper withBorder radius="md" p={{ base: "md", sm: "xl" }} maw={860}>
      <form onSubmit={submit} noValidate aria-labelledby="group-form-title">
        <Stack gap="xl">
          <FormAlert error={formError} />
          {error instanceof LogoNotSaved && (
            <Alert color="yellow" variant="light" icon={<AlertIcon />} role="alert">
              <Stack gap={4} align="flex-start">
                <span>
                  {createdWithoutLogo ? t("groups.form.createdNoLogo") : t("groups.form.savedNoLogo")}
                </span>
                {groupId && (
                  <AnchorLink to="/account/groups/$groupId" params={{ groupId }} size="sm" fw={600}>
                    {t("groups.form.openGroup")}
                  </AnchorLink>
                )}
              </Stack>
            </Alert>
          )}
          <Section id="group-about" title={t("groups.form.about")}>
            <Grid gap="md">
              <Grid.Col span={{ base: 12, sm: 5 }}>
                <LogoField
                  file={file}
                  currentUrl={removeLogo ? null : (existing?.logoUrl ?? null)}
                  error={logoError}
                  onFile={(chosen) => {
                    setFile(chosen);
                    setRemoveLogo(false);
                    setLogoError(null);
                  }}
                  onRemove={() => {
                    setFile(null);
                    setRemoveLogo(true);
                    setLogoError(null);
                  }}
                  onReject={(code) => setLogoError(<FieldErrorText code={code} />)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 7 }}>
                <TextInput label={t("groups.form.name")} required {...form.getInputProps("name")} />
              </Grid.Col>
            </Grid>
          </Section>
          <Section id="group-address" title={t("groups.form.address")}>
            <Grid gap="sm">
              <Grid.Col span={{ base: 12, sm: 8 }}>
                <TextInput
                  label={t("groups.form.street")}
                  autoComplete="address-line1"
                  {...form.getInputProps("street")}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <TextInput label={t("groups.form.number")} {...form.getInputProps("number")} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <TextInput
                  label={t("groups.form.postcode")}
                  inputMode="numeric"
                  autoComplete="postal-code"
                  {...form.getInputProps("postcode")}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 8 }}>
                <TextInput
                  label={t("groups.form.city")}
                  autoComplete="address-level2"
                  {...form.getInputProps("city")}
                />
              </Grid.Col>
            </Grid>
          </Section>
          <TextInput
            label={t("groups.form.email")}
            type="email"
            autoComplete="email"
            {...form.getInputProps("email")}
          />
          <Group justify="flex-end" gap="sm">
            {groupId ? (
              <ButtonLink to="/account/groups/$groupId" params={{ groupId }} variant="default">
                {t("office.cancel")}
              </ButtonLink>
            ) : (
              <ButtonLink to="/account/groups" variant="default">
                {t("office.cancel")}
              </ButtonLink>
            )}
            <Button type="submit" loading={mutation.isPending}>
              {t("groups.form.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function NewGroupPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t("groups.form.newTitle"));
  if (me.office.role !== "admin") return <MissingState forbidden />;
  return (
    <>
      <Trail current={t("groups.form.newTitle")}>
        <OfficeCrumb name={me.office.commercialName} />
        <GroupsCrumb />
      </Trail>
      <PageHeader title={t("groups.form.newTitle")} titleId="group-form-title" />
      <GroupForm />
    </>
  );
}

const editRoute = getRouteApi("/app/account/groups/$groupId/edit");

export function EditGroupPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { groupId } = editRoute.useParams();
  const valid = isUuid(groupId);
  const details = useQuery({ ...groupQuery(groupId), enabled: valid && me.office.role === "admin" });
  usePageTitle(t("groups.form.editTitle"));
  if (me.office.role !== "admin") return <MissingState forbidden />;
  if (!valid) return <MissingState />;
  return (
    <QueryState query={details}>
      {({ group }) => (
        <>
          <Trail current={t("groups.form.editTitle")}>
            <OfficeCrumb name={me.office.commercialName} />
            <GroupsCrumb />
            <AnchorLink to="/account/groups/$groupId" params={{ groupId }} size="sm">
              {group.name}
            </AnchorLink>
          </Trail>
          <PageHeader title={t("groups.form.editTitle")} titleId="group-form-title" />
          <GroupForm existing={group} />
        </>
      )}
    </QueryState>
  );
}
