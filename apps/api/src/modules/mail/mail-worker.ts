import type { Db } from "@courtier/db/client";
import type { FastifyBaseLogger } from "fastify";
import nodemailer from "nodemailer";
import { claimDueMails, markMailFailed, markMailSent, type OutboxMail } from "./outbox.repository.ts";

export type MailTransport = { send(id: number, mail: OutboxMail): Promise<void> };

export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(id, mail) {
      await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        // The outbox id makes a retried send recognisable as the same message.
        messageId: `<outbox-${id}@courtier>`,
        headers: { "Content-Language": mail.language },
      });
    },
  };
}

/**
 * Without SMTP a mail is "delivered" to the local mailbox page. The log names the page, not the
 * mail's links: a reset link in a log would be a credential in a log.
 */
export function localMailboxTransport(publicUrl: string, log: FastifyBaseLogger): MailTransport {
  return {
    async send(id, mail) {
      log.info(
        { outboxId: id, subject: mail.subject },
        `mail kept in the local mailbox: ${publicUrl}/dev/mailbox/${id}`,
      );
    },
  };
}

export type MailWorker = { stop(): Promise<void>; drain(): Promise<void> };

export function startMailWorker(opts: {
  db: Db;
  transport: MailTransport;
  log: FastifyBaseLogger;
  /** null: no rounds of its own, only `drain()` sends (tests decide when mail goes out). */
  pollMs: number | null;
}): MailWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  // One round at a time in this process: a drain never overtakes a round that is mid-send.
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work);
    chain = next.catch(() => {});
    return next;
  };

  async function runOnce(): Promise<number> {
    const batch = await claimDueMails(opts.db, 10, 120);
    for (const item of batch) {
      try {
        await opts.transport.send(item.id, item.mail);
        await markMailSent(opts.db, item.id);
      } catch (error) {
        opts.log.warn(
          { outboxId: item.id, attempts: item.attempts, err: String(error) },
          "mail send failed; will retry",
        );
        await markMailFailed(opts.db, item.id, item.attempts, String(error));
      }
    }
    return batch.length;
  }

  const tick = () => {
    if (stopped) return;
    serial(runOnce)
      .catch((error) => opts.log.error({ err: error }, "mail worker round failed"))
      .then(() => {
        if (!stopped && opts.pollMs !== null) timer = setTimeout(tick, opts.pollMs);
      });
  };
  if (opts.pollMs !== null) timer = setTimeout(tick, 0);

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await chain;
    },
    /** Sends everything due now (tests, and a graceful shutdown). */
    async drain() {
      while ((await serial(runOnce)) > 0) {}
    },
  };
}
