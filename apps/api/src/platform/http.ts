import type { ApiErrorBody, ErrorCode, FieldErrors, Language } from "@courtier/contracts/errors";
import { isErrorCode, messageFor } from "@courtier/contracts/errors";
import { fieldErrorsFrom } from "@courtier/contracts/validation";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { ZodError, z } from "zod";
import { type Auth, CLIENT_IP_HEADER } from "#src/modules/auth/auth.ts";
import { AppError } from "./errors.ts";

/** The request's language: the first of nl, fr, en in Accept-Language (the UI sends its own). */
export function requestLanguage(request: FastifyRequest): Language {
  const header = request.headers["accept-language"] ?? "";
  for (const part of header.split(",")) {
    const tag = part.split(";")[0]?.trim().slice(0, 2).toLowerCase();
    if (tag === "nl" || tag === "fr" || tag === "en") return tag;
  }
  return "nl";
}

/** Parses with a contract; a ZodError becomes a 400 with per-field messages in the error handler. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  return schema.parse(value ?? {});
}

/** Headers for calling better-auth in-process: the caller's, plus the client IP we trust. */
export function authHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value === undefined || key === CLIENT_IP_HEADER) continue;
    headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  headers.set(CLIENT_IP_HEADER, request.ip);
  return headers;
}

/** An id in a path that is not even a uuid is as unknown as any other: 404. */
export function uuidParam(value: unknown): string {
  const parsed = z.uuid().safeParse(value);
  if (!parsed.success) throw AppError.notFound();
  return parsed.data;
}

/** A password sign-in through better-auth, as the caller: the response carries the session cookie. */
export function signInWithPassword(auth: Auth, request: FastifyRequest, email: string, password: string) {
  return auth.api.signInEmail({
    body: { email, password, rememberMe: true },
    headers: authHeaders(request),
    asResponse: true,
  });
}

/** Ends the session a sign-in response just made (the password was right, the caller may not come in). */
export async function revokeSignIn(auth: Auth, response: Response): Promise<void> {
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  await auth.api.signOut({ headers: new Headers({ cookie }) }).catch(() => {});
}

/** Copies better-auth's session cookies onto our reply. */
export function forwardCookies(response: Response, reply: FastifyReply): void {
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) reply.header("set-cookie", cookies);
}

function errorBody(code: ErrorCode, language: Language, fields?: FieldErrors): ApiErrorBody {
  return { error: { code, message: messageFor(code, language), ...(fields ? { fields } : {}) } };
}

function localizeFields(fields: Record<string, unknown>, language: Language): FieldErrors {
  const out: FieldErrors = {};
  for (const [name, value] of Object.entries(fields)) {
    const code = typeof value === "string" ? value : (value as { code: string }).code;
    if (isErrorCode(code)) out[name] = { code, message: messageFor(code, language) };
  }
  return out;
}

/** Links that are credentials (reset, verification, invitation) never reach a log line. */
export const redactUrl = (url: string) =>
  url
    .replace(/([?&](?:token|code|password|callbackURL)=)[^&]*/gi, "$1[redacted]")
    .replace(/(\/api\/invitations\/)(?!accept(?:[/?]|$))[^/?]+/i, "$1[redacted]");

export const loggerOptions = (level: string) => ({
  level,
  redact: {
    paths: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]'],
    remove: true,
  },
  serializers: {
    req(req: FastifyRequest) {
      return { method: req.method, url: redactUrl(req.url), host: req.hostname, remoteAddress: req.ip };
    },
  },
});

export function registerHttpBasics(app: FastifyInstance, publicUrl: string): void {
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "same-origin");
    reply.header("x-frame-options", "DENY");
    reply.header(
      "content-security-policy",
      "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
    );
    if (request.routeOptions.url?.startsWith("/api/") || request.url.startsWith("/api/")) {
      reply.header("cache-control", "no-store");
    }
  });

  // CSRF: every state change (whatever its path: the router decodes %-escapes) must come from a
  // page of this host, or of the platform's own hosts when a proxy rewrites Host.
  const platformHost = new URL(publicUrl).host;
  const ownHost = (host: string, requestHost: string | undefined) =>
    host === requestHost || host === platformHost || host.endsWith(`.${platformHost}`);
  app.addHook("onRequest", async (request, reply) => {
    if (["GET", "HEAD", "OPTIONS"].includes(request.method)) return;
    const source = request.headers.origin ?? request.headers.referer;
    let sourceHost: string | null = null;
    try {
      sourceHost = source ? new URL(source).host : null;
    } catch {
      sourceHost = null;
    }
    if (!sourceHost || !ownHost(sourceHost, request.headers.host)) {
      request.log.warn({ origin: source ?? null }, "state change refused: origin does not match host");
      return reply.status(403).send(errorBody("ORIGIN_MISMATCH", requestLanguage(request)));
    }
  });

  app.setErrorHandler((error, request, reply) => {
    const language = requestLanguage(request);
    if (error instanceof AppError) {
      request.log.warn({ code: error.code }, "request refused");
      const fields = error.fields ? localizeFields(error.fields, language) : undefined;
      return reply.status(error.status).send(errorBody(error.code, language, fields));
    }
    if (error instanceof ZodError) {
      request.log.warn({ code: "VALIDATION_FAILED" }, "request refused");
      return reply
        .status(400)
        .send(errorBody("VALIDATION_FAILED", language, fieldErrorsFrom(error, language)));
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Malformed JSON, wrong content type, too large a body: the caller's mistake, not ours.
      request.log.warn({ code: (error as { code?: string }).code }, "bad request");
      const code: ErrorCode =
        status === 404 ? "NOT_FOUND" : status === 429 ? "RATE_LIMITED" : "VALIDATION_FAILED";
      return reply
        .status(status === 404 || status === 429 || status === 413 ? status : 400)
        .send(errorBody(code, language));
    }
    request.log.error({ err: safeError(error) }, "unexpected error");
    return reply.status(500).send(errorBody("INTERNAL", language));
  });
}

/**
 * What an unexpected error may say in a log: a failed query's message lists its parameters
 * (password hashes, tokens), so only the driver's own error and the stack go out.
 */
function safeError(error: unknown) {
  const e = error as {
    name?: string;
    message?: string;
    stack?: string;
    cause?: { message?: string; code?: string };
  };
  const message = (e.cause?.message ?? e.message ?? String(error)).split("\nparams:")[0];
  return {
    type: e.name,
    code: e.cause?.code,
    message: message?.startsWith("Failed query") ? "query failed" : message,
    stack: e.stack
      ?.split("\n")
      .filter((l) => l.trimStart().startsWith("at "))
      .join("\n"),
  };
}

export { errorBody };
