import { appendFileSync, existsSync, readdirSync, readFileSync } from "node:fs";

/**
 * Processor seconds of this worker's browsers, by Chromium process type (renderer, gpu-process,
 * utility…), read from /proc: the browsers a worker launches are its descendants. For finding
 * where the suite's time goes (`E2E_CPU_LOG=file npx playwright test`, README "For developers"):
 * a test's CPU seconds are not inflated by other jobs the way its wall time is.
 */
export function browserCpu(): Record<string, number> {
  const procs = new Map<number, { parent: number; seconds: number; kind: string }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command's closing parenthesis: state, ppid, … utime (12th), stime (13th).
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const command = readFileSync(`/proc/${entry}/cmdline`, "utf8");
      procs.set(Number(entry), {
        parent: Number(fields[1]),
        seconds: (Number(fields[11]) + Number(fields[12])) / 100,
        kind: /--type=([a-z-]+)/.exec(command)?.[1] ?? "browser",
      });
    } catch {
      // The process ended while being read.
    }
  }
  const byKind: Record<string, number> = {};
  for (const proc of procs.values()) {
    let ancestor = proc.parent;
    while (ancestor > 1 && ancestor !== process.pid) ancestor = procs.get(ancestor)?.parent ?? 0;
    if (ancestor === process.pid) byKind[proc.kind] = (byKind[proc.kind] ?? 0) + proc.seconds;
  }
  return byKind;
}

/**
 * Starts measuring a test; the returned function appends its line to `file` (JSON lines), with
 * `loads`, the documents the test's pages loaded, when the caller counts them.
 */
export function startCpuLog(file: string, test: { file: string; title: string; retry: number }) {
  if (!existsSync("/proc/self/stat")) return (_loads?: number) => {};
  const before = browserCpu();
  const started = Date.now();
  return (loads?: number) => {
    const after = browserCpu();
    const cpu: Record<string, number> = {};
    // A browser that closed during the test takes its seconds with it: a kind can read negative.
    for (const kind of new Set([...Object.keys(before), ...Object.keys(after)]))
      cpu[kind] = Math.round(((after[kind] ?? 0) - (before[kind] ?? 0)) * 100) / 100;
    appendFileSync(file, `${JSON.stringify({ ...test, ms: Date.now() - started, loads, cpu })}\n`);
  };
}
