import type { ChatMessage } from "@courtier/contracts/chat";
import { Box, Paper, Stack, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { localeOf } from "#src/lib/format.ts";
import classes from "./chat-messages.module.css";

/** The longest message the API takes (`chatMessageSchema`). */
export const maxMessageLength = 2000;

/** Who wrote a message, as the reader sees it: their own messages sit on the right. */
export type ChatSide = "user" | "support";

function timeOf(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const today = new Date().toDateString() === date.toDateString();
  return new Intl.DateTimeFormat(
    localeOf(language),
    today ? { timeStyle: "short" } : { dateStyle: "short", timeStyle: "short" },
  ).format(date);
}

/** The help bot's suggestions: each article with its excerpt, to open in the help centre. */
function ArticleCards({ articles }: { articles: NonNullable<ChatMessage["articles"]> }) {
  const { t } = useTranslation();
  if (articles.length === 0) return null;
  return (
    <Stack
      gap={6}
      component="ul"
      p={0}
      m={0}
      mt={6}
      className={classes.articles}
      aria-label={t("chat.suggestions")}
    >
      {articles.map((article) => (
        <Paper key={article.slug} component="li" withBorder radius="md" p="xs" className={classes.article}>
          <Link to="/help/$slug" params={{ slug: article.slug }} className={classes.articleLink}>
            {article.title}
          </Link>
          <Text size="xs" c="dimmed" lineClamp={3} mt={2} lh={1.45}>
            … {article.excerpt} …
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}

/**
 * One message as a bubble. Its text is shown as text (React escapes it; newlines are kept), never
 * as HTML: what a broker or an agent types cannot run in the other's browser.
 */
export function ChatBubble({
  message,
  reader,
  userName,
  children,
  pending = false,
  withTime = !pending,
}: {
  message: Pick<ChatMessage, "author" | "authorName" | "body" | "articles" | "createdAt">;
  /** Whose screen this is: the broker's chat ("user") or support's console ("support"). */
  reader: ChatSide;
  /** The broker's name, on support's screen. */
  userName?: string;
  /** Under the bubble: the bot's buttons. */
  children?: ReactNode;
  pending?: boolean;
  withTime?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const mine = message.author === reader;
  const name =
    message.author === "bot"
      ? t("chat.botName")
      : message.author === "support"
        ? mine
          ? t("chat.you")
          : t("chat.supportName", { name: message.authorName ?? t("chat.supportTeam") })
        : mine
          ? t("chat.you")
          : (userName ?? t("chat.broker"));
  return (
    <Box
      className={classes.row}
      data-side={mine ? "mine" : "theirs"}
      data-author={message.author}
      data-pending={pending || undefined}
    >
      <Text size="xs" c="dimmed" className={classes.meta}>
        <Text span fw={600} inherit c={message.author === "support" && !mine ? "teal.8" : undefined}>
          {name}
        </Text>
        {withTime && ` · ${timeOf(message.createdAt, i18n.language)}`}
      </Text>
      <div className={classes.bubble}>{message.body}</div>
      {message.articles && <ArticleCards articles={message.articles} />}
      {children}
    </Box>
  );
}
