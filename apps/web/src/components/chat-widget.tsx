import type { Conversation } from "@courtier/contracts/chat";
import {
  ActionIcon,
  Affix,
  Anchor,
  Button,
  Group,
  Indicator,
  Loader,
  Paper,
  Portal,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useRouterState } from "@tanstack/react-router";
import { type KeyboardEvent, useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "#src/api/api-error.ts";
import {
  type ChatMessageEvent,
  type ConversationEvent,
  chatKeys,
  conversationQuery,
  handOverToSupport,
  mailToSupport,
  markResolved,
  sendChatMessage,
} from "#src/api/chat.ts";
import { formatDateTime } from "#src/lib/format.ts";
import { useMe } from "#src/lib/me-context.ts";
import { useEventSource } from "#src/lib/use-event-source.ts";
import { ChatBubble, maxMessageLength } from "./chat-messages.tsx";
import { useChatDraft, useChatPanelOpen, useChatUnread } from "./chat-state.ts";
import classes from "./chat-widget.module.css";
import { ChatIcon, CloseIcon, MailIcon, SendIcon } from "./icons.tsx";

/** The page the broker is on, as support will see it (an app path, never a full address). */
function usePagePath(): string {
  return useRouterState({ select: (state) => state.location.pathname }).slice(0, 300);
}

function errorText(error: unknown, fallback: string): string | null {
  if (!error) return null;
  if (!isApiError(error) || error.code === "UNREACHABLE") return fallback;
  return error.fields.text?.message ?? error.message;
}

/**
 * Live updates of the broker's conversations, for as long as the broker is signed in (not only
 * while the panel is open), so that a support reply arriving meanwhile lights up the button.
 */
function useChatEvents(onSupportReply: () => void) {
  const queryClient = useQueryClient();
  const refetch = () => void queryClient.invalidateQueries({ queryKey: chatKeys.conversation });
  useEventSource("/api/chat/events", {
    message: (data) => {
      const { conversationId, message } = data as ChatMessageEvent;
      let known = false;
      queryClient.setQueryData<Conversation | null>(chatKeys.conversation, (current) => {
        if (!current || current.id !== conversationId) return current;
        known = true;
        if (current.messages.some((m) => m.id === message.id)) return current;
        return {
          ...current,
          status: message.author === "support" ? "answered" : current.status,
          messages: [...current.messages, message],
        };
      });
      if (message.author === "support") onSupportReply();
      // Another tab started it, or support answered (the mail offer goes away): read it again.
      if (!known || message.author === "support") refetch();
    },
    conversation: (data) => {
      const { conversationId, status } = data as ConversationEvent;
      queryClient.setQueryData<Conversation | null>(chatKeys.conversation, (current) =>
        current && current.id === conversationId ? { ...current, status } : current,
      );
      refetch();
    },
    reconnected: refetch,
  });
}

/** When nobody answers in time, the mail offer appears by itself: read the conversation again then. */
function useMailOfferTimer(conversation: Conversation | null | undefined) {
  const queryClient = useQueryClient();
  const availableAt =
    conversation && !conversation.mail.available && !conversation.mail.mailedAt
      ? conversation.mail.availableAt
      : null;
  useEffect(() => {
    if (!availableAt) return;
    const wait = Math.max(0, new Date(availableAt).getTime() - Date.now()) + 1_000;
    if (!Number.isFinite(wait) || wait > 2 ** 31 - 1) return;
    const timer = setTimeout(
      () => void queryClient.invalidateQueries({ queryKey: chatKeys.conversation }),
      wait,
    );
    return () => clearTimeout(timer);
  }, [availableAt, queryClient]);
}

function MailOffer({ conversation }: { conversation: Conversation }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: mailToSupport,
    onSuccess: (updated) => queryClient.setQueryData(chatKeys.conversation, updated),
    // Already mailed, or support answered meanwhile: show what the server knows now.
    onError: () => void queryClient.invalidateQueries({ queryKey: chatKeys.conversation }),
  });
  const { mail } = conversation;
  if (mail.mailedAt) {
    return (
      <Paper radius="md" p="sm" className={classes.notice} data-tone="done" role="status">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <MailIcon size={18} style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm">
            {t("chat.mail.sent", {
              time: formatDateTime(mail.mailedAt, i18n.language),
              email: me.user.email,
            })}
          </Text>
        </Group>
      </Paper>
    );
  }
  if (!mail.available || conversation.status === "closed") return null;
  return (
    <Paper radius="md" p="sm" className={classes.notice} data-tone="offer">
      <Stack gap="xs">
        <Text size="sm">
          {mail.reason === "offline" ? t("chat.mail.offline") : t("chat.mail.noReply")} {t("chat.mail.offer")}
        </Text>
        <Button
          size="xs"
          leftSection={<MailIcon size={14} />}
          onClick={() => mutation.mutate()}
          loading={mutation.isPending}
          style={{ alignSelf: "flex-start" }}
        >
          {t("chat.mail.send")}
        </Button>
        {mutation.error && (
          <Text size="xs" c="red.8" role="alert">
            {errorText(mutation.error, t("errors.unreachableText"))}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function StatusLine({ conversation }: { conversation: Conversation | null }) {
  const { t } = useTranslation();
  let text: string;
  if (conversation?.mail.mailedAt && conversation.status !== "closed") text = t("chat.status.mailed");
  else if (conversation?.status === "waiting") text = t("chat.status.waiting");
  else if (conversation?.status === "answered") {
    const agent = conversation.messages.findLast((m) => m.author === "support")?.authorName;
    text = agent ? t("chat.status.answeredBy", { name: agent }) : t("chat.status.answered");
  } else if (conversation?.status === "closed") text = t("chat.status.closed");
  else text = t("chat.status.bot");
  return (
    <Text size="xs" c="white" opacity={0.85} data-testid="chat-status">
      {text}
    </Text>
  );
}

function ChatPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const inputId = useId();
  const queryClient = useQueryClient();
  const page = usePagePath();
  const conversation = useQuery(conversationQuery);
  const current = conversation.data ?? null;
  const me = useMe();
  const [draft, setDraft] = useChatDraft(me.user.id);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);

  const setConversation = (updated: Conversation | null) =>
    queryClient.setQueryData(chatKeys.conversation, updated);
  const send = useMutation({
    mutationFn: sendChatMessage,
    // The message moves from the field to the conversation at once; refused, it comes back.
    onMutate: () => setDraft(""),
    onSuccess: setConversation,
    onError: (_error, { text }) => setDraft((typed) => (typed === "" ? text : typed)),
  });
  const handOver = useMutation({ mutationFn: () => handOverToSupport(page), onSuccess: setConversation });
  const resolve = useMutation({ mutationFn: markResolved, onSuccess: setConversation });
  const busy = handOver.isPending || resolve.isPending;
  const actionError = handOver.error ?? resolve.error;

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  const messageCount = current?.messages.length ?? 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll down when a message arrives or is being sent
  useEffect(() => {
    const body = bodyRef.current;
    if (body) body.scrollTop = body.scrollHeight;
  }, [messageCount, send.isPending, current?.mail.available, current?.mail.mailedAt]);

  const text = draft.trim();
  const submit = () => {
    if (text === "" || text.length > maxMessageLength || send.isPending) return;
    send.mutate({ text, page });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  const messages = current?.messages ?? [];
  const lastAnswer = current?.status === "bot" ? messages.at(-1) : undefined;
  const botAsks = lastAnswer?.author === "bot" && lastAnswer.articles !== null ? lastAnswer : undefined;
  const sendError = errorText(send.error, t("errors.unreachableText"));

  return (
    <Portal>
      <Paper
        component="section"
        id="chat-panel"
        aria-labelledby={titleId}
        className={classes.panel}
        shadow="xl"
        radius="lg"
        onKeyDown={(event) => {
          if (event.key === "Escape") onClose();
        }}
      >
        <header className={classes.header}>
          <div style={{ minWidth: 0 }}>
            <Title order={2} size="h5" id={titleId} c="white">
              {t("chat.title")}
            </Title>
            <StatusLine conversation={current} />
          </div>
          <ActionIcon variant="subtle" color="white" size="lg" onClick={onClose} aria-label={t("chat.close")}>
            <CloseIcon size={20} />
          </ActionIcon>
        </header>

        <div className={classes.body} ref={bodyRef}>
          <Stack gap="md" role="log" aria-live="polite" aria-label={t("chat.messages")} p="md">
            {conversation.isPending && (
              <Group justify="center" py="md">
                <Loader size="sm" aria-label={t("common.loading")} />
              </Group>
            )}
            {conversation.isError && (
              <Text size="sm" c="red.8" role="alert">
                {t("chat.loadFailed")}{" "}
                <Anchor component="button" size="sm" onClick={() => void conversation.refetch()}>
                  {t("chat.retry")}
                </Anchor>
              </Text>
            )}
            {!conversation.isPending && (
              <ChatBubble
                reader="user"
                withTime={false}
                message={{
                  author: "bot",
                  authorName: null,
                  body: t("chat.welcome"),
                  articles: null,
                  createdAt: "",
                }}
              >
                <Anchor component={Link} to="/help" size="xs" mt={4} ml={4}>
                  {t("chat.browseHelp")}
                </Anchor>
              </ChatBubble>
            )}
            {messages.map((message) => (
              <ChatBubble key={message.id} reader="user" message={message}>
                {message === botAsks && (
                  <Stack gap={6} mt={8} w="100%">
                    {message.articles && message.articles.length > 0 && (
                      <Button
                        size="xs"
                        variant="light"
                        color="green"
                        fullWidth
                        onClick={() => resolve.mutate()}
                        loading={resolve.isPending}
                        disabled={busy}
                      >
                        {t("chat.yesSolved")}
                      </Button>
                    )}
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => handOver.mutate()}
                      loading={handOver.isPending}
                      disabled={busy}
                      fullWidth
                    >
                      {message.articles && message.articles.length > 0
                        ? t("chat.noPerson")
                        : t("chat.yesPerson")}
                    </Button>
                  </Stack>
                )}
              </ChatBubble>
            ))}
            {send.isPending && (
              <ChatBubble
                reader="user"
                pending
                message={{
                  author: "user",
                  authorName: null,
                  body: send.variables.text,
                  articles: null,
                  createdAt: new Date().toISOString(),
                }}
              />
            )}
            {current && <MailOffer conversation={current} />}
            {actionError && (
              <Text size="xs" c="red.8" role="alert">
                {errorText(actionError, t("errors.unreachableText"))}
              </Text>
            )}
          </Stack>
        </div>

        <footer className={classes.footer}>
          {current?.status === "bot" && (
            <Anchor
              component="button"
              type="button"
              size="xs"
              onClick={() => handOver.mutate()}
              disabled={busy}
              className={classes.person}
            >
              {t("chat.talkToPerson")}
            </Anchor>
          )}
          {current?.status === "closed" && (
            <Anchor
              component="button"
              type="button"
              size="xs"
              onClick={() => setConversation(null)}
              className={classes.person}
            >
              {t("chat.newQuestion")}
            </Anchor>
          )}
          <form
            onSubmit={(event) => {
              event.preventDefault();
              submit();
            }}
          >
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <Textarea
                ref={inputRef}
                id={inputId}
                aria-label={t("chat.inputLabel")}
                aria-describedby={`${inputId}-counter${sendError ? ` ${inputId}-error` : ""}`}
                placeholder={
                  current && current.status !== "bot" && current.status !== "closed"
                    ? t("chat.placeholderSupport")
                    : t("chat.placeholder")
                }
                autosize
                minRows={1}
                maxRows={6}
                maxLength={maxMessageLength}
                value={draft}
                onChange={(event) => setDraft(event.currentTarget.value)}
                onKeyDown={onKeyDown}
                style={{ flex: 1 }}
                error={Boolean(sendError)}
              />
              <ActionIcon
                type="submit"
                size={36}
                radius="md"
                aria-label={t("chat.send")}
                loading={send.isPending}
                disabled={text === ""}
              >
                <SendIcon size={18} />
              </ActionIcon>
            </Group>
          </form>
          <Group justify="space-between" gap="xs" mt={4} wrap="nowrap" align="flex-start">
            <Text size="xs" c="red.8" id={`${inputId}-error`} role={sendError ? "alert" : undefined}>
              {sendError}
            </Text>
            <Text
              size="xs"
              c={draft.length >= maxMessageLength ? "red.8" : "dimmed"}
              id={`${inputId}-counter`}
              style={{ whiteSpace: "nowrap" }}
            >
              {t("chat.counter", { length: draft.length, max: maxMessageLength })}
            </Text>
          </Group>
        </footer>
      </Paper>
    </Portal>
  );
}

/**
 * The chat on every page of the broker portal: a button bottom right, and the panel it opens. The
 * panel stays open, and the conversation with it, across page changes and reloads.
 */
export function ChatWidget() {
  const { t } = useTranslation();
  const { id: userId } = useMe().user;
  const [open, setOpen] = useChatPanelOpen(userId);
  const [unread, setUnread] = useChatUnread(userId);
  const openRef = useRef(open);
  openRef.current = open;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    // The panel goes away: the focus goes back to the button that opened it.
    buttonRef.current?.focus();
  };
  useChatEvents(() => {
    if (!openRef.current) setUnread((count) => count + 1);
  });
  const conversation = useQuery(conversationQuery);
  useMailOfferTimer(conversation.data);
  // Waiting for support: now and then, in case support went offline (the mail is then offered).
  const waiting = conversation.data?.status === "waiting" && !conversation.data.mail.available;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => void conversation.refetch(), 60_000);
    return () => clearInterval(timer);
  }, [waiting, conversation.refetch]);

  useEffect(() => {
    if (open && unread > 0) setUnread(0);
  }, [open, unread, setUnread]);

  const buttonLabel = open
    ? t("chat.close")
    : unread > 0
      ? t("chat.openUnread", { count: unread })
      : t("chat.open");

  return (
    <>
      {open && <ChatPanel onClose={close} />}
      <Affix
        position={{ bottom: 20, right: 20 }}
        zIndex={290}
        className={classes.affix}
        data-open={open || undefined}
      >
        <Indicator label={unread} size={20} color="red" offset={6} disabled={unread === 0 || open} withBorder>
          <ActionIcon
            ref={buttonRef}
            size={56}
            radius="xl"
            variant="filled"
            className={classes.button}
            aria-label={buttonLabel}
            aria-expanded={open}
            aria-controls={open ? "chat-panel" : undefined}
            onClick={() => setOpen(!open)}
          >
            {open ? <CloseIcon size={24} /> : <ChatIcon size={26} />}
          </ActionIcon>
        </Indicator>
      </Affix>
    </>
  );
}
