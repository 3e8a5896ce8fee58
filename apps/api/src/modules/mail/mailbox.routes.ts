import type { FastifyInstance, FastifyRequest } from "fastify";
import type { AppContext } from "#src/app.ts";
import { AppError } from "#src/platform/errors.ts";
import { contract } from "#src/platform/openapi.ts";
import { findMailboxEntry, listMailbox } from "./outbox.repository.ts";

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

const isLoopback = (ip: string) => ip === "127.0.0.1" || ip === "::1" || ip === "::ffff:127.0.0.1";

const page = (title: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(title)}</title><style>
body{font-family:system-ui,Arial,sans-serif;margin:2rem auto;max-width:960px;color:#1d2433;padding:0 1rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #dde2ea;padding:.5rem;text-align:left;font-size:14px}
a{color:#1c4e9c}pre{white-space:pre-wrap;background:#f4f6fa;padding:1rem;border-radius:6px}
.note{background:#fff8e1;border:1px solid #f0d98a;padding:.75rem 1rem;border-radius:6px}
</style></head><body>${body}</body></html>`;

/**
 * The operator's local mailbox: with no SMTP_URL, mails are kept in the outbox and shown here,
 * to the machine's own browser only (they hold sign-in links).
 */
export function mailboxRoutes(app: FastifyInstance, { db, config }: AppContext): void {
  // Never in production: there, mails must leave through SMTP.
  if (config.smtpUrl || config.env === "production") return;

  // The socket's own address, not a forwarded one (a header is easy to forge), and a loopback
  // host name, so that a page rebinding its own name to 127.0.0.1 cannot read it either.
  const guard = (request: FastifyRequest) => {
    const forwarded = request.headers["x-forwarded-for"];
    const forwardedOk =
      forwarded === undefined || (typeof forwarded === "string" && isLoopback(forwarded.trim()));
    const hostOk = ["localhost", "127.0.0.1", "[::1]"].includes(request.hostname.replace(/:\d+$/, ""));
    if (!isLoopback(request.socket.remoteAddress ?? "") || !forwardedOk || !hostOk) throw AppError.notFound();
  };

  app.get(
    "/dev/mailbox",
    contract({ summary: "Local mailbox", access: "operator-local" }),
    async (request, reply) => {
      guard(request);
      const entries = await listMailbox(db);
      const rows = entries
        .map(
          (e) =>
            `<tr><td>${e.createdAt.toISOString().replace("T", " ").slice(0, 19)}</td><td>${escapeHtml(e.mail.to)}</td>` +
            `<td><a href="/dev/mailbox/${e.id}">${escapeHtml(e.mail.subject)}</a></td><td>${e.mail.language}</td></tr>`,
        )
        .join("");
      return reply.type("text/html; charset=utf-8").send(
        page(
          "Courtier – local mailbox",
          `<h1>Local mailbox</h1><p class="note">SMTP_URL is not set, so Courtier keeps its mails here instead of sending them. This page answers on this machine only.</p>
<table><thead><tr><th>Created (UTC)</th><th>To</th><th>Subject</th><th>Language</th></tr></thead><tbody>${rows || '<tr><td colspan="4">No mails yet.</td></tr>'}</tbody></table>`,
        ),
      );
    },
  );

  app.get<{ Params: { id: string } }>(
    "/dev/mailbox/:id",
    contract({ summary: "One kept mail", access: "operator-local" }),
    async (request, reply) => {
      guard(request);
      const id = Number(request.params.id);
      const entry = Number.isSafeInteger(id) ? await findMailboxEntry(db, id) : null;
      if (!entry) throw AppError.notFound();
      const linked = escapeHtml(entry.mail.text).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>');
      return reply.type("text/html; charset=utf-8").send(
        page(
          entry.mail.subject,
          `<p><a href="/dev/mailbox">← Local mailbox</a></p><h1>${escapeHtml(entry.mail.subject)}</h1>
<p>To: ${escapeHtml(entry.mail.to)} · Language: ${entry.mail.language}</p><pre>${linked}</pre>`,
        ),
      );
    },
  );
}
