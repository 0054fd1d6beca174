/**
 * Lighthouse 12 (mobile, simulated throttling: its defaults) against the
 * default app served gzipped, as a phone would first see it. Headless
 * Chromium here renders WebGL in software, which inflates main-thread
 * figures (total blocking time above all); LCP and CLS are simulated from
 * the trace and the network, so they move less.
 */
import { createServer } from "node:net";
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, chromiumPath } from "../scripts/chromium";
import { round } from "./metrics";
import { serveStatic } from "./serve";
import { errorMessage, withTimeout } from "./time";
import type { LighthouseResult, TargetCheck } from "./types";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

export async function measureLighthouse(dir: string): Promise<LighthouseResult> {
  const empty: LighthouseResult = {
    lcpMs: null,
    cls: null,
    tbtMs: null,
    scores: { performance: null, accessibility: null, bestPractices: null, seo: null },
    failing: [],
    error: null,
  };
  const server = await serveStatic(dir, { from: 4400, to: 4499 }, { gzip: true });
  const port = await freePort();
  const executablePath = chromiumPath();
  const browser = await chromium.launch({
    headless: true,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
    ...(executablePath ? { executablePath } : {}),
  });
  try {
    const run = await withTimeout(
      lighthouse(`${server.origin}/`, {
        port,
        output: "json",
        logLevel: "error",
        onlyCategories: CATEGORIES,
      }),
      180_000,
      "Lighthouse",
    );
    if (!run) return { ...empty, error: "Lighthouse gave no result" };
    const { audits, categories } = run.lhr;
    const score = (id: string) => {
      const value = categories[id]?.score;
      return value === null || value === undefined ? null : Math.round(value * 100);
    };
    const numeric = (id: string) => {
      const value = audits[id]?.numericValue;
      return value === undefined ? null : value;
    };
    const failing = ["accessibility", "best-practices", "seo"].flatMap((id) =>
      (categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${id}: ${ref.id}`),
    );
    const lcp = numeric("largest-contentful-paint");
    const cls = numeric("cumulative-layout-shift");
    const tbt = numeric("total-blocking-time");
    return {
      lcpMs: lcp === null ? null : round(lcp, 0),
      cls: cls === null ? null : round(cls, 3),
      tbtMs: tbt === null ? null : round(tbt, 0),
      scores: {
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
      },
      failing,
      error: run.lhr.runtimeError?.message ?? null,
    };
  } catch (error) {
    return { ...empty, error: errorMessage(error) };
  } finally {
    await withTimeout(browser.close(), 15_000, "closing Chromium").catch(() => undefined);
    await server.close();
  }
}

export function lighthouseTargets(result: LighthouseResult | null | undefined): TargetCheck[] {
  const missing = result?.error ?? "not measured (--no-lighthouse)";
  const check = (
    target: string,
    value: number | null | undefined,
    pass: (v: number) => boolean,
    unit = "",
  ) =>
    value === null || value === undefined
      ? ({ target, value: missing, status: "N/A" } as TargetCheck)
      : ({
          target,
          value: `${value}${unit}`,
          status: pass(value) ? "PASS" : "MISS",
        } as TargetCheck);
  return [
    check(
      "Lighthouse mobile: largest contentful paint < 2.5 s",
      result?.lcpMs,
      (v) => v < 2500,
      " ms",
    ),
    check("Lighthouse mobile: cumulative layout shift < 0.05", result?.cls, (v) => v < 0.05),
    check("Lighthouse mobile: accessibility = 100", result?.scores.accessibility, (v) => v === 100),
    check(
      "Lighthouse mobile: best practices = 100",
      result?.scores.bestPractices,
      (v) => v === 100,
    ),
    check("Lighthouse mobile: SEO = 100", result?.scores.seo, (v) => v === 100),
  ];
}

export function lighthouseLine(result: LighthouseResult | null | undefined): string[] {
  if (!result) return [];
  const s = result.scores;
  return [
    `Lighthouse 12.2.3, mobile, simulated throttling, against the build served gzipped: LCP ${result.lcpMs ?? "—"} ms, CLS ${result.cls ?? "—"}, total blocking time ${result.tbtMs ?? "—"} ms (inflated: software WebGL on this machine); scores: performance ${s.performance ?? "—"}, accessibility ${s.accessibility ?? "—"}, best practices ${s.bestPractices ?? "—"}, SEO ${s.seo ?? "—"}.${result.failing.length > 0 ? ` Failing audits: ${result.failing.join(", ")}.` : ""}${result.error ? ` Problem: ${result.error}.` : ""}`,
    "",
  ];
}
