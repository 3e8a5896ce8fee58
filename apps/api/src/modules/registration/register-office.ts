import type { Register } from "@courtier/contracts/auth";
import type { Db } from "@courtier/db/client";
import { asPlatform } from "@courtier/db/tenancy";
import { AppError, uniqueViolation } from "#src/platform/errors.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import { emailVerificationUrl } from "../auth/email-verification.ts";
import { hashPassword, isCommonPassword } from "../auth/password.ts";
import { emailInUse, insertUserWithPassword } from "../auth/user.repository.ts";
import { renderMail } from "../mail/mail-templates.ts";
import { enqueueMail } from "../mail/outbox.repository.ts";
import { createOffice } from "../office/office.repository.ts";

export type RegisterOfficeOptions = {
  db: Db;
  input: Register;
  ip: string;
  publicUrl: string;
  authSecret: string;
};

/**
 * Creates the broker office, its first admin ("Beheerder") and its "Default" group, and queues the
 * welcome mail with the address-verification link, all in one transaction.
 */
export async function registerOffice({ db, input, ip, publicUrl, authSecret }: RegisterOfficeOptions) {
  if (isCommonPassword(input.password)) throw AppError.validation({ password: "PASSWORD_TOO_COMMON" });
  if (await emailInUse(db, input.email)) throw AppError.validation({ email: "EMAIL_TAKEN" });

  const passwordHash = await hashPassword(input.password);
  const userId = crypto.randomUUID();
  const verifyUrl = await emailVerificationUrl(authSecret, publicUrl, input.email);

  try {
    // The office does not exist yet, so there is no office scope to work in.
    return await asPlatform(db, async (tx) => {
      await insertUserWithPassword(tx, {
        id: userId,
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        language: input.language,
        passwordHash,
      });
      const { accountId, defaultGroupId } = await createOffice(
        tx,
        {
          commercialName: input.commercialName,
          enterpriseNumber: input.enterpriseNumber,
          street: input.street,
          number: input.number,
          postcode: input.postcode,
          city: input.city,
          website: input.website,
          phone: input.phone,
        },
        userId,
      );
      await recordAudit(tx, {
        accountId,
        actorUserId: userId,
        action: "office.registered",
        subject: accountId,
        ipAddress: ip,
        data: { enterpriseNumber: input.enterpriseNumber },
      });
      const mail = renderMail(
        { kind: "welcome", firstName: input.firstName, officeName: input.commercialName, verifyUrl },
        input.language,
      );
      await enqueueMail(tx, { ...mail, to: input.email });
      return { userId, accountId, defaultGroupId };
    });
  } catch (error) {
    // Two registrations of one address at the same moment: the unique index decides.
    if (uniqueViolation(error)?.includes("user_email_key"))
      throw AppError.validation({ email: "EMAIL_TAKEN" });
    throw error;
  }
}
