import { z } from "zod";
import { emailField, languageField } from "./fields.ts";

/** The help centre, the chat with its help bot, and platform support. */

const text = z
  .string({ error: "REQUIRED" })
  .trim()
  .min(1, { error: "REQUIRED" })
  .max(2000, { error: "TOO_LONG" });
/** The app path the broker is on (support sees it); never a full URL. */
const page = z
  .string({ error: "REQUIRED" })
  .max(300, { error: "TOO_LONG" })
  .regex(/^(\/[^\s]*)?$/, { error: "VALIDATION_FAILED" })
  .default("");

export const chatMessageSchema = z.strictObject({ text, page });
export const handoverSchema = z.strictObject({ page });
export const supportReplySchema = z.strictObject({ text });
export const presenceSchema = z.strictObject({ online: z.boolean({ error: "REQUIRED" }) });
export const supportSignInSchema = z.strictObject({
  email: emailField,
  password: z.string({ error: "REQUIRED" }).min(1, { error: "REQUIRED" }).max(128, { error: "TOO_LONG" }),
});
export const helpQuerySchema = z.strictObject({
  q: z.string().max(200, { error: "TOO_LONG" }).default(""),
  lang: languageField.optional(),
});
export const supportListQuerySchema = z.strictObject({
  status: z.enum(["open", "closed"], { error: "VALIDATION_FAILED" }).default("open"),
});

export type HelpArticleSummary = { slug: string; title: string; summary: string; screen: string };
export type HelpArticleHit = HelpArticleSummary & { excerpt: string };
export type HelpArticle = HelpArticleSummary & { language: "nl" | "fr" | "en"; body: string };

export type ChatAuthor = "user" | "bot" | "support";
export type ChatMessage = {
  id: number;
  author: ChatAuthor;
  /** Support's first name; null for the broker and the bot. */
  authorName: string | null;
  body: string;
  articles: { slug: string; title: string; excerpt: string }[] | null;
  createdAt: string;
};
export type ConversationStatus = "bot" | "waiting" | "answered" | "closed";

export type Conversation = {
  id: string;
  status: ConversationStatus;
  language: "nl" | "fr" | "en";
  page: string;
  createdAt: string;
  handedOverAt: string | null;
  messages: ChatMessage[];
  /** The last resort: sending the conversation to support by mail. */
  mail: {
    available: boolean;
    /** Why it is offered: nobody from support is online, or nobody answered in time. */
    reason: "offline" | "noReply" | null;
    /** When it will be offered if nobody answers before. */
    availableAt: string | null;
    mailedAt: string | null;
  };
};

/** `GET /api/chat/conversation`: the broker's open conversation, if any. */
export type CurrentConversation = { conversation: Conversation | null };

export type SupportConversationItem = {
  id: string;
  status: ConversationStatus;
  user: { name: string; email: string };
  office: { commercialName: string };
  language: "nl" | "fr" | "en";
  page: string;
  createdAt: string;
  updatedAt: string;
  handedOverAt: string | null;
  lastMessage: string;
};
export type SupportConversationList = { conversations: SupportConversationItem[]; online: boolean };
export type SupportConversation = SupportConversationItem & { messages: ChatMessage[] };
export type SupportMe = {
  user: { id: string; name: string; email: string; language: "nl" | "fr" | "en" };
  online: boolean;
};

/** Server-sent events: `message` (a new chat message) and `conversation` (a status change). */
export type ChatEvent =
  | { type: "message"; data: { conversationId: string; message: ChatMessage } }
  | { type: "conversation"; data: { conversationId: string; status: ConversationStatus } };
