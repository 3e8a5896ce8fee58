import type { Db } from "@courtier/db/client";
import { insurer, product } from "@courtier/db/schema";
import { asc, eq } from "drizzle-orm";
import { kmoToolProduct, viviumInsurer } from "./seed-data.ts";

export type InsurerRow = typeof insurer.$inferSelect;

/** Idempotent: creates VIVIUM and its KMO Tool the first time, leaves them alone after. */
export async function seedCatalog(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(insurer).values(viviumInsurer).onConflictDoNothing({ target: insurer.slug });
    const [vivium] = await tx
      .select({ id: insurer.id })
      .from(insurer)
      .where(eq(insurer.slug, viviumInsurer.slug));
    await tx
      .insert(product)
      .values({ ...kmoToolProduct, insurerId: vivium!.id })
      .onConflictDoNothing({ target: [product.insurerId, product.code] });
  });
}

export function listInsurers(db: Db): Promise<InsurerRow[]> {
  return db.select().from(insurer).orderBy(asc(insurer.name));
}

export async function findInsurerBySlug(db: Db, slug: string): Promise<InsurerRow | null> {
  const rows = await db.select().from(insurer).where(eq(insurer.slug, slug));
  return rows[0] ?? null;
}

export function listProducts(db: Db) {
  return db
    .select({
      id: product.id,
      code: product.code,
      name: product.name,
      versionLabel: product.versionLabel,
      description: product.description,
      producerNumberHint: product.producerNumberHint,
      insurerSlug: insurer.slug,
      insurerName: insurer.name,
    })
    .from(product)
    .innerJoin(insurer, eq(product.insurerId, insurer.id))
    .orderBy(asc(insurer.name), asc(product.name));
}
