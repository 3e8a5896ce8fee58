import type { ConversationStatus } from "@courtier/contracts/chat";
import { Badge, type BadgeProps } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime, localeOf } from "#src/lib/format.ts";

const statusColors: Record<ConversationStatus, string> = {
  bot: "gray",
  waiting: "orange",
  answered: "blue",
  closed: "gray",
};

export function ConversationStatusBadge({ status, ...props }: { status: ConversationStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant={status === "waiting" ? "filled" : "light"} {...props}>
      {t(`support.statuses.${status}`)}
    </Badge>
  );
}

/** The broker's language: support answers in it. */
export function LanguageBadge({ language, ...props }: { language: "nl" | "fr" | "en" } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color="gray" radius="sm" title={t(`common.languages.${language}`)} {...props}>
      {language.toUpperCase()}
    </Badge>
  );
}

/** "now", re-read every half minute, so that "waiting for 5 min" keeps counting. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** "zonet", "5 minuten geleden", "2 uur geleden"; older than a day: the date and time. */
export function formatSince(iso: string, language: string, now: number, justNow: string): string {
  const at = new Date(iso).getTime();
  if (Number.isNaN(at)) return iso;
  const minutes = Math.floor((now - at) / 60_000);
  const relative = new Intl.RelativeTimeFormat(localeOf(language), { numeric: "auto" });
  if (minutes < 1) return justNow;
  if (minutes < 60) return relative.format(-minutes, "minute");
  if (minutes < 24 * 60) return relative.format(-Math.floor(minutes / 60), "hour");
  return formatDateTime(iso, language);
}
