import { z } from "zod";
import { emailField, requiredText } from "./fields.ts";

/** Product access ("integraties"): brokers request it with a producer number, insurer staff decide. */

const id = z.uuid({ error: "NOT_FOUND" });

/** "Nieuw toegangsverzoek voor <product>". The producer-number rule is the product's, checked on the server. */
export const accessRequestSchema = z.strictObject({
  productId: id,
  groupIds: z.array(id, { error: "REQUIRED" }).min(1, { error: "REQUIRED" }).max(50, { error: "TOO_LONG" }),
  producerNumber: z
    .string({ error: "REQUIRED" })
    .trim()
    .min(1, { error: "REQUIRED" })
    .max(20, { error: "TOO_LONG" }),
});
export type AccessRequestInput = z.input<typeof accessRequestSchema>;

export const decisionSchema = z.discriminatedUnion(
  "decision",
  [
    z.strictObject({ decision: z.literal("accept") }),
    z.strictObject({ decision: z.literal("refuse"), reason: requiredText(1000) }),
  ],
  { error: "REQUIRED" },
);
export type DecisionInput = z.input<typeof decisionSchema>;

export const revokeSchema = z.strictObject({ reason: requiredText(1000) });

export const staffInviteSchema = z.strictObject({
  name: requiredText(120),
  email: emailField,
  isAdmin: z.boolean({ error: "REQUIRED" }).default(false),
});
export type StaffInviteInput = z.input<typeof staffInviteSchema>;

export const integrationStatuses = ["pending", "accepted", "refused", "revoked"] as const;
export type IntegrationStatus = (typeof integrationStatuses)[number];

export const queueQuerySchema = z.strictObject({
  status: z.enum(["pending", "decided"], { error: "VALIDATION_FAILED" }).default("pending"),
  page: z.coerce.number({ error: "VALIDATION_FAILED" }).int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number({ error: "VALIDATION_FAILED" }).int().min(1).max(100).default(25),
});
