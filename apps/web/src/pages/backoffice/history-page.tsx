import type { AccessRequest } from "@courtier/contracts/responses";
import { Button, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type ApiError, isApiError } from "#src/api/api-error.ts";
import {
  backofficePageSize,
  backofficeRequestsQuery,
  queryKeys,
  revokeIntegration,
} from "#src/api/endpoints.ts";
import { ClaimedWarning, GroupNames, isStale, ReasonModal, StaleAlert } from "#src/components/backoffice.tsx";
import { DataTable, EmptyRow } from "#src/components/data-table.tsx";
import { IntegrationStatusBadge } from "#src/components/integration-status.tsx";
import { Pager } from "#src/components/office.tsx";
import { PageHeader } from "#src/components/page-header.tsx";
import { QueryState } from "#src/components/query-state.tsx";
import { formatDateTime, formatEnterprise } from "#src/lib/format.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";

/** "Historiek": decided requests, newest decision first; accepted ones can be revoked, with a reason. */
export function BackofficeHistoryPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("backoffice.history.title"));
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const requests = useQuery(backofficeRequestsQuery("decided", page));
  const [revoking, setRevoking] = useState<AccessRequest | null>(null);
  const [stale, setStale] = useState<ApiError | null>(null);

  const mutation = useMutation({
    mutationFn: ({ request, reason }: { request: AccessRequest; reason: string }) =>
      revokeIntegration(request.id, reason),
    onSuccess: async (_data, { request }) => {
      setRevoking(null);
      setStale(null);
      notifications.show({
        color: "gray",
        message: t("backoffice.revoked", { office: request.office.commercialName }),
      });
      await queryClient.invalidateQueries({ queryKey: queryKeys.backofficeRequests });
    },
    onError: async (error) => {
      if (isStale(error) && isApiError(error)) {
        setRevoking(null);
        setStale(error);
        await queryClient.invalidateQueries({ queryKey: queryKeys.backofficeRequests });
      }
    },
  });

  return (
    <>
      <PageHeader title={t("backoffice.history.title")} />
      <Stack gap="md">
        <StaleAlert error={stale} onClose={() => setStale(null)} />
        <QueryState query={requests}>
          {(data) => (
            <DataTable
              caption={t("backoffice.history.title")}
              minWidth={1000}
              head={
                <>
                  <Table.Th scope="col">{t("backoffice.fields.office")}</Table.Th>
                  <Table.Th scope="col">{t("backoffice.fields.product")}</Table.Th>
                  <Table.Th scope="col">{t("backoffice.fields.groups")}</Table.Th>
                  <Table.Th scope="col">{t("backoffice.fields.status")}</Table.Th>
                  <Table.Th scope="col">{t("backoffice.fields.decidedAt")}</Table.Th>
                  <Table.Th scope="col">{t("backoffice.fields.decidedBy")}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t("office.actions")}</VisuallyHidden>
                  </Table.Th>
                </>
              }
              footer={
                <Pager page={data.page} pageSize={backofficePageSize} total={data.total} onChange={setPage} />
              }
            >
              {data.requests.length === 0 && <EmptyRow columns={7}>{t("backoffice.history.empty")}</EmptyRow>}
              {data.requests.map((request) => (
                <Table.Tr key={request.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {request.office.commercialName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatEnterprise(request.office.enterpriseNumber)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{request.product.name}</Text>
                    <Text size="xs" c="dimmed">
                      {t("integrations.producerNumberLabel")}{" "}
                      <Text span ff="monospace" fw={600} c="dark" inherit>
                        {request.producerNumber}
                      </Text>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <GroupNames groups={request.groups} />
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      <IntegrationStatusBadge status={request.status} />
                      {request.reason && (
                        <Text size="xs" c="dimmed" maw={280}>
                          {t("products.reason", { reason: request.reason })}
                        </Text>
                      )}
                      {request.status === "accepted" && <ClaimedWarning request={request} />}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                      {request.decidedAt
                        ? formatDateTime(request.decidedAt, i18n.language)
                        : t("common.none")}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{request.decidedBy ?? t("common.none")}</Text>
                  </Table.Td>
                  <Table.Td>
                    {request.status === "accepted" && (
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        onClick={() => {
                          mutation.reset();
                          setRevoking(request);
                        }}
                      >
                        {t("backoffice.revoke")}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          )}
        </QueryState>
      </Stack>
      <ReasonModal
        request={revoking}
        title={t("backoffice.revokeTitle")}
        text="backoffice.revokeText"
        confirmLabel={t("backoffice.revoke")}
        loading={mutation.isPending}
        error={mutation.error}
        onConfirm={(request, reason) => mutation.mutate({ request, reason })}
        onClose={() => setRevoking(null)}
      />
    </>
  );
}
