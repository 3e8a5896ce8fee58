import type { Db } from "@courtier/db/client";
import { account, chatMessage, conversation, supportAgent, user } from "@courtier/db/schema";
import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";

/** Database access for the chat. Broker calls run in `withTenant`, support's in `asPlatform`. */

export type ConversationRow = typeof conversation.$inferSelect;
export type MessageRow = typeof chatMessage.$inferSelect & { authorName: string | null };

export async function findOpenConversation(db: Db, accountId: string, userId: string) {
  const rows = await db
    .select()
    .from(conversation)
    .where(
      and(
        eq(conversation.accountId, accountId),
        eq(conversation.userId, userId),
        ne(conversation.status, "closed"),
      ),
    )
    .orderBy(desc(conversation.updatedAt))
    .limit(1);
  return rows[0] ?? null;
}

export async function findConversation(db: Db, id: string) {
  const rows = await db.select().from(conversation).where(eq(conversation.id, id));
  return rows[0] ?? null;
}

export async function insertConversation(db: Db, values: typeof conversation.$inferInsert) {
  const [row] = await db.insert(conversation).values(values).returning();
  return row!;
}

export async function updateConversation(
  db: Db,
  row: ConversationRow,
  values: Partial<typeof conversation.$inferInsert>,
): Promise<ConversationRow> {
  const [updated] = await db
    .update(conversation)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(conversation.accountId, row.accountId), eq(conversation.id, row.id)))
    .returning();
  return updated!;
}

export async function insertMessage(db: Db, values: typeof chatMessage.$inferInsert): Promise<MessageRow> {
  const [row] = await db.insert(chatMessage).values(values).returning();
  const authorName = values.authorUserId
    ? ((await db.select({ n: user.firstName }).from(user).where(eq(user.id, values.authorUserId)))[0]?.n ??
      null)
    : null;
  return { ...row!, authorName };
}

export function listMessages(db: Db, conversationId: string): Promise<MessageRow[]> {
  return db
    .select({
      accountId: chatMessage.accountId,
      id: chatMessage.id,
      conversationId: chatMessage.conversationId,
      author: chatMessage.author,
      authorUserId: chatMessage.authorUserId,
      body: chatMessage.body,
      articles: chatMessage.articles,
      createdAt: chatMessage.createdAt,
      authorName: sql<string | null>`case when ${chatMessage.author} = 'support' then ${user.firstName} end`,
    })
    .from(chatMessage)
    .leftJoin(user, eq(user.id, chatMessage.authorUserId))
    .where(eq(chatMessage.conversationId, conversationId))
    .orderBy(asc(chatMessage.id));
}

/** Is anyone from platform support online? */
export async function supportOnline(db: Db): Promise<boolean> {
  const rows = await db
    .select({ id: supportAgent.userId })
    .from(supportAgent)
    .where(eq(supportAgent.online, true))
    .limit(1);
  return rows.length > 0;
}

export async function findSupportAgent(db: Db, userId: string) {
  const rows = await db.select().from(supportAgent).where(eq(supportAgent.userId, userId));
  return rows[0] ?? null;
}

export async function insertSupportAgent(db: Db, userId: string) {
  await db.insert(supportAgent).values({ userId });
}

export async function setSupportPresence(db: Db, userId: string, online: boolean) {
  await db.update(supportAgent).set({ online }).where(eq(supportAgent.userId, userId));
}

const supportColumns = {
  conversation,
  userName: user.name,
  userEmail: user.email,
  officeName: account.commercialName,
  lastMessage: sql<string>`coalesce((select m.body from chat_message m where m.conversation_id = ${conversation.id} order by m.id desc limit 1), '')`,
};

/** Support's queue: conversations handed to a person (open) or closed ones, newest first. */
export function listSupportConversations(db: Db, open: boolean) {
  return db
    .select(supportColumns)
    .from(conversation)
    .innerJoin(user, eq(user.id, conversation.userId))
    .innerJoin(account, eq(account.id, conversation.accountId))
    .where(open ? inArray(conversation.status, ["waiting", "answered"]) : eq(conversation.status, "closed"))
    .orderBy(desc(conversation.updatedAt))
    .limit(200);
}

export async function findSupportConversation(db: Db, id: string) {
  const rows = await db
    .select(supportColumns)
    .from(conversation)
    .innerJoin(user, eq(user.id, conversation.userId))
    .innerJoin(account, eq(account.id, conversation.accountId))
    .where(and(eq(conversation.id, id), ne(conversation.status, "bot")));
  return rows[0] ?? null;
}

export async function findOfficeName(db: Db, accountId: string): Promise<string> {
  const rows = await db
    .select({ name: account.commercialName })
    .from(account)
    .where(eq(account.id, accountId));
  return rows[0]?.name ?? "";
}

/** Every conversation of an office with its messages (the office's data export). */
export async function listOfficeConversations(db: Db, accountId: string) {
  const conversations = await db
    .select()
    .from(conversation)
    .where(eq(conversation.accountId, accountId))
    .orderBy(asc(conversation.createdAt));
  const messages = await db
    .select()
    .from(chatMessage)
    .where(eq(chatMessage.accountId, accountId))
    .orderBy(asc(chatMessage.id));
  return conversations.map((c) => ({ ...c, messages: messages.filter((m) => m.conversationId === c.id) }));
}
