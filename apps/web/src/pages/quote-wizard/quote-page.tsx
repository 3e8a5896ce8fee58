import { Button, Center, Loader, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError, isUnreachable } from "#src/api/api-error.ts";
import { quoteDetailQuery } from "#src/api/quote-wizard.ts";
import { ApiUnavailable } from "#src/components/api-unavailable.tsx";
import { FormAlert } from "#src/components/form-alert.tsx";
import { SearchIcon } from "#src/components/icons.tsx";
import { isMissing, isUuid } from "#src/components/office.tsx";
import { useMe } from "#src/lib/me-context.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";
import { clearLocalDraft } from "./local-draft.ts";
import { QuoteWizard } from "./quote-wizard.tsx";

const route = getRouteApi("/app/quotes/$quoteId");

/** Unknown, or another group's or office's quote: the API does not say which. */
function QuoteMissing() {
  const { t } = useTranslation();
  return (
    <Stack align="center" gap="sm" py={64} ta="center" role="alert">
      <Text c="brand.6" aria-hidden="true">
        <SearchIcon size={40} />
      </Text>
      <Title order={1} size="h3">
        {t("wizard.notFound.title")}
      </Title>
      <Text c="dimmed" maw={440}>
        {t("wizard.notFound.text")}
      </Text>
      <Button component={Link} to="/requests" variant="default" mt="xs">
        {t("wizard.notFound.back")}
      </Button>
    </Stack>
  );
}

/** `/quotes/$quoteId`: the tarification wizard of one quote. */
export function QuotePage() {
  const { t } = useTranslation();
  const me = useMe();
  const { quoteId } = route.useParams();
  const { step } = route.useSearch();
  const valid = isUuid(quoteId);
  const query = useQuery({ ...quoteDetailQuery(quoteId), enabled: valid });
  // A new generation throws away this page's input and starts from the server's version ("Herladen").
  const [generation, setGeneration] = useState(0);
  usePageTitle(query.data?.reference ?? t("wizard.title"));

  if (!valid) return <QuoteMissing />;
  if (query.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label={t("common.loading")} />
      </Center>
    );
  }
  if (query.isError) {
    if (isMissing(query.error)) return <QuoteMissing />;
    if (isUnreachable(query.error) || !isApiError(query.error))
      return <ApiUnavailable onRetry={() => void query.refetch()} retrying={query.isFetching} />;
    return <FormAlert error={query.error} />;
  }

  const reload = async () => {
    clearLocalDraft(me.user.id, quoteId);
    await query.refetch();
    setGeneration((g) => g + 1);
  };

  return (
    <QuoteWizard
      key={`${quoteId}:${generation}`}
      detail={query.data}
      initialStep={step}
      onReload={() => void reload()}
    />
  );
}
