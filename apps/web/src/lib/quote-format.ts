import { localeOf } from "./format.ts";

/**
 * "26 mei 2021 08:39": the list's dates as the manual shows them, without the "om"/"à"/"at" that
 * Intl puts between date and time.
 */
export function formatListDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = localeOf(language);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(date);
  const time = new Intl.DateTimeFormat(locale, { timeStyle: "short" }).format(date);
  return `${day} ${time}`;
}

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
