import { QUOTE_STATUS_LABELS, type QuoteStatus } from "@courtier/contracts/quotes";
import { Badge, type BadgeProps } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isLanguage } from "#src/i18n.ts";

export const quoteStatusColors: Record<QuoteStatus, string> = {
  active: "blue",
  offer: "teal",
  submitted: "orange",
  accepted: "green",
  refused: "red",
  expired: "gray",
  archived: "dark",
};

/** The status label of the manual ("Actief", "Offerte", …) in the UI language. */
export function useQuoteStatusLabel(): (status: QuoteStatus) => string {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : "nl";
  return (status) => QUOTE_STATUS_LABELS[status][language];
}

export function QuoteStatusBadge({ status, ...props }: { status: QuoteStatus } & Omit<BadgeProps, "color">) {
  const label = useQuoteStatusLabel();
  return (
    <Badge color={quoteStatusColors[status]} variant="light" {...props}>
      {label(status)}
    </Badge>
  );
}
