import { randomBytes } from "node:crypto";
import type { Db } from "@courtier/db/client";
import { asPlatform } from "@courtier/db/tenancy";
import { uniqueViolation } from "#src/platform/errors.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import { emailInUse, insertUser } from "../auth/user.repository.ts";
import { insertPasswordLinkToken } from "../backoffice/staff.repository.ts";
import { insertSupportAgent } from "./chat.repository.ts";

const SET_PASSWORD_HOURS = 24;

/**
 * Creates a platform-support agent (operator command line) and returns a one-time link to choose
 * the password, or null when the address is taken. Agents belong to no office and no insurer.
 */
export async function createSupportAgent(
  db: Db,
  opts: { email: string; name: string; language: "nl" | "fr" | "en"; publicUrl: string },
): Promise<{ userId: string; link: string } | null> {
  if (await asPlatform(db, (tx) => emailInUse(tx, opts.email))) return null;
  const userId = crypto.randomUUID();
  const token = randomBytes(24).toString("base64url");
  const [firstName, ...rest] = opts.name.trim().split(/\s+/);
  try {
    await asPlatform(db, async (tx) => {
      await insertUser(tx, {
        id: userId,
        firstName: firstName ?? opts.name,
        lastName: rest.join(" "),
        email: opts.email,
        language: opts.language,
        emailVerified: true,
      });
      await insertSupportAgent(tx, userId);
      await insertPasswordLinkToken(tx, userId, token, new Date(Date.now() + SET_PASSWORD_HOURS * 3600_000));
      await recordAudit(tx, { action: "support.created", subject: userId });
    });
  } catch (error) {
    if (uniqueViolation(error)?.includes("user_email_key")) return null;
    throw error;
  }
  return { userId, link: `${opts.publicUrl}/reset-password?token=${token}` };
}
