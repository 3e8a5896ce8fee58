import { revokeSchema } from "@courtier/contracts/integrations";
import type { AccessRequest } from "@courtier/contracts/responses";
import { Alert, Badge, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { type ApiError, isApiError } from "#src/api/api-error.ts";
import { formErrorsFromApi, submitValidated } from "#src/lib/form-errors.tsx";
import { FormAlert } from "./form-alert.tsx";
import { AlertIcon } from "./icons.tsx";

/** Building blocks of the insurer's back office. */

/** 409 ALREADY_DECIDED / NOT_ACCEPTED: someone else was quicker; the list is stale. */
export function isStale(error: unknown): boolean {
  return isApiError(error) && (error.code === "ALREADY_DECIDED" || error.code === "NOT_ACCEPTED");
}

/** The office's groups by their full names: staff do not know the office's abbreviations. */
export function GroupNames({ groups }: { groups: { id: string; name: string }[] }) {
  return (
    <Group gap={4}>
      {groups.map((group) => (
        <Badge key={group.id} variant="light" color="gray" radius="sm">
          {group.name}
        </Badge>
      ))}
    </Group>
  );
}

/** "Dit producentnummer wordt ook gebruikt door: …": other offices with the same number for the product. */
export function ClaimedWarning({ request }: { request: AccessRequest }) {
  const { t } = useTranslation();
  if (request.producerNumberClaimedBy.length === 0) return null;
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Badge color="orange" variant="filled" leftSection={<AlertIcon size={12} />} style={{ flexShrink: 0 }}>
        {t("backoffice.claimedBadge")}
      </Badge>
      <Text size="sm" c="orange.9">
        {t("backoffice.claimedBy", { offices: request.producerNumberClaimedBy.join(", ") })}
      </Text>
    </Group>
  );
}

/** "Someone else was quicker": the stale list has been fetched again. */
export function StaleAlert({ error, onClose }: { error: ApiError | null; onClose: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<AlertIcon />}
      role="alert"
      withCloseButton
      closeButtonLabel={t("products.dismiss")}
      onClose={onClose}
    >
      {error.message} {t("backoffice.refreshed")}
    </Alert>
  );
}

/**
 * A required "Reden", for a refusal or a revocation of `request` (open while there is one); the broker
 * reads it in the mail and on Producten.
 */
export function ReasonModal({
  request,
  title,
  text,
  confirmLabel,
  loading,
  error: mutationError,
  onConfirm,
  onClose,
}: {
  request: AccessRequest | null;
  title: string;
  text: "backoffice.refuseText" | "backoffice.revokeText";
  confirmLabel: string;
  loading: boolean;
  error: unknown;
  onConfirm: (request: AccessRequest, reason: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const opened = request !== null;
  const error = request ? mutationError : null;
  const form = useForm({ initialValues: { reason: "" } });
  // A new request in the same modal starts with an empty reason.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the modal opens
  useEffect(() => {
    if (opened) form.reset();
  }, [opened]);
  useEffect(() => {
    if (isApiError(error)) form.setErrors(formErrorsFromApi(error));
  }, [error, form.setErrors]);

  const submit = submitValidated(form, revokeSchema, (data) => request && onConfirm(request, data.reason));

  const formError =
    error && !isStale(error) && !(isApiError(error) && "reason" in error.fields) ? error : null;

  return (
    <Modal opened={opened} onClose={onClose} title={title} centered size="lg">
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack gap="md">
          <Text size="sm">
            {request
              ? t(text, {
                  office: request.office.commercialName,
                  product: request.product.name,
                  number: request.producerNumber,
                })
              : ""}
          </Text>
          <FormAlert error={formError} />
          <Textarea
            label={t("backoffice.reason")}
            description={t("backoffice.reasonHint")}
            required
            withAsterisk={false}
            autosize
            minRows={3}
            maxRows={8}
            maxLength={1000}
            data-autofocus
            {...form.getInputProps("reason")}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t("office.cancel")}
            </Button>
            <Button type="submit" color="red" loading={loading}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
