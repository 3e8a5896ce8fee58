import type { IntegrationStatus } from "@courtier/contracts/integrations";
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

export const integrationStatusColors: Record<IntegrationStatus, string> = {
  pending: "yellow",
  accepted: "green",
  refused: "red",
  revoked: "gray",
};

/** Aangevraagd / Aanvaard / Geweigerd / Ingetrokken, on the broker's and the insurer's side alike. */
export function IntegrationStatusBadge({ status }: { status: IntegrationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={integrationStatusColors[status]} variant="light">
      {t(`integrations.statuses.${status}`)}
    </Badge>
  );
}
