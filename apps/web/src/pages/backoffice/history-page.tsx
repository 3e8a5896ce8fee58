import type { AccessRequest } from "@courtier/contracts/responses";
import { Alert, Button, Paper, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
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
import { ClaimedWarning, GroupNames, isStale, ReasonModal } from "#src/components/backoffice.tsx";
import { AlertIcon } from "#src/components/icons.tsx";
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
        {stale && (
          <Alert
            color="yellow"
            variant="light"
            icon={<AlertIcon />}
            role="alert"
            withCloseButton
            closeButtonLabel={t("products.dismiss")}
            onClose={() => setStale(null)}
          >
            {stale.message} {t("backoffice.refreshed")}
          </Alert>
        )}
        <QueryState query={requests}>
          {(data) => (
            <Paper withBorder radius="md" style={{ overflow: "hidden" }}>
              <Table.ScrollContainer minWidth={1000}>
                <Table verticalSpacing="sm" horizontalSpacing="md">
                  <VisuallyHidden component="caption">{t("backoffice.history.title")}</VisuallyHidden>
                  <Table.Thead bg="gray.0">
                    <Table.Tr>
                      <Table.Th scope="col">{t("backoffice.fields.office")}</Table.Th>
                      <Table.Th scope="col">{t("backoffice.fields.product")}</Table.Th>
                      <Table.Th scope="col">{t("backoffice.fields.groups")}</Table.Th>
                      <Table.Th scope="col">{t("backoffice.fields.status")}</Table.Th>
                      <Table.Th scope="col">{t("backoffice.fields.decidedAt")}</Table.Th>
                      <Table.Th scope="col">{t("backoffice.fields.decidedBy")}</Table.Th>
                      <Table.Th scope="col">
                        <VisuallyHidden>{t("office.actions")}</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.requests.length === 0 && (
                      <Table.Tr>
                        <Table.Td colSpan={7}>
                          <Text ta="center" c="dimmed" py="lg">
                            {t("backoffice.history.empty")}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    )}
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
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager page={data.page} pageSize={backofficePageSize} total={data.total} onChange={setPage} />
            </Paper>
          )}
        </QueryState>
      </Stack>
      <ReasonModal
        opened={revoking !== null}
        title={t("backoffice.revokeTitle")}
        intro={
          revoking
            ? t("backoffice.revokeText", {
                office: revoking.office.commercialName,
                product: revoking.product.name,
                number: revoking.producerNumber,
              })
            : ""
        }
        confirmLabel={t("backoffice.revoke")}
        loading={mutation.isPending}
        error={revoking ? mutation.error : null}
        onConfirm={(reason) => revoking && mutation.mutate({ request: revoking, reason })}
        onClose={() => setRevoking(null)}
      />
    </>
  );
}
