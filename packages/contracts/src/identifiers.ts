/**
 * Belgian identifiers. Pure functions: no I/O, shared by the browser and the server.
 */

export type EnterpriseNumberProblem =
  | "ENTERPRISE_NUMBER_FORMAT"
  | "ENTERPRISE_NUMBER_LENGTH"
  | "ENTERPRISE_NUMBER_FIRST_DIGIT"
  | "ENTERPRISE_NUMBER_CHECKSUM";

export type EnterpriseNumberResult =
  | { ok: true; digits: string }
  | { ok: false; problem: EnterpriseNumberProblem };

/**
 * Accepts `BE0123456749`, `0123.456.749`, `0123 456 749` and `0123456749`; returns the 10 digits.
 * The last two digits must equal 97 − (first 8 digits mod 97).
 */
export function parseEnterpriseNumber(input: string): EnterpriseNumberResult {
  let value = input.trim().toUpperCase();
  if (value.startsWith("BE")) value = value.slice(2).trim();
  if (!/^[0-9. ]+$/.test(value)) return { ok: false, problem: "ENTERPRISE_NUMBER_FORMAT" };
  const digits = value.replace(/[. ]/g, "");
  if (digits.length !== 10) return { ok: false, problem: "ENTERPRISE_NUMBER_LENGTH" };
  if (digits[0] !== "0" && digits[0] !== "1") return { ok: false, problem: "ENTERPRISE_NUMBER_FIRST_DIGIT" };
  const base = Number(digits.slice(0, 8));
  const check = Number(digits.slice(8));
  if (97 - (base % 97) !== check) return { ok: false, problem: "ENTERPRISE_NUMBER_CHECKSUM" };
  return { ok: true, digits };
}

/** `0123456749` → `0123.456.749`, the way the KBO/BCE prints it. */
export function formatEnterpriseNumber(digits: string): string {
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

export function isBelgianPostcode(value: string): boolean {
  if (!/^[0-9]{4}$/.test(value)) return false;
  const n = Number(value);
  return n >= 1000 && n <= 9999;
}

/**
 * Belgian phone numbers in national (`0412 34 56 78`, `02 123 45 67`) or international
 * (`+32 412 34 56 78`, `0032 …`) form. Returns the E.164 form, or null when it is not one.
 */
export function normalizeBelgianPhone(input: string): string | null {
  const compact = input.replace(/[\s./()-]/g, "");
  let national: string;
  if (compact.startsWith("+32")) national = compact.slice(3);
  else if (compact.startsWith("0032")) national = compact.slice(4);
  else if (compact.startsWith("0")) national = compact.slice(1);
  else return null;
  if (!/^[0-9]+$/.test(national)) return null;
  // Mobile numbers (4xx) have 9 digits after the 0, landlines 8.
  const expected = national.startsWith("4") ? 9 : 8;
  if (national.length !== expected) return null;
  return `+32${national}`;
}
