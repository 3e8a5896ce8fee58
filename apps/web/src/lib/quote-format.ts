import { localeOf } from "./format.ts";

/** "€ 1.234,56" in the UI language; money travels as integer cents. */
export function formatCents(cents: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { style: "currency", currency: "EUR" }).format(
    cents / 100,
  );
}

/** "KMO Tool – VIVIUM versie 06.2021" under "KMO Tool" reads "VIVIUM versie 06.2021": the name is not repeated. */
export function versionWithoutName(name: string, versionLabel: string): string {
  return versionLabel.startsWith(name)
    ? versionLabel.slice(name.length).replace(/^[\s–—:·-]+/, "")
    : versionLabel;
}
