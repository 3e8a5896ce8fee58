import { describe, expect, it } from "vitest";
import { hashPassword, isCommonPassword, verifyPassword } from "./password.ts";

describe("password rules", () => {
  it.each(["password", "123456789", "Qwertyuiop", "iloveyou", "Password1"])(
    "refuses the common password %s",
    (pw) => expect(isCommonPassword(pw)).toBe(true),
  );

  it.each(["Kantoor-Gent-2026", "makelaar Brussel zuid"])("accepts the uncommon password %s", (pw) =>
    expect(isCommonPassword(pw)).toBe(false),
  );

  it("hashes with argon2id and verifies only the right password", async () => {
    const stored = await hashPassword("Kantoor-Gent-2026");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=47104,t=1,p=1\$/);
    expect(await verifyPassword({ hash: stored, password: "Kantoor-Gent-2026" })).toBe(true);
    expect(await verifyPassword({ hash: stored, password: "kantoor-gent-2026" })).toBe(false);
    expect(await verifyPassword({ hash: "not a hash", password: "x" })).toBe(false);
  });
});
