import type { Db } from "@courtier/db/client";
import {
  account,
  accountGroup,
  insurer,
  integration,
  integrationGroup,
  membership,
  product,
  user,
} from "@courtier/db/schema";
import { inOrder } from "@courtier/db/tenancy";
import { and, count, desc, eq, inArray, ne, sql } from "drizzle-orm";

export type IntegrationStatus = "pending" | "accepted" | "refused" | "revoked";

const groupsOf = sql<{ id: string; name: string }[]>`coalesce((
  select json_agg(json_build_object('id', g.id, 'name', g.name) order by lower(g.name))
  from ${integrationGroup} ig join ${accountGroup} g on g.account_id = ig.account_id and g.id = ig.group_id
  where ig.account_id = ${integration.accountId} and ig.integration_id = ${integration.id}), '[]'::json)`;

const requester = sql<{
  name: string;
  email: string;
}>`(select json_build_object('name', u.first_name || ' ' || u.last_name,
  'email', u.email) from ${user} u where u.id = ${integration.requestedByUserId})`;

const columns = {
  id: integration.id,
  accountId: integration.accountId,
  productId: integration.productId,
  productName: product.name,
  versionLabel: product.versionLabel,
  insurerId: product.insurerId,
  insurerName: insurer.name,
  producerNumber: integration.producerNumber,
  status: integration.status,
  requestedAt: integration.requestedAt,
  requestedByUserId: integration.requestedByUserId,
  requestedBy: requester,
  decidedAt: integration.decidedAt,
  decidedByUserId: integration.decidedByUserId,
  reason: integration.reason,
  groups: groupsOf,
};

function withProduct(db: Db) {
  return db
    .select(columns)
    .from(integration)
    .innerJoin(product, eq(product.id, integration.productId))
    .innerJoin(insurer, eq(insurer.id, product.insurerId));
}

export type IntegrationRow = Awaited<ReturnType<typeof listOfficeIntegrations>>[number];

export function listOfficeIntegrations(db: Db, accountId: string) {
  return withProduct(db).where(eq(integration.accountId, accountId)).orderBy(desc(integration.requestedAt));
}

export async function findProduct(db: Db, productId: string) {
  const rows = await db.select().from(product).where(eq(product.id, productId));
  return rows[0] ?? null;
}

/** Groups of `groupIds` that already have a pending or accepted integration of this product. */
export async function groupsAlreadyIntegrated(
  db: Db,
  accountId: string,
  productId: string,
  groupIds: string[],
) {
  if (groupIds.length === 0) return [];
  const rows = await db
    .select({ groupId: integrationGroup.groupId })
    .from(integrationGroup)
    .innerJoin(
      integration,
      and(
        eq(integration.accountId, integrationGroup.accountId),
        eq(integration.id, integrationGroup.integrationId),
      ),
    )
    .where(
      and(
        eq(integrationGroup.accountId, accountId),
        inArray(integrationGroup.groupId, groupIds),
        eq(integration.productId, productId),
        inArray(integration.status, ["pending", "accepted"]),
      ),
    );
  return rows.map((r) => r.groupId);
}

export async function insertIntegration(
  db: Db,
  row: {
    accountId: string;
    productId: string;
    producerNumber: string;
    requestedByUserId: string;
    groupIds: string[];
  },
): Promise<string> {
  const [created] = await db
    .insert(integration)
    .values({
      accountId: row.accountId,
      productId: row.productId,
      producerNumber: row.producerNumber,
      requestedByUserId: row.requestedByUserId,
      status: "pending",
    })
    .returning({ id: integration.id });
  await db
    .insert(integrationGroup)
    .values(
      row.groupIds.map((groupId) => ({ accountId: row.accountId, integrationId: created!.id, groupId })),
    );
  return created!.id;
}

/** The accepted integrations of a group: what it may quote, and with which producer number. */
export function acceptedProductsOfGroup(db: Db, accountId: string, groupId: string) {
  return db
    .select({
      productId: product.id,
      name: product.name,
      versionLabel: product.versionLabel,
      producerNumber: integration.producerNumber,
    })
    .from(integrationGroup)
    .innerJoin(
      integration,
      and(
        eq(integration.accountId, integrationGroup.accountId),
        eq(integration.id, integrationGroup.integrationId),
      ),
    )
    .innerJoin(product, eq(product.id, integration.productId))
    .where(
      and(
        eq(integrationGroup.accountId, accountId),
        eq(integrationGroup.groupId, groupId),
        eq(integration.status, "accepted"),
      ),
    );
}

/** Every integration of a group, decided or not: they keep its history, so the group stays. */
export async function countGroupIntegrations(db: Db, accountId: string, groupId: string): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(integrationGroup)
    .innerJoin(
      integration,
      and(
        eq(integration.accountId, integrationGroup.accountId),
        eq(integration.id, integrationGroup.integrationId),
      ),
    )
    .where(and(eq(integrationGroup.accountId, accountId), eq(integrationGroup.groupId, groupId)));
  return rows[0]?.n ?? 0;
}

// ── The insurer's side (run `asPlatform`, filtered on the staff member's insurer) ──

const office = {
  officeName: account.commercialName,
  enterpriseNumber: account.enterpriseNumber,
  street: account.street,
  number: account.number,
  postcode: account.postcode,
  city: account.city,
};

/** Offices other than the requester's holding or requesting the same producer number for the product. */
const claimedBy = sql<string[]>`coalesce((select json_agg(distinct a2.commercial_name)
  from ${integration} i2 join ${account} a2 on a2.id = i2.account_id
  where i2.product_id = ${integration.productId} and i2.producer_number = ${integration.producerNumber}
    and i2.account_id <> ${integration.accountId} and i2.status in ('pending', 'accepted')), '[]'::json)`;

export async function pageInsurerRequests(
  db: Db,
  insurerId: string,
  status: "pending" | "decided",
  page: number,
  pageSize: number,
) {
  const where = and(
    eq(product.insurerId, insurerId),
    status === "pending" ? eq(integration.status, "pending") : ne(integration.status, "pending"),
  );
  const base = db
    .select({
      ...columns,
      ...office,
      claimedBy,
      decidedBy: sql<
        string | null
      >`(select u.name from ${user} u where u.id = ${integration.decidedByUserId})`,
    })
    .from(integration)
    .innerJoin(product, eq(product.id, integration.productId))
    .innerJoin(insurer, eq(insurer.id, product.insurerId))
    .innerJoin(account, eq(account.id, integration.accountId));
  const [rows, total] = await inOrder([
    () =>
      base
        .where(where)
        .orderBy(status === "pending" ? integration.requestedAt : desc(integration.decidedAt))
        .limit(pageSize)
        .offset((page - 1) * pageSize),
    () =>
      db
        .select({ n: count() })
        .from(integration)
        .innerJoin(product, eq(product.id, integration.productId))
        .where(where),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}

export async function findInsurerIntegration(db: Db, insurerId: string, integrationId: string) {
  const rows = await withProduct(db).where(
    and(eq(integration.id, integrationId), eq(product.insurerId, insurerId)),
  );
  return rows[0] ?? null;
}

/** Changes the status only from `from`: false when someone else decided first. */
export async function setIntegrationStatus(
  db: Db,
  accountId: string,
  integrationId: string,
  from: IntegrationStatus,
  change: { status: IntegrationStatus; decidedByUserId: string; reason: string | null },
): Promise<boolean> {
  const rows = await db
    .update(integration)
    .set({ ...change, decidedAt: sql`now()` })
    .where(
      and(
        eq(integration.accountId, accountId),
        eq(integration.id, integrationId),
        eq(integration.status, from),
      ),
    )
    .returning({ id: integration.id });
  return rows.length > 0;
}

/** Who hears of a decision: the requester and the office's active admins, each in their language. */
export async function decisionRecipients(db: Db, accountId: string, requesterId: string) {
  return db
    .selectDistinct({ email: user.email, firstName: user.firstName, language: user.language })
    .from(user)
    .leftJoin(membership, eq(membership.userId, user.id))
    .where(
      sql`${membership.accountId} = ${accountId} and ${membership.status} = 'active'
        and (${user.id} = ${requesterId} or ${membership.role} = 'admin')`,
    );
}
