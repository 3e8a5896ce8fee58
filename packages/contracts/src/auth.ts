import { z } from "zod";
import {
  currentPasswordField,
  emailField,
  enterpriseNumberField,
  languageField,
  newPasswordField,
  optionalText,
  phoneField,
  postcodeField,
  requiredText,
  websiteField,
} from "./fields.ts";

/** Tab "Persoonlijk" of the registration form. */
export const registerPersonalShape = {
  firstName: requiredText(80),
  lastName: requiredText(80),
  email: emailField,
  password: newPasswordField,
  confirmPassword: z.string({ error: "REQUIRED" }).min(1, { error: "REQUIRED" }),
  acceptTerms: z.literal(true, { error: "TERMS_NOT_ACCEPTED" }),
};

/** Tab "Account": the broker office. */
export const registerAccountShape = {
  commercialName: requiredText(120),
  enterpriseNumber: enterpriseNumberField,
  street: requiredText(120),
  number: requiredText(20),
  postcode: postcodeField,
  city: requiredText(80),
  website: websiteField,
  phone: phoneField,
};

function passwordsMatch<T extends { password?: string; newPassword?: string; confirmPassword: string }>(
  value: T,
  ctx: z.RefinementCtx,
) {
  const chosen = value.newPassword ?? value.password;
  if (value.confirmPassword !== chosen) {
    ctx.addIssue({ code: "custom", message: "PASSWORDS_DO_NOT_MATCH", path: ["confirmPassword"] });
  }
}

export const registerPersonalSchema = z.strictObject(registerPersonalShape).superRefine(passwordsMatch);
export const registerAccountSchema = z.strictObject(registerAccountShape);

export const registerSchema = z
  .strictObject({ ...registerPersonalShape, ...registerAccountShape, language: languageField.default("nl") })
  .superRefine(passwordsMatch);
export type RegisterInput = z.input<typeof registerSchema>;
export type Register = z.output<typeof registerSchema>;

export const signInSchema = z.strictObject({
  email: emailField,
  password: currentPasswordField,
});
export type SignInInput = z.input<typeof signInSchema>;

export const forgotPasswordSchema = z.strictObject({ email: emailField });

/** The token of an address-confirmation link, sent back by the page the link opens. */
export const emailVerificationSchema = z.strictObject({
  token: z.string({ error: "REQUIRED" }).min(1, { error: "REQUIRED" }).max(2000, { error: "TOO_LONG" }),
});

export const resetPasswordSchema = z
  .strictObject({
    token: z.string({ error: "REQUIRED" }).min(1, { error: "REQUIRED" }).max(200, { error: "TOO_LONG" }),
    newPassword: newPasswordField,
    confirmPassword: z.string({ error: "REQUIRED" }).min(1, { error: "REQUIRED" }),
  })
  .superRefine(passwordsMatch);

export const profileSchema = z.strictObject({
  firstName: requiredText(80),
  lastName: requiredText(80),
  language: languageField,
});
export type ProfileInput = z.input<typeof profileSchema>;

export const changeEmailSchema = z.strictObject({
  newEmail: emailField,
  currentPassword: currentPasswordField,
});

export const changePasswordSchema = z
  .strictObject({
    currentPassword: currentPasswordField,
    newPassword: newPasswordField,
    confirmPassword: z.string({ error: "REQUIRED" }).min(1, { error: "REQUIRED" }),
  })
  .superRefine(passwordsMatch);

export { optionalText };
