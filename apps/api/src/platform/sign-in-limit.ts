import type { Db } from "@courtier/db/client";
import type { RateLimits } from "#src/config.ts";
import { AppError } from "./errors.ts";
import { clearRateLimit, hitRateLimit, releaseRateLimit } from "./rate-limit.repository.ts";

/**
 * Failed sign-ins per address and per email. Each attempt is counted *before* the password is
 * checked, so parallel guesses cannot all slip under the limit; a success gives its count back.
 * The attempt after the 3rd failure in the window answers 429, even with the right password.
 */
export async function reserveSignInAttempt(db: Db, limits: RateLimits, ip: string, email: string) {
  const ipKey = `sign-in-failures:ip:${ip}`;
  const emailKey = `sign-in-failures:email:${email}`;
  const [byIp, byEmail] = await Promise.all([
    hitRateLimit(db, ipKey, limits.signInFailuresPerIp),
    hitRateLimit(db, emailKey, limits.signInFailuresPerEmail),
  ]);
  if (byIp > limits.signInFailuresPerIp.max || byEmail > limits.signInFailuresPerEmail.max) {
    // A refused attempt does not make the wait longer.
    await Promise.all([releaseRateLimit(db, ipKey), releaseRateLimit(db, emailKey)]);
    throw new AppError("RATE_LIMITED", 429);
  }
  return {
    async succeeded() {
      await Promise.all([releaseRateLimit(db, ipKey), clearRateLimit(db, emailKey)]);
    },
  };
}

/** Wrong current passwords on the profile: the same protection for someone holding a session. */
export async function reservePasswordCheck(db: Db, limits: RateLimits, userId: string) {
  const key = `password-check-failures:user:${userId}`;
  const count = await hitRateLimit(db, key, limits.signInFailuresPerEmail);
  if (count > limits.signInFailuresPerEmail.max) {
    await releaseRateLimit(db, key);
    throw new AppError("RATE_LIMITED", 429);
  }
  return {
    async succeeded() {
      await clearRateLimit(db, key);
    },
  };
}
