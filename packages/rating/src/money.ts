import type { Language } from "./coverage.ts";

/**
 * Rounds an amount of cents half-up to a whole cent.
 *
 * The engine multiplies in binary floating point, so a decimal tie such as 1234.5 cents can
 * arrive as 1234.4999999999998. Snapping to a ten-thousandth of a cent first restores the
 * decimal tie before rounding; tariff figures have far fewer decimals than that, and amounts
 * stay well below 2^53 / 10^4 cents (EUR 9 billion), where the snap is exact.
 */
export function roundHalfUpCents(amount: number): number {
  return Math.floor(Math.round(amount * 10_000) / 10_000 + 0.5);
}

function groupThousands(whole: number, separator: string): string {
  const digits = String(whole);
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

/**
 * Formats cents as euros the way each language writes them. Hand-written rather than
 * Intl.NumberFormat so messages are identical on every runtime and ICU version.
 */
export function formatEuro(cents: number, language: Language): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const fraction = String(abs % 100).padStart(2, "0");
  switch (language) {
    case "nl":
      return `${sign}€ ${groupThousands(whole, ".")},${fraction}`;
    case "fr":
      return `${sign}${groupThousands(whole, " ")},${fraction} €`;
    case "en":
      return `${sign}€${groupThousands(whole, ",")}.${fraction}`;
  }
}
