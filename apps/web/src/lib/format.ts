import { formatEnterpriseNumber } from "@courtier/contracts/identifiers";

const locales = { nl: "nl-BE", fr: "fr-BE", en: "en-GB" } as const;

export function localeOf(language: string): string {
  return locales[language as keyof typeof locales] ?? "nl-BE";
}

/**
 * "17 mei 2021 10:38", the way the manual shows dates: without the "om"/"à"/"at" that Intl puts
 * between a long date and its time, so a table and a sentence show a moment alike.
 */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const { day, time } = formattersOf(localeOf(language));
  return `${day.format(date)} ${time.format(date)}`;
}

// A table formats a date per row: the formatters are built once per locale, not per call.
const formatters = new Map<string, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();
function formattersOf(locale: string) {
  let pair = formatters.get(locale);
  if (!pair) {
    pair = {
      day: new Intl.DateTimeFormat(locale, { dateStyle: "long" }),
      time: new Intl.DateTimeFormat(locale, { timeStyle: "short" }),
    };
    formatters.set(locale, pair);
  }
  return pair;
}

export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: "long" }).format(date);
}

export function formatEnterprise(digits: string): string {
  return /^[0-9]{10}$/.test(digits) ? formatEnterpriseNumber(digits) : digits;
}

/** "+32412345678" → "0412 34 56 78"; "+3221234567" → "02 123 45 67". Anything else is shown as stored. */
export function formatPhone(e164: string): string {
  const match = /^\+32([0-9]{8,9})$/.exec(e164);
  const national = match?.[1];
  if (!national) return e164;
  if (national.length === 9) {
    return `0${national.slice(0, 3)} ${national.slice(3, 5)} ${national.slice(5, 7)} ${national.slice(7)}`;
  }
  // Brussels, Antwerp, Liège and Ghent have one-digit zones; the other landlines two.
  const oneDigitZone = /^[2349]/.test(national);
  return oneDigitZone
    ? `0${national.slice(0, 1)} ${national.slice(1, 4)} ${national.slice(4, 6)} ${national.slice(6)}`
    : `0${national.slice(0, 2)} ${national.slice(2, 4)} ${national.slice(4, 6)} ${national.slice(6)}`;
}

export function initialsOf(firstName: string, lastName: string): string {
  return `${firstName.trim().charAt(0)}${lastName.trim().charAt(0)}`.toUpperCase();
}

/** "Business Development" → "BD", "DEMO VIVIUM" → "DV", "ABC" → "AB": the short form the manual shows for groups. */
export function abbreviation(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters =
    words.length > 1 ? words.slice(0, 2).map((word) => word.charAt(0)) : [name.trim().slice(0, 2)];
  return letters.join("").toUpperCase();
}

/** "Rue royale, 151 1210 Bruxelles", the manual's one-line address of a group. Empty parts are left out. */
export function addressLine(parts: {
  street: string;
  number: string;
  postcode: string;
  city: string;
}): string {
  const street = [parts.street, parts.number].filter(Boolean).join(", ");
  const place = [parts.postcode, parts.city].filter(Boolean).join(" ");
  return [street, place].filter(Boolean).join(" ");
}
