import { describe, expect, it } from "vitest";
import { registerSchema } from "../src/auth.ts";
import { fieldErrorsFrom } from "../src/validation.ts";

const valid = {
  firstName: "Clémentine",
  lastName: "Cazelles",
  email: "  Clementine.Cazelles@PVGroup.be ",
  password: "Kantoor-Gent-2026",
  confirmPassword: "Kantoor-Gent-2026",
  acceptTerms: true,
  commercialName: "Mijn bedrijf",
  enterpriseNumber: "BE0123456749",
  street: "Koningsstraat",
  number: "151",
  postcode: "1210",
  city: "Brussel",
  website: "mijndomein.be",
  phone: "0412 34 56 78",
};

describe("registration contract", () => {
  it("normalizes what the broker typed", () => {
    const parsed = registerSchema.parse(valid);
    expect(parsed.email).toBe("clementine.cazelles@pvgroup.be");
    expect(parsed.enterpriseNumber).toBe("0123456749");
    expect(parsed.website).toBe("https://mijndomein.be");
    expect(parsed.phone).toBe("+32412345678");
    expect(parsed.language).toBe("nl");
  });

  it("names each wrong field with a stable code in the user's language", () => {
    const result = registerSchema.safeParse({
      ...valid,
      email: "not-an-email",
      confirmPassword: "something else",
      acceptTerms: false,
      enterpriseNumber: "0123456748",
      postcode: "123",
      password: "short",
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const fields = fieldErrorsFrom(result.error, "fr");
    expect(fields.email?.code).toBe("INVALID_EMAIL");
    expect(fields.acceptTerms?.code).toBe("TERMS_NOT_ACCEPTED");
    expect(fields.enterpriseNumber?.code).toBe("ENTERPRISE_NUMBER_CHECKSUM");
    expect(fields.enterpriseNumber?.message).toContain("contrôle");
    expect(fields.postcode?.code).toBe("INVALID_POSTCODE");
    expect(fields.password?.code).toBe("PASSWORD_TOO_SHORT");
  });

  it("refuses unknown fields and missing ones", () => {
    const { firstName: _omit, ...rest } = valid;
    const result = registerSchema.safeParse({ ...rest, isAdmin: true });
    expect(result.success).toBe(false);
    if (result.success) return;
    const fields = fieldErrorsFrom(result.error, "en");
    expect(fields.firstName?.code).toBe("REQUIRED");
    expect(fields.isAdmin?.code).toBe("UNKNOWN_FIELD");
  });

  it("says when the passwords differ", () => {
    const result = registerSchema.safeParse({ ...valid, confirmPassword: "Kantoor-Gent-2025" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsFrom(result.error, "nl").confirmPassword?.code).toBe("PASSWORDS_DO_NOT_MATCH");
  });
});
