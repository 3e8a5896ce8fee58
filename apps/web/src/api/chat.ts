import type {
  ChatMessage,
  Conversation,
  ConversationStatus,
  CurrentConversation,
  SupportConversation,
  SupportConversationList,
  SupportMe,
} from "@courtier/contracts/chat";
import type { Language } from "@courtier/contracts/errors";
import { type QueryClient, queryOptions } from "@tanstack/react-query";
import { isApiError } from "./api-error.ts";
import { api } from "./client.ts";

/** The broker's chat with the help bot and platform support, and support's console. */

export const chatKeys = {
  conversation: ["chat", "conversation"] as const,
};

export const supportKeys = {
  all: ["support"] as const,
  me: ["support", "me"] as const,
  conversations: ["support", "conversations"] as const,
  list: (status: "open" | "closed") => ["support", "conversations", "list", status] as const,
  conversation: (id: string) => ["support", "conversations", "one", id] as const,
};

/** The data of the server-sent events of `/api/chat/events` and `/api/support/events`. */
export type ChatMessageEvent = { conversationId: string; message: ChatMessage };
export type ConversationEvent = { conversationId: string; status: ConversationStatus };

/**
 * The broker's open conversation. The server forgets a closed one (`null`), but the broker still
 * reads the last answer: a closed conversation on screen stays until a new question replaces it.
 */
export const conversationQuery = queryOptions({
  queryKey: chatKeys.conversation,
  queryFn: async ({ client }): Promise<Conversation | null> => {
    const { conversation } = await api.get<CurrentConversation>("/api/chat/conversation");
    if (conversation) return conversation;
    const shown = client.getQueryData<Conversation | null>(chatKeys.conversation);
    return shown?.status === "closed" ? shown : null;
  },
  // Live updates come from the event stream; a refetch on focus would only repeat them.
  staleTime: Number.POSITIVE_INFINITY,
});

const withConversation = (response: CurrentConversation) => response.conversation;

export const sendChatMessage = (body: { text: string; page: string }) =>
  api.post<CurrentConversation>("/api/chat/messages", body).then(withConversation);
export const handOverToSupport = (page: string) =>
  api.post<CurrentConversation>("/api/chat/handover", { page }).then(withConversation);
export const markResolved = () => api.post<CurrentConversation>("/api/chat/resolved").then(withConversation);
export const mailToSupport = () => api.post<CurrentConversation>("/api/chat/mail").then(withConversation);

// ── Platform support ──

/** `null` when nobody, or nobody from support, is signed in. */
export const supportMeQuery = queryOptions({
  queryKey: supportKeys.me,
  queryFn: async (): Promise<SupportMe | null> => {
    try {
      return await api.get<SupportMe>("/api/support/me");
    } catch (error) {
      if (isApiError(error) && (error.status === 401 || error.status === 403)) return null;
      throw error;
    }
  },
  staleTime: 60_000,
  retry: false,
});

export const saveSupportLanguage = (language: Language) =>
  api.patch<SupportMe>("/api/support/me", { language });

/** A 401 or 403 here means the agent's session ended: the console then shows its sign-in page. */
async function supportGet<T>(client: QueryClient, path: string): Promise<T> {
  try {
    return await api.get<T>(path);
  } catch (error) {
    if (isApiError(error) && (error.status === 401 || error.status === 403))
      client.setQueryData(supportKeys.me, null);
    throw error;
  }
}

export const supportConversationsQuery = (status: "open" | "closed") =>
  queryOptions({
    queryKey: supportKeys.list(status),
    queryFn: ({ client }) =>
      supportGet<SupportConversationList>(client, `/api/support/conversations?status=${status}`),
  });

export const supportConversationQuery = (id: string) =>
  queryOptions({
    queryKey: supportKeys.conversation(id),
    queryFn: ({ client }) =>
      supportGet<SupportConversation>(client, `/api/support/conversations/${encodeURIComponent(id)}`),
  });

export const supportSignIn = (body: { email: string; password: string }) =>
  api.post<SupportMe>("/api/support/session", body);
export const setSupportPresence = (online: boolean) =>
  api.post<SupportMe>("/api/support/presence", { online });
const conversation = (id: string) => `/api/support/conversations/${encodeURIComponent(id)}`;
export const supportReply = (id: string, text: string) =>
  api.post<SupportConversation>(`${conversation(id)}/messages`, { text });
export const closeSupportConversation = (id: string) => api.post<undefined>(`${conversation(id)}/close`);
