import { parseArgs } from "node:util";
import { isErrorCode, messageFor } from "@courtier/contracts/errors";
import { emailField, requiredText } from "@courtier/contracts/fields";
import { DataDirLockedError, openDatabase } from "@courtier/db/client";
import { asPlatform } from "@courtier/db/tenancy";
import { z } from "zod";
import { ConfigError, loadConfig } from "./config.ts";
import { hashPassword, isCommonPassword } from "./modules/auth/password.ts";
import { setPassword } from "./modules/auth/user.repository.ts";
import { createStaff } from "./modules/backoffice/staff.ts";
import { seedCatalog } from "./modules/catalog/catalog.repository.ts";
import { createSupportAgent } from "./modules/chat/support-agents.ts";
import { AppError } from "./platform/errors.ts";

/**
 * Operator commands. `npm run --silent courtier -- staff:create --insurer vivium --email e --name "n"`
 * prints a one-time link to choose the password; `--password-stdin` sets it from standard input.
 */
const usage = `Usage:
  npm run --silent courtier -- staff:create --insurer <slug> --email <email> --name "<name>" [--admin] [--language nl|fr|en] [--password-stdin]
  npm run --silent courtier -- support:create --email <email> --name "<name>" [--language nl|fr|en] [--password-stdin]

With the embedded database, stop the server first: it holds the data folder's lock.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

async function staffCreate(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      insurer: { type: "string" },
      email: { type: "string" },
      name: { type: "string" },
      admin: { type: "boolean", default: false },
      language: { type: "string", default: "nl" },
      "password-stdin": { type: "boolean", default: false },
    },
    strict: true,
  });
  const parsed = z
    .object({
      insurer: z
        .string({ error: "--insurer is required" })
        .regex(/^[a-z0-9-]+$/, "--insurer must be an insurer's slug"),
      email: z.string({ error: "--email is required" }).pipe(emailField),
      name: z.string({ error: "--name is required" }).pipe(requiredText(120)),
      language: z.enum(["nl", "fr", "en"], { error: "--language must be nl, fr or en" }),
    })
    .safeParse(values);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) =>
      isErrorCode(i.message) ? `--${i.path.join(".")}: ${messageFor(i.message, "en")}` : i.message,
    );
    fail(`${lines.join("\n")}\n\n${usage}`);
  }
  const password = values["password-stdin"] ? await readStdin() : null;
  if (password !== null && (password.length < 8 || password.length > 128 || isCommonPassword(password))) {
    fail("The password must be 8 to 128 characters and not a common password.");
  }

  const config = loadConfig(process.env);
  const database = await openDatabase(config.database);
  try {
    await database.migrate();
    await seedCatalog(database.db);
    const { userId, link } = await createStaff(database.db, {
      insurerSlug: parsed.data.insurer,
      name: parsed.data.name,
      email: parsed.data.email,
      role: values.admin ? "admin" : "member",
      language: parsed.data.language,
      publicUrl: config.publicUrl,
      createdBy: null,
      ip: null,
    });
    if (password !== null) {
      const hash = await hashPassword(password);
      await asPlatform(database.db, (tx) => setPassword(tx, userId, hash));
      process.stdout.write(`Staff member ${parsed.data.email} created with the given password.\n`);
    } else {
      process.stdout.write(
        `Staff member ${parsed.data.email} created. One-time link to choose the password (24 hours):\n${link}\n`,
      );
    }
  } catch (error) {
    if (error instanceof AppError) {
      const field = Object.keys(error.fields ?? {})[0];
      const code = field ? (error.fields as Record<string, string>)[field] : error.code;
      fail(
        code === "EMAIL_TAKEN"
          ? `The address ${parsed.data.email} is already used on the platform.`
          : code === "NOT_FOUND" && field === "insurer"
            ? `There is no insurer "${parsed.data.insurer}".`
            : `Refused: ${code}`,
      );
    }
    throw error;
  } finally {
    await database.close();
  }
}

/** Platform support: answers the chat in the support console (/support on the platform host). */
async function supportCreate(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      language: { type: "string", default: "nl" },
      "password-stdin": { type: "boolean", default: false },
    },
    strict: true,
  });
  const parsed = z
    .object({
      email: z.string({ error: "--email is required" }).pipe(emailField),
      name: z.string({ error: "--name is required" }).pipe(requiredText(120)),
      language: z.enum(["nl", "fr", "en"], { error: "--language must be nl, fr or en" }),
    })
    .safeParse(values);
  if (!parsed.success)
    fail(`${parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n")}\n\n${usage}`);
  const password = values["password-stdin"] ? await readStdin() : null;
  if (password !== null && (password.length < 8 || password.length > 128 || isCommonPassword(password))) {
    fail("The password must be 8 to 128 characters and not a common password.");
  }
  const config = loadConfig(process.env);
  const database = await openDatabase(config.database);
  try {
    await database.migrate();
    const result = await createSupportAgent(database.db, { ...parsed.data, publicUrl: config.publicUrl });
    if (!result) fail(`The address ${parsed.data.email} is already used on the platform.`);
    if (password !== null) {
      const hash = await hashPassword(password);
      await asPlatform(database.db, (tx) => setPassword(tx, result.userId, hash));
      process.stdout.write(`Support agent ${parsed.data.email} created with the given password.\n`);
    } else {
      process.stdout.write(
        `Support agent ${parsed.data.email} created. One-time link to choose the password (24 hours):\n${result.link}\n`,
      );
    }
  } finally {
    await database.close();
  }
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  try {
    if (command === "staff:create") return await staffCreate(rest);
    if (command === "support:create") return await supportCreate(rest);
    fail(command ? `Unknown command: ${command}\n\n${usage}` : usage);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirLockedError) fail(error.message);
    if ((error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS"))
      fail(`${(error as Error).message}\n\n${usage}`);
    throw error;
  }
}

await main();
