import type { QuoteDraft } from "@courtier/contracts/quotes";

/** Reads a dotted path (`claims.property.count`) of a draft. */
export function valueAt(draft: QuoteDraft, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], draft);
}

/** A copy of the draft with one value changed; `undefined` removes the key, so that "empty" is not sent. */
export function withValueAt(draft: QuoteDraft, path: string, value: unknown): QuoteDraft {
  const keys = path.split(".");
  const set = (node: Record<string, unknown> | undefined, index: number): Record<string, unknown> => {
    const key = keys[index]!;
    const copy = { ...(node ?? {}) };
    if (index === keys.length - 1) {
      if (value === undefined) delete copy[key];
      else copy[key] = value;
    } else {
      copy[key] = set(copy[key] as Record<string, unknown> | undefined, index + 1);
    }
    return copy;
  };
  return set(draft as unknown as Record<string, unknown>, 0) as unknown as QuoteDraft;
}
