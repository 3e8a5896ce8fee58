import { Center, Loader } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isApiError, isUnreachable } from "#src/api/api-error.ts";
import { ApiUnavailable } from "./api-unavailable.tsx";
import { FormAlert } from "./form-alert.tsx";
import { isMissing, MissingState } from "./office.tsx";

/** Loading, failure, or the data: every server-backed section goes through here. */
export function QueryState<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label={t("common.loading")} />
      </Center>
    );
  }
  if (query.isError) {
    if (isUnreachable(query.error) || !isApiError(query.error)) {
      return <ApiUnavailable onRetry={() => void query.refetch()} retrying={query.isFetching} />;
    }
    // Someone else's or an unknown id: the shell's not-found state rather than a bare message.
    if (isMissing(query.error))
      return <MissingState forbidden={isApiError(query.error) && query.error.status === 403} />;
    return <FormAlert error={query.error} />;
  }
  return <>{children(query.data)}</>;
}
