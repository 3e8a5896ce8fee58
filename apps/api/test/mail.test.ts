import type { AddressInfo } from "node:net";
import { queryRows } from "@courtier/db/client";
import { sql } from "drizzle-orm";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderMail } from "#src/modules/mail/mail-templates.ts";
import { smtpTransport, startMailWorker } from "#src/modules/mail/mail-worker.ts";
import { enqueueMail } from "#src/modules/mail/outbox.repository.ts";
import { startTestServer, type TestServer } from "./harness.ts";

let server: TestServer;
let smtp: SMTPServer;
let smtpPort = 0;
const received: ParsedMail[] = [];
let refuseNext = 0;

beforeAll(async () => {
  server = await startTestServer();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      if (refuseNext > 0) {
        refuseNext--;
        stream.resume();
        stream.on("end", () => callback(new Error("451 try again later")));
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await server?.close();
});

describe("mail through the outbox and SMTP", () => {
  it("sends a mail with a plain-text and an HTML part in the recipient's language, and retries a refused send", async () => {
    const transport = smtpTransport(`smtp://127.0.0.1:${smtpPort}`, "Courtier <no-reply@courtier.test>");
    const mail = renderMail(
      { kind: "reset-password", firstName: "Anne", resetUrl: "http://x/reset-password?token=abc" },
      "en",
    );
    const id = await enqueueMail(server.db, { ...mail, to: "anne@office.be" });
    refuseNext = 1;
    const worker = startMailWorker({ db: server.db, transport, log: server.app.log, pollMs: null });
    await worker.drain();
    await worker.stop();
    expect(received).toHaveLength(0);
    const failed = await queryRows(server.db, sql`select attempts, sent_at from outbox where id = ${id}`);
    expect(failed[0]).toMatchObject({ attempts: 1, sent_at: null });

    // The retry waits for its backoff; bring it forward instead of sleeping.
    await server.db.execute(sql`update outbox set available_at = now() where id = ${id}`);
    const retry = startMailWorker({ db: server.db, transport, log: server.app.log, pollMs: null });
    await retry.drain();
    await retry.stop();
    expect(received).toHaveLength(1);
    const got = received[0]!;
    expect(got.subject).toBe("Set a new password");
    expect(got.text).toContain("http://x/reset-password?token=abc");
    expect(got.html).toContain('<a href="http://x/reset-password?token=abc"');
    expect(got.messageId).toBe(`<outbox-${id}@courtier>`);
    const sent = await queryRows<{ sent_at: unknown }>(
      server.db,
      sql`select sent_at from outbox where id = ${id}`,
    );
    expect(sent[0]!.sent_at).not.toBeNull();
  });

  it("escapes what users typed in the HTML part", () => {
    const mail = renderMail(
      { kind: "welcome", firstName: "<script>x</script>", officeName: "A&B", verifyUrl: "http://x" },
      "nl",
    );
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("A&amp;B");
  });
});
