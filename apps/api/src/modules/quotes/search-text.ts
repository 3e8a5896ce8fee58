/**
 * Quote search folds text the same way on both sides: lower case, accents removed, anything but
 * letters and digits a separator. The folded text is indexed with PostgreSQL's `simple`
 * configuration (no stemming, no language), so "Societe" finds "Société" in any language and a
 * word prefix finds the word. See docs/decisions/015-quote-search.md.
 */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The folded search document of a quote. */
export function searchDocument(parts: readonly (string | undefined | null)[]): string {
  return fold(parts.filter(Boolean).join(" ")).slice(0, 4000);
}

/** A tsquery matching every word of the input as a prefix, or null when there is nothing to find. */
export function prefixQuery(input: string): string | null {
  const words = fold(input).split(" ").filter(Boolean).slice(0, 8);
  if (words.length === 0) return null;
  return words.map((word) => `${word}:*`).join(" & ");
}
