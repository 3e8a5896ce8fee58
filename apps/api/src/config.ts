import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";

/**
 * The only place that reads `process.env`. Everything else receives a `Config`.
 */
const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).default("0.0.0.0"),
    DATA_DIR: z.string().min(1).default("./data"),
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
      .optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
      .optional(),
    MAIL_FROM: z.string().min(3).default("Courtier <no-reply@courtier.localhost>"),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    // "true" is refused on purpose: trusting every hop lets any client choose its own address.
    TRUST_PROXY: z
      .string()
      .default("false")
      .transform((value, ctx): false | number | string[] => {
        if (value === "false") return false;
        if (/^[1-9][0-9]?$/.test(value)) return Number(value);
        const list = value.split(",").map((v) => v.trim());
        if (list.every((v) => /^[0-9a-f.:]+(\/[0-9]{1,3})?$/i.test(v))) return list;
        ctx.addIssue({
          code: "custom",
          message:
            "must be false, the number of proxies in front (e.g. 1), or their addresses/CIDRs (e.g. 10.0.0.5,10.0.1.0/24)",
        });
        return z.NEVER;
      }),
    METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
    /** Where a chat that nobody answered goes by mail. */
    SUPPORT_EMAIL: z.email("must be an email address").default("support@courtier.localhost"),
    /** Minutes a broker waits for support before the chat offers to go by mail. */
    SUPPORT_REPLY_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    /** Days an expired offer is kept before it is erased (the offer's data protection period). */
    QUOTE_RETENTION_DAYS: z.coerce
      .number()
      .int()
      .min(1)
      .max(100 * 365)
      .default(730),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    WEB_DIST: z.string().optional(),
  })
  // Session cookies are Secure exactly when the public address is https: in production anything
  // but this machine must be reached over https, or the cookies would travel in clear.
  .superRefine((e, ctx) => {
    if (e.NODE_ENV !== "production" || !e.PUBLIC_URL) return;
    const url = new URL(e.PUBLIC_URL);
    if (url.protocol === "https:" || ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname)) return;
    ctx.addIssue({
      code: "custom",
      path: ["PUBLIC_URL"],
      message: "must start with https:// in production (session cookies are only Secure over https)",
    });
  });

export type Config = {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  dataDir: string;
  /** Uploaded files (group logos), under DATA_DIR. */
  filesDir: string;
  publicUrl: string;
  database: { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string | null };
  smtpUrl: string | null;
  mailFrom: string;
  authSecret: string;
  /** Which proxies' X-Forwarded-For to believe: none, a hop count, or their addresses. */
  trustProxy: boolean | number | string[];
  logLevel: string;
  /** Bearer token for /metrics; without it, only this machine may read them. */
  metricsToken: string | null;
  webDist: string | null;
  /** Seconds the mail worker waits between polls of the outbox. */
  outboxPollMs: number;
  rateLimits: RateLimits;
  support: { email: string; replyMinutes: number };
  /** Days an expired offer is kept; the sweep erases it after that. */
  quoteRetentionDays: number;
};

export type RateLimitRule = { max: number; windowSeconds: number };
export type RateLimits = {
  signInFailuresPerIp: RateLimitRule;
  signInFailuresPerEmail: RateLimitRule;
  signUpPerIp: RateLimitRule;
  passwordResetPerIp: RateLimitRule;
  passwordResetPerEmail: RateLimitRule;
  chatMessagesPerUser: RateLimitRule;
  verificationMailsPerUser: RateLimitRule;
};

export const defaultRateLimits: RateLimits = {
  // The 4th failed sign-in within 15 minutes answers 429 (SECURITY-TARGETS.md).
  signInFailuresPerIp: { max: 3, windowSeconds: 15 * 60 },
  signInFailuresPerEmail: { max: 3, windowSeconds: 15 * 60 },
  signUpPerIp: { max: 10, windowSeconds: 60 * 60 },
  passwordResetPerIp: { max: 10, windowSeconds: 60 * 60 },
  passwordResetPerEmail: { max: 3, windowSeconds: 60 * 60 },
  // A person types a few messages a minute; a flood is refused with 429.
  chatMessagesPerUser: { max: 20, windowSeconds: 60 },
  // "Send the link again": enough for a lost mail or a spam folder, not a way to flood an inbox.
  verificationMailsPerUser: { max: 3, windowSeconds: 60 * 60 },
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** A secret that survives restarts without the operator having to set one. */
function persistedSecret(dataDir: string): string {
  const file = join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  // An empty variable means "not set", as in most shells' `VAR= command`.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    filesDir: join(dataDir, "files"),
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    database: e.DATABASE_URL ? { kind: "postgres", url: e.DATABASE_URL } : { kind: "pglite", dataDir },
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    authSecret: e.AUTH_SECRET ?? persistedSecret(dataDir),
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    metricsToken: e.METRICS_TOKEN ?? null,
    webDist: e.WEB_DIST ?? null,
    outboxPollMs: 1000,
    rateLimits: defaultRateLimits,
    support: { email: e.SUPPORT_EMAIL, replyMinutes: e.SUPPORT_REPLY_MINUTES },
    quoteRetentionDays: e.QUOTE_RETENTION_DAYS,
  };
}
