import { describe, expect, it } from "vitest";
import {
  formatEnterpriseNumber,
  isBelgianPostcode,
  normalizeBelgianPhone,
  parseEnterpriseNumber,
} from "../src/identifiers.ts";

describe("enterprise number", () => {
  it.each(["BE0123456749", "0123.456.749", "0123456749", "be 0123.456.749", "0566.988.259"])(
    "accepts %s",
    (input) => {
      const result = parseEnterpriseNumber(input);
      expect(result.ok).toBe(true);
    },
  );

  it("stores the 10 digits", () => {
    expect(parseEnterpriseNumber("BE0123.456.749")).toEqual({ ok: true, digits: "0123456749" });
  });

  it.each([
    ["0123456748", "ENTERPRISE_NUMBER_CHECKSUM"],
    ["0566988258", "ENTERPRISE_NUMBER_CHECKSUM"],
    ["012345674", "ENTERPRISE_NUMBER_LENGTH"],
    ["01234567490", "ENTERPRISE_NUMBER_LENGTH"],
    ["2123456749", "ENTERPRISE_NUMBER_FIRST_DIGIT"],
    ["BXXXXXXXXX", "ENTERPRISE_NUMBER_FORMAT"],
    ["0123-456-749", "ENTERPRISE_NUMBER_FORMAT"],
  ])("refuses %s with %s", (input, problem) => {
    expect(parseEnterpriseNumber(input)).toEqual({ ok: false, problem });
  });

  it("accepts the 1-series, whose check digits follow the same rule", () => {
    // 10000000 mod 97 = 76 (97 × 103092 = 9999924) → check digits 97 − 76 = 21
    expect(parseEnterpriseNumber("1000000021")).toEqual({ ok: true, digits: "1000000021" });
  });

  it("formats like the KBO", () => {
    expect(formatEnterpriseNumber("0123456749")).toBe("0123.456.749");
  });
});

describe("postcode", () => {
  it.each(["1000", "9999", "1210", "4000"])("accepts %s", (pc) => expect(isBelgianPostcode(pc)).toBe(true));
  it.each(["0999", "999", "10000", "12a4", ""])("refuses %s", (pc) =>
    expect(isBelgianPostcode(pc)).toBe(false),
  );
});

describe("phone", () => {
  it.each([
    ["0412 34 56 78", "+32412345678"],
    ["+32 412 34 56 78", "+32412345678"],
    ["0032412345678", "+32412345678"],
    ["02 123 45 67", "+3221234567"],
    ["09/123.45.67", "+3291234567"],
  ])("normalizes %s", (input, expected) => expect(normalizeBelgianPhone(input)).toBe(expected));

  it.each(["412345678", "0412 34 56 7", "02 123 45 678", "+33 1 23 45 67 89", "phone"])(
    "refuses %s",
    (input) => expect(normalizeBelgianPhone(input)).toBeNull(),
  );
});
