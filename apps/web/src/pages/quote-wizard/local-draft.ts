import { type QuoteDraft, quoteDraftSchema } from "@courtier/contracts/quotes";

/**
 * The input not yet confirmed by the server, kept on this device until it is: a reload, the back
 * button or a dropped connection must never lose what a broker typed. The copy remembers the server
 * version it was based on; it is only worth restoring while the server is still at that version.
 */
export type LocalDraft = { baseVersion: number; draft: QuoteDraft; changedAt: string };

const keyOf = (userId: string, quoteId: string) => `courtier.quote-draft.${userId}.${quoteId}`;

export function readLocalDraft(userId: string, quoteId: string): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(keyOf(userId, quoteId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<LocalDraft>;
    const draft = quoteDraftSchema.safeParse(parsed.draft);
    if (typeof parsed.baseVersion !== "number" || !draft.success) return null;
    return { baseVersion: parsed.baseVersion, draft: draft.data, changedAt: String(parsed.changedAt ?? "") };
  } catch {
    return null;
  }
}

export function writeLocalDraft(
  userId: string,
  quoteId: string,
  baseVersion: number,
  draft: QuoteDraft,
): void {
  try {
    const value: LocalDraft = { baseVersion, draft, changedAt: new Date().toISOString() };
    window.localStorage.setItem(keyOf(userId, quoteId), JSON.stringify(value));
  } catch {
    // Storage full or refused (private browsing): the server copy is then the only one.
  }
}

export function clearLocalDraft(userId: string, quoteId: string): void {
  try {
    window.localStorage.removeItem(keyOf(userId, quoteId));
  } catch {
    // Nothing to clear.
  }
}

/** The same draft whatever the order its keys were set in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export const sameDraft = (a: QuoteDraft, b: QuoteDraft) => canonicalJson(a) === canonicalJson(b);
