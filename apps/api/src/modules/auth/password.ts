import { type Algorithm, hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * argon2id with 46 MiB, t=1, p=1: OWASP's minimum, above better-auth's default scrypt settings
 * (see docs/decisions/006-password-hashing.md).
 */
// 2 is Algorithm.Argon2id; the enum is a const enum that isolated modules cannot read.
const argon2Options = { algorithm: 2 as Algorithm, memoryCost: 47_104, timeCost: 1, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }) {
  try {
    return await verify(stored, password);
  } catch {
    // A malformed stored hash is a failed sign-in, never a crash.
    return false;
  }
}

const commonPasswords = new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));

/**
 * True when the password is on the shipped list of ~30,000 common passwords (zxcvbn-ts), compared
 * case-insensitively, so "Password1" is refused like "password1".
 */
export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.toLowerCase());
}
