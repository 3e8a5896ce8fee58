import type { SupportConversation } from "@courtier/contracts/chat";
import { Anchor, Button, Code, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "#src/api/api-error.ts";
import {
  closeSupportConversation,
  supportConversationQuery,
  supportKeys,
  supportReply,
} from "#src/api/chat.ts";
import { ChatBubble, maxMessageLength } from "#src/components/chat-messages.tsx";
import { ArrowLeftIcon, SendIcon } from "#src/components/icons.tsx";
import { QueryState } from "#src/components/query-state.tsx";
import { formatDateTime } from "#src/lib/format.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";
import classes from "./support.module.css";
import { ConversationStatusBadge, LanguageBadge } from "./support-parts.tsx";

const route = getRouteApi("/support/conversations/$conversationId");

function errorText(error: unknown, fallback: string): string | null {
  if (!error) return null;
  if (!isApiError(error) || error.code === "UNREACHABLE") return fallback;
  return error.fields.text?.message ?? error.message;
}

function ReplyBox({ conversation }: { conversation: SupportConversation }) {
  const { t } = useTranslation();
  const inputId = useId();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState("");
  const mutation = useMutation({
    mutationFn: (text: string) => supportReply(conversation.id, text),
    onSuccess: async (updated) => {
      setDraft("");
      queryClient.setQueryData(supportKeys.conversation(conversation.id), updated);
      await queryClient.invalidateQueries({ queryKey: supportKeys.conversations });
    },
  });
  const text = draft.trim();
  const submit = () => {
    if (text !== "" && text.length <= maxMessageLength && !mutation.isPending) mutation.mutate(text);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };
  const error = errorText(mutation.error, t("errors.unreachableText"));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap={4}>
        <Textarea
          id={inputId}
          label={t("support.conversation.reply")}
          description={t("support.conversation.replyHint", {
            language: t(`common.languages.${conversation.language}`),
          })}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={maxMessageLength}
          value={draft}
          onChange={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          error={error}
        />
        <Group justify="space-between" gap="sm">
          <Text size="xs" c={draft.length >= maxMessageLength ? "red.8" : "dimmed"}>
            {t("chat.counter", { length: draft.length, max: maxMessageLength })}
          </Text>
          <Button
            type="submit"
            leftSection={<SendIcon size={16} />}
            loading={mutation.isPending}
            disabled={text === ""}
          >
            {t("support.conversation.send")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Thread({ conversation }: { conversation: SupportConversation }) {
  const { t } = useTranslation();
  const thread = useRef<HTMLDivElement>(null);
  const count = conversation.messages.length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll down when a message arrives
  useEffect(() => {
    const box = thread.current;
    if (box) box.scrollTop = box.scrollHeight;
  }, [count]);
  return (
    <div
      ref={thread}
      className={classes.thread}
      role="log"
      aria-live="polite"
      aria-label={t("chat.messages")}
    >
      {conversation.messages.map((message) => (
        <ChatBubble key={message.id} message={message} reader="support" userName={conversation.user.name} />
      ))}
    </div>
  );
}

/** One conversation: who, from which office and page, the messages, and the reply. */
export function SupportConversationPage() {
  const { t, i18n } = useTranslation();
  const { conversationId } = route.useParams();
  const queryClient = useQueryClient();
  const conversation = useQuery(supportConversationQuery(conversationId));
  usePageTitle(conversation.data ? conversation.data.user.name : t("support.list.title"));
  const close = useMutation({
    mutationFn: () => closeSupportConversation(conversationId),
    onSuccess: async () => {
      notifications.show({ color: "gray", message: t("support.conversation.closedNotice") });
      await queryClient.invalidateQueries({ queryKey: supportKeys.conversations });
    },
    onError: (error) =>
      notifications.show({ color: "red", message: errorText(error, t("errors.unreachableText")) }),
  });

  return (
    <Stack gap="md" maw={960} mx="auto">
      <Anchor component={Link} to="/support" size="sm" style={{ alignSelf: "flex-start" }}>
        <Group gap={6} component="span">
          <ArrowLeftIcon size={14} />
          {t("support.conversation.back")}
        </Group>
      </Anchor>
      <QueryState query={conversation}>
        {(data) => (
          <Stack gap="md">
            <Paper withBorder radius="md" p="lg">
              <Group justify="space-between" align="flex-start" gap="md">
                <Stack gap={6} style={{ minWidth: 0 }}>
                  <Group gap="sm">
                    <Title order={1} size="h3">
                      {data.user.name}
                    </Title>
                    <ConversationStatusBadge status={data.status} />
                  </Group>
                  <Text size="sm" c="dimmed">
                    <Anchor href={`mailto:${data.user.email}`} size="sm">
                      {data.user.email}
                    </Anchor>
                    {" · "}
                    {data.office.commercialName}
                  </Text>
                  <Group gap="lg" mt={4}>
                    <Group gap={6}>
                      <Text size="xs" c="dimmed">
                        {t("support.fields.language")}
                      </Text>
                      <LanguageBadge language={data.language} />
                    </Group>
                    <Group gap={6}>
                      <Text size="xs" c="dimmed">
                        {t("support.fields.page")}
                      </Text>
                      <Code>{data.page || "—"}</Code>
                    </Group>
                    {data.handedOverAt && (
                      <Group gap={6}>
                        <Text size="xs" c="dimmed">
                          {t("support.fields.handedOverAt")}
                        </Text>
                        <Text size="xs">{formatDateTime(data.handedOverAt, i18n.language)}</Text>
                      </Group>
                    )}
                  </Group>
                </Stack>
                {data.status !== "closed" && (
                  <Button
                    variant="outline"
                    color="red"
                    onClick={() => close.mutate()}
                    loading={close.isPending}
                  >
                    {t("support.conversation.close")}
                  </Button>
                )}
              </Group>
            </Paper>
            <Paper withBorder radius="md" style={{ overflow: "hidden" }}>
              <Thread conversation={data} />
              <div
                style={{
                  padding: "var(--mantine-spacing-md)",
                  borderTop: "1px solid var(--mantine-color-gray-2)",
                }}
              >
                {data.status === "closed" ? (
                  <Text size="sm" c="dimmed">
                    {t("support.conversation.closed")}
                  </Text>
                ) : (
                  <ReplyBox conversation={data} />
                )}
              </div>
            </Paper>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
