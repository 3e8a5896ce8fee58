import { Anchor, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { platformQuery } from "#src/api/endpoints.ts";

/** On an installation without SMTP, mails land in the server's local mailbox page. */
export function LocalMailboxHint() {
  const { t } = useTranslation();
  const { data } = useQuery(platformQuery);
  if (!data?.localMailbox) return null;
  return (
    <Text size="xs">
      {t("common.localMailbox")}{" "}
      <Anchor href="/dev/mailbox" target="_blank" rel="noopener" inherit fw={600}>
        {t("common.openMailbox")}
      </Anchor>
    </Text>
  );
}
