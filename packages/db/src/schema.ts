import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

// ── Identity: the tables better-auth reads and writes (its "account" model is our `credential`). ──

export const user = pgTable(
  "user",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    email: text("email").notNull(),
    emailVerified: boolean("email_verified").notNull().default(false),
    image: text("image"),
    language: text("language", { enum: ["nl", "fr", "en"] })
      .notNull()
      .default("nl"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("user_email_key").on(sql`lower(${t.email})`)],
);

export const session = pgTable(
  "session",
  {
    id: text("id").primaryKey(),
    token: text("token").notNull().unique(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    /** The "Subaccount": the group whose quotes this session shows. Null = the user's first group. */
    activeGroupId: uuid("active_group_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("session_user_idx").on(t.userId)],
);

export const credential = pgTable(
  "credential",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamp("access_token_expires_at", { withTimezone: true }),
    refreshTokenExpiresAt: timestamp("refresh_token_expires_at", { withTimezone: true }),
    scope: text("scope"),
    password: text("password"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("credential_user_idx").on(t.userId),
    // One password per user: a second row would make sign-in pick either.
    uniqueIndex("credential_user_provider_key").on(t.userId, t.providerId),
  ],
);

export const verification = pgTable(
  "verification",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("verification_identifier_idx").on(t.identifier)],
);

// ── Insurers and their products: reference data, shared by every office. ──

export const insurer = pgTable("insurer", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  logoSvg: text("logo_svg").notNull(),
  primaryColor: text("primary_color").notNull(),
  accentColor: text("accent_color").notNull(),
  referencePrefix: text("reference_prefix").notNull(),
  createdAt: createdAt(),
});

export const product = pgTable(
  "product",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    insurerId: uuid("insurer_id")
      .notNull()
      .references(() => insurer.id),
    code: text("code").notNull(),
    name: text("name").notNull(),
    versionLabel: text("version_label").notNull(),
    description: jsonb("description").$type<{ nl: string; fr: string; en: string }>().notNull(),
    /** The producer-number rule is the product's: a regular expression checked on access requests. */
    producerNumberPattern: text("producer_number_pattern").notNull(),
    /** How the insurer describes that rule to brokers, per language (e.g. "4 of 5 cijfers"). */
    /** The last quote number handed out: references count per product, without gaps. */
    lastQuoteSequence: integer("last_quote_sequence").notNull().default(0),
    producerNumberHint: jsonb("producer_number_hint")
      .$type<{ nl: string; fr: string; en: string }>()
      .notNull()
      .default({ nl: "", fr: "", en: "" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("product_insurer_code_key").on(t.insurerId, t.code)],
);

// ── Broker offices (tenants). Every row below carries account_id. ──

export const account = pgTable(
  "account",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    commercialName: text("commercial_name").notNull(),
    enterpriseNumber: text("enterprise_number").notNull(),
    street: text("street").notNull(),
    number: text("number").notNull(),
    postcode: text("postcode").notNull(),
    city: text("city").notNull(),
    website: text("website").notNull().default(""),
    phone: text("phone").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("account_enterprise_number_idx").on(t.enterpriseNumber)],
);

export const membership = pgTable(
  "membership",
  {
    accountId: uuid("account_id")
      .notNull()
      .references(() => account.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["admin", "intermediary"] }).notNull(),
    status: text("status", { enum: ["invited", "active", "disabled"] }).notNull(),
    invitedAt: timestamp("invited_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.userId] }), uniqueIndex("membership_user_key").on(t.userId)],
);

export const accountGroup = pgTable(
  "account_group",
  {
    accountId: uuid("account_id")
      .notNull()
      .references(() => account.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    name: text("name").notNull(),
    isDefault: boolean("is_default").notNull().default(false),
    street: text("street").notNull().default(""),
    number: text("number").notNull().default(""),
    postcode: text("postcode").notNull().default(""),
    city: text("city").notNull().default(""),
    email: text("email").notNull().default(""),
    logoPath: text("logo_path"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    uniqueIndex("account_group_default_key").on(t.accountId).where(sql`${t.isDefault}`),
    uniqueIndex("account_group_name_key").on(t.accountId, sql`lower(${t.name})`),
  ],
);

export const accountGroupMember = pgTable(
  "account_group_member",
  {
    accountId: uuid("account_id").notNull(),
    groupId: uuid("group_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.groupId, t.userId] }),
    foreignKey({
      columns: [t.accountId, t.groupId],
      foreignColumns: [accountGroup.accountId, accountGroup.id],
    }).onDelete("cascade"),
    index("account_group_member_user_idx").on(t.userId),
  ],
);

/**
 * A pending invitation. Only a hash of the token is stored; resending replaces it, so the old
 * link stops working.
 */
export const invitation = pgTable(
  "invitation",
  {
    accountId: uuid("account_id")
      .notNull()
      .references(() => account.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    invitedByUserId: text("invited_by_user_id"),
    createdAt: createdAt(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    uniqueIndex("invitation_token_hash_key").on(t.tokenHash),
    uniqueIndex("invitation_user_key").on(t.userId),
  ],
);

// ── Platform plumbing. ──

/** Transactional outbox: written in the same transaction as the change that causes it. */
export const outbox = pgTable(
  "outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    kind: text("kind").notNull(),
    payload: jsonb("payload").notNull(),
    createdAt: createdAt(),
    availableAt: timestamp("available_at", { withTimezone: true }).notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    lastError: text("last_error"),
  },
  (t) => [index("outbox_pending_idx").on(t.availableAt).where(sql`${t.sentAt} is null`)],
);

/** Fixed-window counters for the rate limits; shared by every server process. */
export const rateLimit = pgTable("rate_limit", {
  key: text("key").primaryKey(),
  count: integer("count").notNull(),
  resetAt: timestamp("reset_at", { withTimezone: true }).notNull(),
});

export const auditEvent = pgTable(
  "audit_event",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    accountId: uuid("account_id"),
    actorUserId: text("actor_user_id"),
    action: text("action").notNull(),
    subject: text("subject"),
    ipAddress: text("ip_address"),
    data: jsonb("data").notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index("audit_event_account_idx").on(t.accountId, t.createdAt)],
);

// ── Insurers' staff and product access. ──

/** An insurer's acceptance team: users of the platform who work for one insurer, not for an office. */
export const insurerStaff = pgTable("insurer_staff", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  insurerId: uuid("insurer_id")
    .notNull()
    .references(() => insurer.id),
  role: text("role", { enum: ["admin", "member"] }).notNull(),
  createdAt: createdAt(),
});

/** An office's access to a product with one producer number ("integratie"), decided by the insurer. */
export const integration = pgTable(
  "integration",
  {
    accountId: uuid("account_id")
      .notNull()
      .references(() => account.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    productId: uuid("product_id")
      .notNull()
      .references(() => product.id),
    producerNumber: text("producer_number").notNull(),
    status: text("status", { enum: ["pending", "accepted", "refused", "revoked"] }).notNull(),
    requestedByUserId: text("requested_by_user_id").notNull(),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    decidedByUserId: text("decided_by_user_id"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    reason: text("reason"),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    uniqueIndex("integration_id_key").on(t.id),
    uniqueIndex("integration_open_producer_key")
      .on(t.accountId, t.productId, t.producerNumber)
      .where(sql`${t.status} in ('pending', 'accepted')`),
    index("integration_product_status_idx").on(t.productId, t.status),
  ],
);

export const integrationGroup = pgTable(
  "integration_group",
  {
    accountId: uuid("account_id").notNull(),
    integrationId: uuid("integration_id").notNull(),
    groupId: uuid("group_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.integrationId, t.groupId] }),
    foreignKey({
      columns: [t.accountId, t.integrationId],
      foreignColumns: [integration.accountId, integration.id],
    }).onDelete("cascade"),
    // A group with integrations cannot be deleted (the API says why before the database has to).
    foreignKey({
      columns: [t.accountId, t.groupId],
      foreignColumns: [accountGroup.accountId, accountGroup.id],
    }),
    index("integration_group_group_idx").on(t.accountId, t.groupId),
  ],
);

/** PostgreSQL's full-text document type (Drizzle has no built-in for it). */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const QUOTE_STATUS_VALUES = [
  "active",
  "offer",
  "submitted",
  "accepted",
  "refused",
  "expired",
  "archived",
] as const;

/**
 * A tarification. It belongs to an office and one of its groups (the visibility rule), keeps the
 * tariff version it was priced with, and carries the wizard's draft as typed. `search_text` is the
 * folded (lower case, no accents) text of everything entered, indexed for full-text search.
 */
export const quote = pgTable(
  "quote",
  {
    accountId: uuid("account_id")
      .notNull()
      .references(() => account.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    groupId: uuid("group_id").notNull(),
    productId: uuid("product_id")
      .notNull()
      .references(() => product.id),
    createdByUserId: text("created_by_user_id").notNull(),
    sequence: integer("sequence").notNull(),
    reference: text("reference").notNull(),
    status: text("status", { enum: QUOTE_STATUS_VALUES }).notNull().default("active"),
    version: integer("version").notNull().default(1),
    tariffVersion: text("tariff_version").notNull(),
    draft: jsonb("draft").$type<Record<string, unknown>>().notNull().default({}),
    companyName: text("company_name").notNull().default(""),
    city: text("city").notNull().default(""),
    searchText: text("search_text").notNull().default(""),
    search: tsvector("search").notNull().generatedAlwaysAs(sql`to_tsvector('simple', search_text)`),
    /** The engine's result frozen when the offer is issued. */
    pricing: jsonb("pricing").$type<Record<string, unknown>>(),
    clientLanguage: text("client_language", { enum: ["nl", "fr", "en"] }),
    validUntil: date("valid_until", { mode: "string" }),
    offeredAt: timestamp("offered_at", { withTimezone: true }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedByUserId: text("decided_by_user_id"),
    decisionMessage: text("decision_message"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    uniqueIndex("quote_id_key").on(t.id),
    uniqueIndex("quote_product_sequence_key").on(t.productId, t.sequence),
    // A group with quotes cannot be deleted: the quotes would lose who may see them.
    foreignKey({
      columns: [t.accountId, t.groupId],
      foreignColumns: [accountGroup.accountId, accountGroup.id],
    }),
    // The list's order: a page of 50 is read from the index and stops there, whatever the group's size.
    index("quote_group_updated_idx").on(
      t.accountId,
      t.groupId,
      t.updatedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("quote_search_idx").using("gin", t.search),
    index("quote_product_status_idx").on(t.productId, t.status, t.submittedAt),
    index("quote_expiry_idx").on(t.validUntil).where(sql`${t.status} = 'offer'`),
    // The retention sweep: expired offers by the time they expired.
    index("quote_retention_idx").on(t.updatedAt).where(sql`${t.status} = 'expired'`),
  ],
);

// ── Help: articles, the chat and platform support ──

/** Platform support: users who answer the chat. Created by the operator's command line. */
export const supportAgent = pgTable("support_agent", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  /** Marked offline, brokers are offered the mail to support at once. */
  online: boolean("online").notNull().default(true),
  createdAt: createdAt(),
});

/**
 * The help centre's articles, loaded from apps/api/src/modules/help/articles at start-up. The
 * search document is built with the text-search configuration of the article's language.
 */
export const helpArticle = pgTable(
  "help_article",
  {
    slug: text("slug").notNull(),
    language: text("language", { enum: ["nl", "fr", "en"] }).notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    body: text("body").notNull(),
    screen: text("screen").notNull(),
    position: integer("position").notNull(),
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector(case language when 'nl' then 'dutch'::regconfig when 'fr' then 'french'::regconfig else 'english'::regconfig end, title), 'A') || setweight(to_tsvector(case language when 'nl' then 'dutch'::regconfig when 'fr' then 'french'::regconfig else 'english'::regconfig end, summary || ' ' || body), 'B')`,
      ),
  },
  (t) => [
    primaryKey({ columns: [t.slug, t.language] }),
    index("help_article_search_idx").using("gin", t.search),
  ],
);

export const CONVERSATION_STATUSES = ["bot", "waiting", "answered", "closed"] as const;

/**
 * A broker's chat. "bot" while the help bot answers, "waiting" once handed to support, "answered"
 * after support's reply, "closed" by support or by the broker.
 */
export const conversation = pgTable(
  "conversation",
  {
    accountId: uuid("account_id")
      .notNull()
      .references(() => account.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id),
    language: text("language", { enum: ["nl", "fr", "en"] }).notNull(),
    /** The page the broker was on when asking for a person. */
    page: text("page").notNull().default(""),
    status: text("status", { enum: CONVERSATION_STATUSES }).notNull().default("bot"),
    handedOverAt: timestamp("handed_over_at", { withTimezone: true }),
    lastSupportReplyAt: timestamp("last_support_reply_at", { withTimezone: true }),
    mailedAt: timestamp("mailed_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    uniqueIndex("conversation_id_key").on(t.id),
    index("conversation_user_idx").on(t.accountId, t.userId, t.updatedAt),
    index("conversation_status_idx").on(t.status, t.updatedAt),
  ],
);

export const chatMessage = pgTable(
  "chat_message",
  {
    accountId: uuid("account_id").notNull(),
    id: bigserial("id", { mode: "number" }).primaryKey(),
    conversationId: uuid("conversation_id").notNull(),
    author: text("author", { enum: ["user", "bot", "support"] }).notNull(),
    authorUserId: text("author_user_id"),
    body: text("body").notNull(),
    /** The bot's suggestions: [{ slug, title, excerpt }]. */
    articles: jsonb("articles").$type<{ slug: string; title: string; excerpt: string }[]>(),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      columns: [t.accountId, t.conversationId],
      foreignColumns: [conversation.accountId, conversation.id],
    }).onDelete("cascade"),
    index("chat_message_conversation_idx").on(t.conversationId, t.id),
  ],
);
