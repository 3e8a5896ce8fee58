import type {
  ChatMessage,
  Conversation,
  SupportConversation,
  SupportConversationItem,
} from "@courtier/contracts/chat";
import type { Db } from "@courtier/db/client";
import { asPlatform, inOrder, withTenant } from "@courtier/db/tenancy";
import type { Config } from "#src/config.ts";
import type { Actor } from "#src/platform/actor.ts";
import { AppError } from "#src/platform/errors.ts";
import { hitRateLimit } from "#src/platform/rate-limit.repository.ts";
import type { Realtime } from "#src/platform/realtime.ts";
import { findUserById } from "../auth/user.repository.ts";
import { searchArticles } from "../help/help.repository.ts";
import { renderMail } from "../mail/mail-templates.ts";
import { enqueueMail } from "../mail/outbox.repository.ts";
import { botTexts } from "./bot.ts";
import {
  type ConversationRow,
  findOfficeName,
  findOpenConversation,
  findSupportConversation,
  insertConversation,
  insertMessage,
  listMessages,
  listSupportConversations,
  type MessageRow,
  supportOnline,
  updateConversation,
} from "./chat.repository.ts";

/**
 * The chat: the help bot answers with articles; "talk to a person" hands the conversation to
 * platform support, whose replies arrive live; mail to support is the last resort when nobody
 * answers in time or support is offline.
 */

export type ChatContext = { db: Db; realtime: Realtime; config: Config };
/** A signed-in support agent; `online` as read when the request was authorized. */
export type SupportAgentActor = { userId: string; ip: string; online: boolean };

const toMessage = (m: MessageRow): ChatMessage => ({
  id: m.id,
  author: m.author,
  authorName: m.author === "support" ? m.authorName : null,
  body: m.body,
  articles: m.articles ?? null,
  createdAt: m.createdAt.toISOString(),
});

/** When the mail to support is offered: support offline, or no reply within the waiting time. */
function mailOffer(
  row: ConversationRow,
  online: boolean,
  replyMinutes: number,
  now = Date.now(),
): Conversation["mail"] {
  const mailedAt = row.mailedAt?.toISOString() ?? null;
  if (mailedAt || !row.handedOverAt || row.status === "closed" || row.status === "bot")
    return { available: false, reason: null, availableAt: null, mailedAt };
  const answered = row.lastSupportReplyAt !== null && row.lastSupportReplyAt >= row.handedOverAt;
  if (answered) return { available: false, reason: null, availableAt: null, mailedAt };
  if (!online)
    return { available: true, reason: "offline", availableAt: row.handedOverAt.toISOString(), mailedAt };
  const at = row.handedOverAt.getTime() + replyMinutes * 60_000;
  return {
    available: now >= at,
    reason: now >= at ? "noReply" : null,
    availableAt: new Date(at).toISOString(),
    mailedAt,
  };
}

async function present(db: Db, row: ConversationRow, replyMinutes: number): Promise<Conversation> {
  const [messages, online] = await inOrder([() => listMessages(db, row.id), () => supportOnline(db)]);
  return {
    id: row.id,
    status: row.status,
    language: row.language,
    page: row.page,
    createdAt: row.createdAt.toISOString(),
    handedOverAt: row.handedOverAt?.toISOString() ?? null,
    messages: messages.map(toMessage),
    mail: mailOffer(row, online, replyMinutes),
  };
}

/** Every change reaches the broker's streams, and support's once a person is involved. */
async function announce(
  ctx: ChatContext,
  tx: Db,
  row: ConversationRow,
  change: { message?: MessageRow; status?: boolean },
) {
  const topics = [`user:${row.userId}`, ...(row.status === "bot" ? [] : ["support"])];
  if (change.message) {
    await ctx.realtime.publish(tx, {
      topics,
      type: "message",
      data: { conversationId: row.id, message: toMessage(change.message) },
    });
  }
  if (change.status) {
    await ctx.realtime.publish(tx, {
      topics,
      type: "conversation",
      data: { conversationId: row.id, status: row.status },
    });
  }
}

export function currentConversation(ctx: ChatContext, actor: Actor): Promise<Conversation | null> {
  return withTenant(ctx.db, actor.accountId, async (tx) => {
    const row = await findOpenConversation(tx, actor.accountId, actor.userId);
    return row ? present(tx, row, ctx.config.support.replyMinutes) : null;
  });
}

/** A question or a message from the broker; the bot answers while no person is involved. */
export async function postMessage(ctx: ChatContext, actor: Actor, input: { text: string; page: string }) {
  const rule = ctx.config.rateLimits.chatMessagesPerUser;
  if ((await hitRateLimit(ctx.db, `chat:${actor.userId}`, rule)) > rule.max)
    throw new AppError("RATE_LIMITED", 429);
  return withTenant(ctx.db, actor.accountId, async (tx) => {
    let row =
      (await findOpenConversation(tx, actor.accountId, actor.userId)) ??
      (await insertConversation(tx, {
        accountId: actor.accountId,
        userId: actor.userId,
        language: actor.language,
        page: input.page,
      }));
    const mine = await insertMessage(tx, {
      accountId: row.accountId,
      conversationId: row.id,
      author: "user",
      authorUserId: actor.userId,
      body: input.text,
    });
    row = await updateConversation(tx, row, input.page ? { page: input.page } : {});
    await announce(ctx, tx, row, { message: mine });
    if (row.status === "bot") {
      const hits = await searchArticles(tx, row.language, input.text, 3);
      const reply = await insertMessage(tx, {
        accountId: row.accountId,
        conversationId: row.id,
        author: "bot",
        body: (hits.length > 0 ? botTexts.found : botTexts.notFound)[row.language],
        articles: hits.map((h) => ({ slug: h.slug, title: h.title, excerpt: h.excerpt })),
      });
      await announce(ctx, tx, row, { message: reply });
    }
    return present(tx, row, ctx.config.support.replyMinutes);
  });
}

async function openConversationOf(tx: Db, actor: Actor): Promise<ConversationRow> {
  const row = await findOpenConversation(tx, actor.accountId, actor.userId);
  if (!row) throw new AppError("NO_CONVERSATION", 404);
  return row;
}

/** "Nee" / "Met een persoon praten": support takes over, with the page the broker was on. */
export function handOver(ctx: ChatContext, actor: Actor, page: string) {
  return withTenant(ctx.db, actor.accountId, async (tx) => {
    let row = await openConversationOf(tx, actor);
    if (row.status === "bot") {
      row = await updateConversation(tx, row, {
        status: "waiting",
        handedOverAt: new Date(),
        page: page || row.page,
      });
      const note = await insertMessage(tx, {
        accountId: row.accountId,
        conversationId: row.id,
        author: "bot",
        body: botTexts.handedOver[row.language],
      });
      await announce(ctx, tx, row, { message: note, status: true });
    }
    return present(tx, row, ctx.config.support.replyMinutes);
  });
}

/** "Ja, opgelost": the broker closes the conversation. */
export function resolveConversation(ctx: ChatContext, actor: Actor) {
  return withTenant(ctx.db, actor.accountId, async (tx) => {
    let row = await openConversationOf(tx, actor);
    const note = await insertMessage(tx, {
      accountId: row.accountId,
      conversationId: row.id,
      author: "bot",
      body: botTexts.resolved[row.language],
    });
    row = await updateConversation(tx, row, { status: "closed" });
    await announce(ctx, tx, row, { message: note, status: true });
    return present(tx, row, ctx.config.support.replyMinutes);
  });
}

const transcriptOf = (messages: MessageRow[], userName: string, language: "nl" | "fr" | "en") => {
  const names = { bot: { nl: "Helpbot", fr: "Assistant", en: "Help bot" }[language], support: "Support" };
  const time = new Intl.DateTimeFormat(language === "en" ? "en-GB" : `${language}-BE`, {
    dateStyle: "short",
    timeStyle: "short",
    timeZone: "Europe/Brussels",
  });
  return messages.map((m) => {
    const who =
      m.author === "user" ? userName : m.author === "bot" ? names.bot : (m.authorName ?? names.support);
    const links = (m.articles ?? []).map((a) => ` [${a.title}]`).join("");
    return `${time.format(m.createdAt)} ${who}: ${m.body}${links}`;
  });
};

/** The last resort: the conversation goes by mail to the support address, with a copy to the broker. */
export function mailToSupport(ctx: ChatContext, actor: Actor) {
  return withTenant(ctx.db, actor.accountId, async (tx) => {
    let row = await openConversationOf(tx, actor);
    if (row.mailedAt) throw new AppError("ALREADY_MAILED", 409);
    const offer = mailOffer(row, await supportOnline(tx), ctx.config.support.replyMinutes);
    if (!offer.available) throw new AppError("MAIL_NOT_YET", 409);
    const [me, officeName, messages] = await inOrder([
      () => findUserById(tx, actor.userId),
      () => findOfficeName(tx, actor.accountId),
      () => listMessages(tx, row.id),
    ]);
    const common = {
      kind: "chat-transcript" as const,
      firstName: me!.firstName,
      userName: me!.name,
      userEmail: me!.email,
      officeName,
      page: row.page,
      transcript: transcriptOf(messages, me!.name, row.language),
    };
    await enqueueMail(tx, {
      ...renderMail({ ...common, audience: "support" }, row.language),
      to: ctx.config.support.email,
    });
    await enqueueMail(tx, { ...renderMail({ ...common, audience: "copy" }, me!.language), to: me!.email });
    row = await updateConversation(tx, row, { mailedAt: new Date() });
    const note = await insertMessage(tx, {
      accountId: row.accountId,
      conversationId: row.id,
      author: "bot",
      body: botTexts.mailed[row.language],
    });
    await announce(ctx, tx, row, { message: note, status: true });
    return present(tx, row, ctx.config.support.replyMinutes);
  });
}

// ── Platform support ──

type SupportRow = NonNullable<Awaited<ReturnType<typeof findSupportConversation>>>;
const supportItem = (r: SupportRow): SupportConversationItem => ({
  id: r.conversation.id,
  status: r.conversation.status,
  user: { name: r.userName, email: r.userEmail },
  office: { commercialName: r.officeName },
  language: r.conversation.language,
  page: r.conversation.page,
  createdAt: r.conversation.createdAt.toISOString(),
  updatedAt: r.conversation.updatedAt.toISOString(),
  handedOverAt: r.conversation.handedOverAt?.toISOString() ?? null,
  lastMessage: r.lastMessage.slice(0, 200),
});

/** Support works across offices (platform scope) on conversations handed to a person only. */
export function supportQueue(ctx: ChatContext, open: boolean) {
  return asPlatform(ctx.db, async (tx) => ({
    conversations: (await listSupportConversations(tx, open)).map(supportItem),
    online: await supportOnline(tx),
  }));
}

export function supportConversation(ctx: ChatContext, id: string): Promise<SupportConversation> {
  return asPlatform(ctx.db, async (tx) => {
    const row = await findSupportConversation(tx, id);
    if (!row) throw AppError.notFound();
    return { ...supportItem(row), messages: (await listMessages(tx, id)).map(toMessage) };
  });
}

export function supportReply(ctx: ChatContext, agent: SupportAgentActor, id: string, text: string) {
  return asPlatform(ctx.db, async (tx) => {
    const found = await findSupportConversation(tx, id);
    if (!found) throw AppError.notFound();
    if (found.conversation.status === "closed") throw new AppError("CONVERSATION_CLOSED", 409);
    const row = await updateConversation(tx, found.conversation, {
      status: "answered",
      lastSupportReplyAt: new Date(),
    });
    const message = await insertMessage(tx, {
      accountId: row.accountId,
      conversationId: row.id,
      author: "support",
      authorUserId: agent.userId,
      body: text,
    });
    await announce(ctx, tx, row, { message, status: found.conversation.status !== "answered" });
    return {
      ...supportItem({ ...found, conversation: row }),
      messages: (await listMessages(tx, id)).map(toMessage),
    };
  });
}

export function supportClose(ctx: ChatContext, id: string) {
  return asPlatform(ctx.db, async (tx) => {
    const found = await findSupportConversation(tx, id);
    if (!found) throw AppError.notFound();
    if (found.conversation.status === "closed") return;
    const row = await updateConversation(tx, found.conversation, { status: "closed" });
    const note = await insertMessage(tx, {
      accountId: row.accountId,
      conversationId: row.id,
      author: "bot",
      body: botTexts.closedBySupport[row.language],
    });
    await announce(ctx, tx, row, { message: note, status: true });
  });
}
