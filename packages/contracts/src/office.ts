import { z } from "zod";
import { emailField, languageField, newPasswordField, optionalText, requiredText } from "./fields.ts";
import { isBelgianPostcode } from "./identifiers.ts";

/** Requests of the office structure: users, invitations, groups, subaccounts. */

const id = z.uuid({ error: "NOT_FOUND" });

/** "Nieuwe gebruiker uitnodigen". No group means the office's "Default". */
export const inviteUserSchema = z.strictObject({
  firstName: requiredText(80),
  lastName: requiredText(80),
  email: emailField,
  language: languageField,
  isAdmin: z.boolean({ error: "REQUIRED" }).default(false),
  groupIds: z.array(id).max(50, { error: "TOO_LONG" }).default([]),
});
export type InviteUserInput = z.input<typeof inviteUserSchema>;

export const acceptInvitationSchema = z
  .strictObject({
    token: z.string({ error: "REQUIRED" }).min(1, { error: "REQUIRED" }).max(200, { error: "TOO_LONG" }),
    password: newPasswordField,
    confirmPassword: z.string({ error: "REQUIRED" }).min(1, { error: "REQUIRED" }),
  })
  .superRefine((value, ctx) => {
    if (value.password !== value.confirmPassword) {
      ctx.addIssue({ code: "custom", message: "PASSWORDS_DO_NOT_MATCH", path: ["confirmPassword"] });
    }
  });
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;

export const setRoleSchema = z.strictObject({
  role: z.enum(["admin", "intermediary"], { error: "REQUIRED" }),
});
export const groupRefSchema = z.strictObject({ groupId: id });

/** Postcode is optional on a group, but Belgian when given. */
const optionalPostcode = z
  .string({ error: "REQUIRED" })
  .trim()
  .refine((v) => v === "" || isBelgianPostcode(v), { error: "INVALID_POSTCODE" })
  .default("");

const optionalEmail = z
  .string({ error: "REQUIRED" })
  .trim()
  .toLowerCase()
  .max(254, { error: "TOO_LONG" })
  .refine((v) => v === "" || z.email().safeParse(v).success, { error: "INVALID_EMAIL" })
  .default("");

/** "Nieuwe groep maken": only the name is required. The logo is uploaded separately. */
export const groupSchema = z.strictObject({
  name: requiredText(80),
  street: optionalText(120),
  number: optionalText(20),
  postcode: optionalPostcode,
  city: optionalText(80),
  email: optionalEmail,
});
export type GroupInput = z.input<typeof groupSchema>;

export const membersQuerySchema = z.strictObject({
  q: z.string().trim().max(100, { error: "TOO_LONG" }).default(""),
  page: z.coerce.number({ error: "VALIDATION_FAILED" }).int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number({ error: "VALIDATION_FAILED" }).int().min(1).max(100).default(20),
});
export type MembersQuery = z.input<typeof membersQuerySchema>;

export const activityQuerySchema = z.strictObject({
  page: z.coerce.number({ error: "VALIDATION_FAILED" }).int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number({ error: "VALIDATION_FAILED" }).int().min(1).max(100).default(50),
});

export const subaccountSchema = z.strictObject({ groupId: id });

/** Logos: PNG, JPEG or WebP up to 2 MB, recognised by their content. */
export const logoRules = {
  maxBytes: 2 * 1024 * 1024,
  types: ["image/png", "image/jpeg", "image/webp"],
} as const;
