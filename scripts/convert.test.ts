import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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

  it("refuses an output it cannot write, an empty --out and a --to of Object's own names in one line, exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "convert-"));
    const run = (...args: string[]) =>
      spawnSync(tsx, ["scripts/convert.ts", SAMPLES.womenInComputing, ...args], {
        encoding: "utf8",
      });
    for (const [args, said] of [
      [
        ["--out", join(dir, "nodir", "x.json")],
        `Cannot write ${join(dir, "nodir", "x.json")}: no such folder`,
      ],
      [["--out", dir], `Cannot write ${dir}: it is a folder`],
      [["--out", ""], "--out needs a file name (leave it out to write to stdout)."],
      [["--to", "toString"], "--to must be json, csv or geojson, not toString"],
      [["--to", "__proto__"], "--to must be json, csv or geojson, not __proto__"],
    ] as const) {
      const result = run(...args);
      expect({ args, status: result.status, first: result.stderr.split("\n")[0] }).toEqual({
        args,
        status: 2,
        first: said,
      });
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    // Counts in words: "1 event", "1 problem".
    const one = join(dir, "one.csv");
    writeFileSync(one, "title,start\nA,2018\nB,someday\n");
    const converted = spawnSync(tsx, ["scripts/convert.ts", one, "--out", join(dir, "one.json")], {
      encoding: "utf8",
    });
    expect(converted.stderr).toContain(": 1 event, 1 problem listed above");
  }, 60_000);

  it("validate gives the app's advice on bytes, and a summary with nothing dangling", () => {
    const dir = mkdtempSync(join(tmpdir(), "validate-"));
    const utf16 = join(dir, "dates.txt");
    writeFileSync(utf16, Buffer.from("\uFEFFtitle\tstart\n", "utf16le"));
    const noEvents = join(dir, "none.json");
    writeFileSync(noEvents, JSON.stringify({ meta: { title: "T" }, events: [] }));
    const validate = (file: string) =>
      spawnSync(tsx, ["scripts/validate.ts", file], { encoding: "utf8" }).stdout;
    expect(validate(utf16)).toContain("This text is in UTF-16");
    expect(validate(noEvents)).toMatch(/; our JSON format\n$/);
  }, 60_000);

  it("reads - as stdin, and stops quietly when the reader stops early (review 32: EPIPE)", () => {
    const dir = mkdtempSync(join(tmpdir(), "convert-"));
    const big = join(dir, "big.csv");
    const rows = Array.from({ length: 4000 }, (_, i) => `Event ${i},2018-01-01`);
    writeFileSync(big, `title,start\n${rows.join("\n")}\n`);
    const fromStdin = spawnSync(tsx, ["scripts/convert.ts", "-", "--to", "json"], {
      input: "title,start\nA,2018\n",
      encoding: "utf8",
    });
    expect(JSON.parse(fromStdin.stdout).events).toHaveLength(1);
    expect(fromStdin.stderr).toContain("✔ stdin (our CSV template) → stdout: 1 event");
    const piped = spawnSync(
      "bash",
      ["-o", "pipefail", "-c", `"${tsx}" scripts/convert.ts "${big}" --to json | head -c 100`],
      { encoding: "utf8" },
    );
    expect(piped.stdout).toHaveLength(100);
    expect(piped.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(piped.status).toBe(0);
  }, 60_000);

  it("says what CSV and GeoJSON leave out, in the Download menu's words (review 32)", () => {
    const dir = mkdtempSync(join(tmpdir(), "convert-"));
    const story = join(dir, "story.json");
    writeFileSync(
      story,
      JSON.stringify({
        meta: { title: "T", source: { title: "S" } },
        places: [],
        periods: [{ id: "p", title: "P", start: "2018" }],
        events: [
          { id: "a", title: "A", start: "2018", places: [], actors: [], tags: [], summary: "" },
        ],
      }),
    );
    const stderr = (to: string) =>
      spawnSync(tsx, ["scripts/convert.ts", story, "--to", to, "--out", join(dir, `out.${to}`)], {
        encoding: "utf8",
      }).stderr;
    expect(stderr("csv")).toContain(
      "CSV and GeoJSON leave out the periods, the source and the licence; CSV also",
    );
    expect(stderr("geojson")).toContain("CSV and GeoJSON leave out the periods, the source and");
    expect(stderr("json")).not.toContain("leave out");
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
