/**
 * Where a server process spends its CPU: self time of a V8 CPU profile grouped by package (or by
 * the app's own module), and the busiest functions. Used by server.ts for `--profile` runs.
 */

type CallFrame = { functionName: string; url: string; lineNumber: number };
export type CpuProfile = {
  nodes: { id: number; callFrame: CallFrame }[];
  samples: number[];
  timeDeltas: number[];
};

function owner(frame: CallFrame): string {
  if (frame.functionName === "(garbage collector)") return "(garbage collector)";
  if (frame.functionName === "(program)") return "(program: V8/native outside JS)";
  const url = frame.url;
  if (!url) return `(native: ${frame.functionName || "anonymous"})`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const app = /\/apps\/api\/(src|bench)\/(.*)$/.exec(url);
  if (app)
    return `app: ${app[1]}/${app[2]!
      .split("/")
      .slice(0, app[1] === "src" ? 2 : 1)
      .join("/")}`;
  const workspace = /\/packages\/([^/]+)\//.exec(url);
  if (workspace) return `@courtier/${workspace[1]}`;
  if (url.startsWith("node:")) return url.split("/").slice(0, 2).join("/");
  return url.slice(-60);
}

/** Lines: share of busy (non-idle) time per owner, then the top functions. */
export function summarizeProfile(profile: CpuProfile, top = 12): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<number, number>();
  for (const [i, id] of profile.samples.entries())
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  for (const [id, micros] of self) {
    const frame = byId.get(id)!;
    if (frame.functionName === "(idle)") {
      idle += micros;
      continue;
    }
    busy += micros;
    const who = owner(frame);
    byOwner.set(who, (byOwner.get(who) ?? 0) + micros);
    const fn = `${frame.functionName || "(anonymous)"} [${who}${frame.url ? `:${frame.lineNumber + 1}` : ""}]`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
  }
  const share = (micros: number) => `${((100 * micros) / busy).toFixed(1).padStart(5)}%`;
  const lines = [
    `server main thread busy ${(busy / 1e6).toFixed(2)} s, idle ${(idle / 1e6).toFixed(2)} s; self time by owner:`,
  ];
  for (const [who, micros] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(`  ${share(micros)} ${who}`);
  lines.push("busiest functions:");
  for (const [fn, micros] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(`  ${share(micros)} ${fn}`);
  return lines;
}
