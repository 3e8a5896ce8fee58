import { createEmailVerificationToken } from "better-auth/api";

const VERIFY_EXPIRES_IN = 60 * 60 * 24;

/**
 * The link that confirms an address, signed like better-auth's own (its verify-email route checks
 * it), valid for 24 hours, leading to the profile page afterwards.
 */
export async function emailVerificationUrl(
  authSecret: string,
  publicUrl: string,
  email: string,
): Promise<string> {
  const token = await createEmailVerificationToken(authSecret, email, undefined, VERIFY_EXPIRES_IN);
  return `${publicUrl}/api/auth/verify-email?token=${token}&callbackURL=${encodeURIComponent("/profile?verified=1")}`;
}
