import { z } from "zod";
import { isBelgianPostcode, normalizeBelgianPhone, parseEnterpriseNumber } from "./identifiers.ts";

/**
 * Field builders shared by every form. Each issue's message is an `ErrorCode`, so the browser and
 * the server show the same message next to the same field.
 */

export const requiredText = (max: number) =>
  z.string({ error: "REQUIRED" }).trim().min(1, { error: "REQUIRED" }).max(max, { error: "TOO_LONG" });

export const optionalText = (max: number) =>
  z.string({ error: "REQUIRED" }).trim().max(max, { error: "TOO_LONG" }).default("");

export const emailField = z
  .string({ error: "REQUIRED" })
  .trim()
  .toLowerCase()
  .min(1, { error: "REQUIRED" })
  .max(254, { error: "TOO_LONG" })
  .pipe(z.email({ error: "INVALID_EMAIL" }));

/** Length rules only: the common-password list is checked on the server, where the list lives. */
export const newPasswordField = z
  .string({ error: "REQUIRED" })
  .min(8, { error: "PASSWORD_TOO_SHORT" })
  .max(128, { error: "PASSWORD_TOO_LONG" });

export const currentPasswordField = z
  .string({ error: "REQUIRED" })
  .min(1, { error: "REQUIRED" })
  .max(128, { error: "PASSWORD_TOO_LONG" });

export const languageField = z.enum(["nl", "fr", "en"], { error: "INVALID_LANGUAGE" });

/** Someone's own interface language, saved alone: insurer staff and platform support (brokers save it with their profile). */
export const languageSettingsSchema = z.strictObject({ language: languageField });

export const enterpriseNumberField = z
  .string({ error: "REQUIRED" })
  .trim()
  .min(1, { error: "REQUIRED" })
  .transform((value, ctx) => {
    const result = parseEnterpriseNumber(value);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: result.problem });
      return z.NEVER;
    }
    return result.digits;
  });

export const postcodeField = z
  .string({ error: "REQUIRED" })
  .trim()
  .min(1, { error: "REQUIRED" })
  .refine(isBelgianPostcode, { error: "INVALID_POSTCODE" });

export const phoneField = z
  .string({ error: "REQUIRED" })
  .trim()
  .min(1, { error: "REQUIRED" })
  .transform((value, ctx) => {
    const normalized = normalizeBelgianPhone(value);
    if (!normalized) {
      ctx.addIssue({ code: "custom", message: "INVALID_PHONE" });
      return z.NEVER;
    }
    return normalized;
  });

/** Optional website; a bare domain gets https:// in front. */
export const websiteField = z
  .string({ error: "REQUIRED" })
  .trim()
  .max(200, { error: "TOO_LONG" })
  .transform((value, ctx) => {
    if (value === "") return "";
    const withScheme = /^https?:\/\//i.test(value) ? value : `https://${value}`;
    try {
      const url = new URL(withScheme);
      if (!url.hostname.includes(".")) throw new Error("no domain");
      return url.toString().replace(/\/$/, "");
    } catch {
      ctx.addIssue({ code: "custom", message: "INVALID_URL" });
      return z.NEVER;
    }
  })
  .default("");
