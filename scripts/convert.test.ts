import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SAMPLES } from "../src/import/samples";

const tsx = join(process.cwd(), "node_modules/.bin/tsx");

describe("npm run convert and validate", () => {
  it("converts TimelineJS's CSV to our JSON, then back to CSV, and validate accepts both", () => {
    const dir = mkdtempSync(join(tmpdir(), "convert-"));
    const json = join(dir, "women.json");
    const csv = join(dir, "women.csv");
    execFileSync(
      tsx,
      ["scripts/convert.ts", SAMPLES.womenInComputing, "--to", "json", "--out", json],
      { stdio: "pipe" },
    );
    const dataset = JSON.parse(readFileSync(json, "utf8"));
    expect(dataset.meta.title).toBe("Women in Computing");
    expect(dataset.events).toHaveLength(10);
    execFileSync(tsx, ["scripts/convert.ts", json, "--to", "csv", "--out", csv], { stdio: "pipe" });
    // A byte-order mark first, for Excel; then the template's header.
    expect(readFileSync(csv, "utf8")).toMatch(/^\uFEFFid,title,start,end,/);
    const validated = spawnSync(tsx, ["scripts/validate.ts", csv], { encoding: "utf8" });
    expect(validated.stdout).toContain("is valid: our CSV template: 10 events");
    expect(validated.status).toBe(0);
  }, 60_000);

  it("fails with the reasons for a file it cannot use", () => {
    const result = spawnSync(tsx, ["scripts/convert.ts", SAMPLES.cosmo, "--to", "json"], {
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "events[0].start_date.year: 13.8 billion years ago is before year 1",
    );
    expect(result.stdout).toBe("");
  }, 60_000);
});
