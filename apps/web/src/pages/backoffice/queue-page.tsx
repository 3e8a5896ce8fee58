import type { AccessRequest } from "@courtier/contracts/responses";
import { Button, EmptyState, Grid, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type ApiError, isApiError } from "#src/api/api-error.ts";
import { backofficePageSize, backofficeRequestsQuery, decideRequest, queryKeys } from "#src/api/endpoints.ts";
import { ClaimedWarning, GroupNames, isStale, ReasonModal, StaleAlert } from "#src/components/backoffice.tsx";
import { CheckIcon } from "#src/components/icons.tsx";
import { ConfirmModal, Pager } from "#src/components/office.tsx";
import { PageHeader } from "#src/components/page-header.tsx";
import { QueryState } from "#src/components/query-state.tsx";
import { addressLine, formatDateTime, formatEnterprise } from "#src/lib/format.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: 0.3 }}>
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

/** One pending request: who asks, for what, with which producer number and groups. */
function RequestCard({
  request,
  onAccept,
  onRefuse,
}: {
  request: AccessRequest;
  onAccept: () => void;
  onRefuse: () => void;
}) {
  const { t, i18n } = useTranslation();
  const titleId = `request-${request.id}`;
  const claimed = request.producerNumberClaimedBy.length > 0;
  return (
    <Paper
      component="article"
      aria-labelledby={titleId}
      withBorder
      radius="md"
      p="lg"
      style={claimed ? { borderLeft: "4px solid var(--mantine-color-orange-6)" } : undefined}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <div>
            <Title order={2} size="h4" id={titleId}>
              {request.office.commercialName}
            </Title>
            <Text size="sm" c="dimmed">
              {t("backoffice.enterpriseNumber")} {formatEnterprise(request.office.enterpriseNumber)}
            </Text>
          </div>
          <Text size="sm" c="dimmed">
            {t("backoffice.requestedAt", { date: formatDateTime(request.requestedAt, i18n.language) })}
          </Text>
        </Group>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
            <Field label={t("backoffice.fields.address")}>
              <Text size="sm">{addressLine(request.office) || t("common.none")}</Text>
            </Field>
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
            <Field label={t("backoffice.fields.requester")}>
              <Text size="sm">{request.requester.name}</Text>
              <Text size="sm" c="dimmed">
                {request.requester.email}
              </Text>
            </Field>
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
            <Field label={t("backoffice.fields.product")}>
              <Text size="sm">{request.product.name}</Text>
              <Text size="xs" c="dimmed">
                {request.product.versionLabel}
              </Text>
            </Field>
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
            <Field label={t("backoffice.fields.producerNumber")}>
              <Text size="lg" fw={700} ff="monospace">
                {request.producerNumber}
              </Text>
            </Field>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Field label={t("backoffice.fields.groups")}>
              <GroupNames groups={request.groups} />
            </Field>
          </Grid.Col>
        </Grid>
        <ClaimedWarning request={request} />
        <Group justify="flex-end" gap="sm">
          <Button variant="light" color="red" onClick={onRefuse}>
            {t("backoffice.refuse")}
          </Button>
          <Button leftSection={<CheckIcon size={16} />} onClick={onAccept}>
            {t("backoffice.accept")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** "Aanvragen": the pending requests for this insurer's products, oldest first. */
export function BackofficeQueuePage() {
  const { t } = useTranslation();
  usePageTitle(t("backoffice.queue.title"));
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const requests = useQuery(backofficeRequestsQuery("pending", page));
  const [accepting, setAccepting] = useState<AccessRequest | null>(null);
  const [refusing, setRefusing] = useState<AccessRequest | null>(null);
  const [stale, setStale] = useState<ApiError | null>(null);

  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.backofficeRequests });

  const mutation = useMutation({
    mutationFn: ({ request, reason }: { request: AccessRequest; reason?: string }) =>
      decideRequest(
        request.id,
        reason === undefined ? { decision: "accept" } : { decision: "refuse", reason },
      ),
    onSuccess: async (_data, { request, reason }) => {
      setAccepting(null);
      setRefusing(null);
      setStale(null);
      notifications.show({
        color: reason === undefined ? "green" : "gray",
        message: t(reason === undefined ? "backoffice.accepted" : "backoffice.refused", {
          office: request.office.commercialName,
        }),
      });
      await refresh();
    },
    onError: async (error, { reason }) => {
      if (isStale(error) && isApiError(error)) {
        setAccepting(null);
        setRefusing(null);
        setStale(error);
        await refresh();
      } else if (reason === undefined) {
        // Accepting has no form: the failure comes as a message. A refusal shows it in its modal.
        notifications.show({
          color: "red",
          message:
            isApiError(error) && error.code !== "UNREACHABLE" ? error.message : t("errors.unreachableText"),
        });
      }
    },
  });

  return (
    <>
      <PageHeader title={t("backoffice.queue.title")} />
      <Text c="dimmed" mt={-8} mb="lg" maw={720}>
        {t("backoffice.queue.intro")}
      </Text>
      <Stack gap="md">
        <StaleAlert error={stale} onClose={() => setStale(null)} />
        <QueryState query={requests}>
          {(data) =>
            data.requests.length === 0 ? (
              <Paper withBorder radius="md">
                <EmptyState
                  py={48}
                  icon={<CheckIcon size={28} />}
                  variant="light"
                  title={t("backoffice.queue.emptyTitle")}
                  description={t("backoffice.queue.emptyText")}
                />
              </Paper>
            ) : (
              <Stack gap="md">
                {data.requests.map((request) => (
                  <RequestCard
                    key={request.id}
                    request={request}
                    onAccept={() => {
                      mutation.reset();
                      setAccepting(request);
                    }}
                    onRefuse={() => {
                      mutation.reset();
                      setRefusing(request);
                    }}
                  />
                ))}
                <Paper withBorder radius="md" style={{ overflow: "hidden" }}>
                  <Pager
                    page={data.page}
                    pageSize={backofficePageSize}
                    total={data.total}
                    onChange={setPage}
                  />
                </Paper>
              </Stack>
            )
          }
        </QueryState>
      </Stack>

      <ConfirmModal
        opened={accepting !== null}
        title={t("backoffice.acceptTitle")}
        confirmLabel={t("backoffice.accept")}
        color="brand"
        loading={mutation.isPending}
        onConfirm={() => accepting && mutation.mutate({ request: accepting })}
        onClose={() => setAccepting(null)}
      >
        {accepting &&
          t("backoffice.acceptText", {
            office: accepting.office.commercialName,
            product: accepting.product.name,
            number: accepting.producerNumber,
            groups: accepting.groups.map((group) => group.name).join(", "),
          })}
        {accepting && accepting.producerNumberClaimedBy.length > 0 && (
          <>
            {" "}
            <strong>
              {t("backoffice.claimedBy", { offices: accepting.producerNumberClaimedBy.join(", ") })}
            </strong>
          </>
        )}
      </ConfirmModal>
      <ReasonModal
        request={refusing}
        title={t("backoffice.refuseTitle")}
        text="backoffice.refuseText"
        confirmLabel={t("backoffice.refuse")}
        loading={mutation.isPending}
        error={mutation.error}
        onConfirm={(request, reason) => mutation.mutate({ request, reason })}
        onClose={() => setRefusing(null)}
      />
    </>
  );
}
