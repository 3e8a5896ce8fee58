import { accessRequestSchema } from "@courtier/contracts/integrations";
import { groupSchema } from "@courtier/contracts/office";
import type { IntegrationSummary, ProductSummary } from "@courtier/contracts/responses";
import { Button, Group, Modal, MultiSelect, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "#src/api/api-error.ts";
import { createGroup, groupsQuery, queryKeys, requestAccess } from "#src/api/endpoints.ts";
import { FieldErrorText, showApiFieldErrors, submitValidated, validateWith } from "#src/lib/form-errors.tsx";
import { useMe } from "#src/lib/me-context.ts";
import { FormAlert } from "./form-alert.tsx";
import { InfoIcon, PlusIcon } from "./icons.tsx";

const formFields = new Set(["groupIds", "producerNumber"]);

/**
 * The manual's "+ Nieuwe groep" next to "Gelinkte groepen": a group by name only, selected at once.
 * `onPendingChange` tells the form while a creation is in flight (until the new group is selected),
 * so the request cannot be sent without it.
 */
function NewGroupInline({
  onCreated,
  onPendingChange,
}: {
  onCreated: (groupId: string) => void;
  onPendingChange: (pending: boolean) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [error, setError] = useState<ReactNode>(null);

  const mutation = useMutation({
    mutationFn: createGroup,
    onMutate: () => onPendingChange(true),
    // After onSuccess (and so after onCreated) or onError.
    onSettled: () => onPendingChange(false),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.office });
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
      onCreated(created.group.id);
      setName("");
      setOpen(false);
    },
    onError: (cause) => {
      const field = isApiError(cause) ? cause.fields.name : undefined;
      setError(
        field ? (
          <FieldErrorText code={field.code} />
        ) : isApiError(cause) && cause.code !== "UNREACHABLE" ? (
          cause.message
        ) : (
          t("errors.unreachableText")
        ),
      );
    },
  });

  const create = () => {
    const result = validateWith(groupSchema, { name });
    if (!result.ok) {
      setError(result.errors.name ?? null);
      return;
    }
    mutation.mutate(result.data);
  };

  if (!open) {
    return (
      <Group gap={6}>
        <Text size="sm" c="dimmed">
          {t("access.or")}
        </Text>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<PlusIcon size={14} />}
          onClick={() => {
            setError(null);
            setOpen(true);
          }}
        >
          {t("access.newGroup")}
        </Button>
      </Group>
    );
  }

  // Not a nested <form>: Enter in the name creates the group instead of sending the request.
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <TextInput
        label={t("access.newGroupName")}
        value={name}
        onChange={(event) => {
          setName(event.currentTarget.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            create();
          }
          if (event.key === "Escape") {
            event.stopPropagation();
            setOpen(false);
          }
        }}
        error={error}
        required
        data-autofocus
        autoFocus
        style={{ flex: 1 }}
      />
      <Group gap={6} mt={25} wrap="nowrap">
        <Button variant="light" onClick={create} loading={mutation.isPending}>
          {t("access.createGroup")}
        </Button>
        <Button variant="default" onClick={() => setOpen(false)}>
          {t("office.cancel")}
        </Button>
      </Group>
    </Group>
  );
}

/**
 * "Nieuw toegangsverzoek voor KMO Tool": Gelinkte groepen, Producentnummer, "Creëer integratie". Groups
 * that already have an integration (or a pending request) for the product cannot be chosen again.
 */
export function AccessRequestModal({
  product,
  integrations,
  onClose,
  onRequested,
}: {
  product: ProductSummary | null;
  integrations: IntegrationSummary[];
  onClose: () => void;
  onRequested: (created: IntegrationSummary) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={product !== null}
      onClose={onClose}
      title={product ? t("access.title", { product: product.name }) : ""}
      size="lg"
      centered
    >
      {product && (
        <AccessRequestForm
          product={product}
          integrations={integrations}
          onCancel={onClose}
          onRequested={onRequested}
        />
      )}
    </Modal>
  );
}

function AccessRequestForm({
  product,
  integrations,
  onCancel,
  onRequested,
}: {
  product: ProductSummary;
  integrations: IntegrationSummary[];
  onCancel: () => void;
  onRequested: (created: IntegrationSummary) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const groups = useQuery(groupsQuery);
  const [creatingGroup, setCreatingGroup] = useState(false);

  // Group id → the producer number it already has (or asked for) with this product.
  const taken = new Map<string, string>();
  for (const integration of integrations) {
    if (integration.product.id !== product.id) continue;
    if (integration.status !== "pending" && integration.status !== "accepted") continue;
    for (const group of integration.groups) taken.set(group.id, integration.producerNumber);
  }

  const form = useForm({
    initialValues: {
      groupIds: taken.has(me.subaccount.id) ? ([] as string[]) : [me.subaccount.id],
      producerNumber: "",
    },
  });

  const mutation = useMutation({
    mutationFn: requestAccess,
    onSuccess: async (created) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.office }),
        queryClient.invalidateQueries({ queryKey: queryKeys.me }),
      ]);
      onRequested(created);
    },
    onError: showApiFieldErrors(form),
  });

  const submitValues = submitValidated(
    form,
    accessRequestSchema,
    (data) => mutation.mutate(data),
    (values) => ({ productId: product.id, ...values }),
  );
  // The submit button is disabled while a new group is being created; this also holds for Enter in a field.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (creatingGroup) {
      event.preventDefault();
      return;
    }
    submitValues(event);
  };

  const options = (groups.data?.groups ?? []).map((group) => {
    const number = taken.get(group.id);
    return {
      value: group.id,
      label: number ? t("access.groupTaken", { name: group.name, number }) : group.name,
      disabled: number !== undefined,
    };
  });

  const error = mutation.error;
  const formError =
    error && !(isApiError(error) && Object.keys(error.fields).some((field) => formFields.has(field)))
      ? error
      : null;

  return (
    <form onSubmit={submit} noValidate aria-label={t("access.title", { product: product.name })}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {product.versionLabel}
        </Text>
        <FormAlert error={formError} />
        <div>
          <MultiSelect
            label={t("access.groups")}
            description={t("access.groupsHint")}
            data={options}
            searchable
            nothingFoundMessage={t("invite.noGroupFound")}
            disabled={groups.isPending}
            required
            withAsterisk={false}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps("groupIds")}
            error={form.errors.groupIds ?? (groups.isError ? t("errors.unreachableText") : undefined)}
          />
          <div style={{ marginTop: 6 }}>
            <NewGroupInline
              onPendingChange={setCreatingGroup}
              onCreated={(groupId) => {
                form.setFieldValue("groupIds", [...new Set([...form.getValues().groupIds, groupId])]);
                form.clearFieldError("groupIds");
              }}
            />
          </div>
        </div>
        <TextInput
          label={t("access.producerNumber")}
          placeholder={product.producerNumberHint}
          inputMode="numeric"
          autoComplete="off"
          required
          {...form.getInputProps("producerNumber")}
        />
        {/* The manual's "Situatie 2": a note, not an alert (it is there from the start). */}
        <Paper bg="gray.0" p="sm" radius="sm" role="note">
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Text c="brand.6" style={{ display: "flex" }} mt={2}>
              <InfoIcon size={16} />
            </Text>
            <div>
              <Text size="sm" fw={600}>
                {t("access.situation2Title")}
              </Text>
              <Text size="sm">{t("access.situation2Text")}</Text>
            </div>
          </Group>
        </Paper>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t("office.cancel")}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={creatingGroup}>
            {t("access.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
