import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");

function runCli(args: string[], initCwd = packageDir) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
    cwd: packageDir,
    encoding: "utf8",
    env: { ...process.env, INIT_CWD: initCwd },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writeInput(input: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), "rating-cli-")), "input.json");
  writeFileSync(file, JSON.stringify(input));
  return file;
}

const example = JSON.parse(readFileSync(join(packageDir, "examples/bakery-priced.json"), "utf8"));

describe("rating CLI", () => {
  it.each([
    ["examples/bakery-priced.json", "priced"],
    ["examples/restaurant-referral.json", "referral"],
    ["examples/accountant-office.json", "priced"],
    ["examples/demolition-declined.json", "declined"],
  ])("prices %s (exit 0, JSON on stdout)", (file, status) => {
    const { status: code, stdout } = runCli(["price", file]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.status).toBe(status);
    expect(result.tariffVersion).toBe("vivium-kmo-2021-06");
  });

  it("resolves the input path against INIT_CWD, where npm was started", () => {
    const { status, stdout } = runCli(
      ["price", "packages/rating/examples/bakery-priced.json"],
      join(packageDir, "../.."),
    );
    expect(status).toBe(0);
    expect(JSON.parse(stdout).lines.length).toBeGreaterThan(0);
  });

  it.each([
    [
      "an unknown activity",
      { company: { ...example.company, activityCode: "99.999" } },
      "company.activityCode",
    ],
    ["a negative amount", { company: { ...example.company, turnoverCents: -1 } }, "company.turnoverCents"],
    ["a missing field", { paymentFrequency: undefined }, "paymentFrequency"],
    ["an unknown tariff", { tariff: "acme-2030" }, "tariff"],
    ["a date before the tariff", { effectiveDate: "2020-01-01" }, "effectiveDate"],
  ])("rejects %s naming the field, without a stack trace", (_name, change, field) => {
    const { status, stderr, stdout } = runCli(["price", writeInput({ ...example, ...change })]);
    expect(status).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toContain(field);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("rejects a file that is not JSON", () => {
    const file = writeInput("");
    writeFileSync(file, "{ not json");
    const { status, stderr } = runCli(["price", file]);
    expect(status).toBe(1);
    expect(stderr).toContain("not valid JSON");
  });

  it("checks the shipped tariff", () => {
    const { status, stdout } = runCli(["check", "tariffs/vivium-kmo-2021-06.json"]);
    expect(status).toBe(0);
    expect(stdout).toContain("ok: vivium-kmo-2021-06");
  });

  it("reports every problem of a broken tariff with its path", () => {
    const tariff = JSON.parse(readFileSync(join(packageDir, "tariffs/vivium-kmo-2021-06.json"), "utf8"));
    tariff.activities[0].riskClass = "9";
    delete tariff.legalAid;
    const { status, stderr } = runCli(["check", writeInput(tariff)]);
    expect(status).toBe(1);
    expect(stderr).toContain("legalAid");
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
