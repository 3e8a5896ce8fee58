import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { registration, TestClient } from "./harness.ts";

const main = fileURLToPath(new URL("../src/main.ts", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "courtier-process-"));
const children: ChildProcess[] = [];
let nextPort = 39_000 + (process.pid % 1000) * 3;

type Started = { child: ChildProcess; port: number; output: () => string; exited: Promise<number | null> };

function startServer(port = nextPort++): Started {
  const child = spawn(process.execPath, ["--import", "tsx", main], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      SMTP_URL: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let out = "";
  child.stdout?.on("data", (c) => (out += c));
  child.stderr?.on("data", (c) => (out += c));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, port, output: () => out, exited };
}

async function waitReady(port: number, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server on ${port} not ready`);
}

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the server process on the embedded database", () => {
  it("keeps an acknowledged write through kill -9, refuses a second server on the same folder, and stops cleanly on SIGTERM", async () => {
    const first = startServer();
    await waitReady(first.port);
    const client = new TestClient(
      `http://127.0.0.1:${first.port}`,
      `http://localhost:${first.port}`,
      "127.0.0.1",
    );
    const input = registration();
    expect((await client.post("/api/register", input, { host: `localhost:${first.port}` })).status).toBe(201);
    first.child.kill("SIGKILL");
    await first.exited;

    const second = startServer();
    await waitReady(second.port);
    const again = new TestClient(
      `http://127.0.0.1:${second.port}`,
      `http://localhost:${second.port}`,
      "127.0.0.1",
    );
    const signIn = await again.post("/api/session", { email: input.email, password: input.password });
    expect(signIn.status).toBe(200);

    const intruder = startServer();
    expect(await intruder.exited).toBe(1);
    expect(intruder.output()).toContain("is in use by another Courtier server");

    const stoppedAt = Date.now();
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(10_000);
  }, 90_000);
});
