import { localeOf } from "#src/lib/format.ts";

/** "€ 1.234,56" (nl-BE), "1 234,56 €" (fr-BE), "€1,234.56" (en-GB): money is integer cents everywhere. */
export function formatCents(cents: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { style: "currency", currency: "EUR" }).format(
    cents / 100,
  );
}

export function formatNumber(value: number, language: string, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits }).format(value);
}

/** The separators a money input uses, taken from the language's own number format. */
export function separatorsOf(language: string): { thousandSeparator: string; decimalSeparator: string } {
  const parts = new Intl.NumberFormat(localeOf(language)).formatToParts(12345.6);
  return {
    thousandSeparator: parts.find((p) => p.type === "group")?.value ?? ".",
    decimalSeparator: parts.find((p) => p.type === "decimal")?.value ?? ",",
  };
}

/** Euros typed with at most 2 decimals, to the cent, without floating-point drift (19.99 → 1999). */
export function eurosToCents(euros: number): number {
  return Math.round(euros * 100);
}
