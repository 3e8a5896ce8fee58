import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import process from "node:process";
import { searchActivities } from "./activities.ts";
import { LANGUAGES, type Language } from "./coverage.ts";
import { type CompiledTariff, loadTariff } from "./load-tariff.ts";
import { priceQuote } from "./price-quote.ts";
import { RatingError } from "./rating-error.ts";
import { parseQuoteRequest } from "./rating-input.ts";
import { getShippedTariff, shippedTariffIds } from "./shipped-tariffs.ts";

const USAGE = `usage:
  rating price <input.json>           price a quote; prints the result as JSON
  rating check <tariff.json>          validate a tariff document
  rating activities <tariff> [query] [--lang nl|fr|en]
                                      list or search a tariff's activities

<tariff> is a shipped tariff id (${shippedTariffIds.join(", ")}) or a path to a tariff file.`;

const TARIFFS_DIR = join(import.meta.dirname, "..", "tariffs");

/** npm runs scripts in the package directory; INIT_CWD is where the user typed the command. */
function userPath(path: string): string {
  return isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

function fail(message: string, exitCode = 1): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(exitCode);
}

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    fail(`cannot read ${what} ${path}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(`${what} ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A tariff by shipped id, by id of a file dropped into tariffs/, or by path. */
function resolveTariff(reference: string, relativeTo: string): CompiledTariff {
  const shipped = getShippedTariff(reference);
  if (shipped) return shipped;
  const candidates = /^[a-z0-9][a-z0-9-]*$/.test(reference)
    ? [join(TARIFFS_DIR, `${reference}.json`)]
    : [resolve(relativeTo, reference), userPath(reference)];
  const path = candidates.find((candidate) => existsSync(candidate));
  if (!path) {
    throw new RatingError("UNKNOWN_TARIFF", [
      { path: "tariff", message: `unknown tariff "${reference}"; shipped: ${shippedTariffIds.join(", ")}` },
    ]);
  }
  return loadTariff(readJson(path, "tariff file"));
}

function price(file: string): void {
  const path = userPath(file);
  const json = readJson(path, "input file");
  if (typeof json !== "object" || json === null || Array.isArray(json))
    fail(`${file}: expected a JSON object`);
  const { tariff: reference, ...request } = json as Record<string, unknown>;
  if (typeof reference !== "string" || reference === "") {
    throw new RatingError("INVALID_INPUT", [{ path: "tariff", message: "expected a tariff id or path" }]);
  }
  const tariff = resolveTariff(reference, dirname(path));
  const result = priceQuote({ ...parseQuoteRequest(request), tariff });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

function check(file: string): void {
  const tariff = loadTariff(readJson(userPath(file), "tariff file"));
  const demo = tariff.demo ? ", demo" : "";
  const until = tariff.validTo ?? "open-ended";
  process.stdout.write(
    `ok: ${tariff.id} version ${tariff.version} (${tariff.insurer}${demo}), ${tariff.activities.length} activities, in force ${tariff.validFrom} to ${until}\n`,
  );
}

function activities(args: string[]): void {
  const langIndex = args.indexOf("--lang");
  const lang = langIndex >= 0 ? args[langIndex + 1] : "en";
  if (!LANGUAGES.includes(lang as Language)) fail(`--lang must be one of ${LANGUAGES.join(", ")}`, 2);
  const positional = args.filter((_, i) => i !== langIndex && i !== langIndex + 1);
  const [reference, ...query] = positional;
  if (!reference) fail(USAGE, 2);
  const tariff = resolveTariff(reference, userPath("."));
  for (const option of searchActivities(tariff, query.join(" "), lang as Language, 1000)) {
    process.stdout.write(
      `${option.code}  class ${option.riskClass}  ${option.acceptance.padEnd(8)}  ${option.name}\n`,
    );
  }
}

function main(argv: string[]): void {
  const [command, ...args] = argv;
  const [file] = args;
  if (command === "price" && args.length === 1 && file) price(file);
  else if (command === "check" && args.length === 1 && file) check(file);
  else if (command === "activities") activities(args);
  else if (command === "--help" || command === "help") process.stdout.write(`${USAGE}\n`);
  else fail(USAGE, 2);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  // Bad input is an expected outcome: report each field, never a stack trace.
  if (error instanceof RatingError) {
    const lines = error.issues.map((issue) => `  ${issue.path || "(root)"}: ${issue.message}`);
    fail(`${error.code}\n${lines.join("\n")}`);
  }
  fail(`unexpected: ${error instanceof Error ? error.message : String(error)}`, 70);
}
