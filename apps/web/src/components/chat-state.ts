import { useSessionStorage } from "@mantine/hooks";

/**
 * The chat's state in the browser tab, per user (someone else signing in here starts afresh):
 * kept across page changes and reloads, and shared by every component that uses it (same-tab
 * storage events).
 */
function useChatSession<T>(name: string, userId: string, defaultValue: T) {
  return useSessionStorage<T>({
    key: `courtier.chat.${name}.${userId}`,
    defaultValue,
    getInitialValueInEffect: false,
  });
}

/** Whether the chat panel is open. */
export const useChatPanelOpen = (userId: string) => useChatSession("open", userId, false);

/** Support replies that arrived while the panel was closed. */
export const useChatUnread = (userId: string) => useChatSession("unread", userId, 0);

/** What the broker was typing. */
export const useChatDraft = (userId: string) => useChatSession("draft", userId, "");
