import { createEmailVerificationToken } from "better-auth/api";

const VERIFY_EXPIRES_IN = 60 * 60 * 24;

/**
 * The link that confirms an address: a page of ours, valid for 24 hours, signed like better-auth's
 * own token (its verify-email endpoint checks it). Opening the page changes nothing; its button
 * sends the token with POST, so a mail scanner that follows links confirms nothing.
 */
export async function emailVerificationUrl(
  authSecret: string,
  publicUrl: string,
  email: string,
): Promise<string> {
  const token = await createEmailVerificationToken(authSecret, email, undefined, VERIFY_EXPIRES_IN);
  return verifyPageUrl(publicUrl, token);
}

/** The confirmation page of a token, as a path of this site. */
export const verifyPagePath = (token: string) => `/verify-email?token=${encodeURIComponent(token)}`;

export const verifyPageUrl = (publicUrl: string, token: string) => `${publicUrl}${verifyPagePath(token)}`;
