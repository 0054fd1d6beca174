/**
 * `npm run validate -- path/to/dataset.json [--source article.txt]`
 *
 * Reads every format the app opens (our JSON, TimelineJS JSON or CSV/TSV,
 * StoryMapJS, GeoJSON, our CSV template), found from the content.
 *
 * Prints every problem as `path: message`, one per line, then a summary, and
 * exits 1 if there is any problem (2 for a usage error). With `--source`, it
 * also checks that every quote occurs verbatim in the source text, in the
 * paragraph it names (paragraph 1 is the first block after the headline and
 * byline; `--header-blocks N` changes how many blocks are skipped).
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { checkQuotes } from "../src/data/checkQuotes";
import { formatIssue } from "../src/data/issueEnglish";
import type { DatasetIssue } from "../src/data/issues";
import { parseJson } from "../src/data/jsonSyntax";
import { importText } from "../src/import/importDataset";
import { FORMATS } from "../src/import/types";

const USAGE =
  "Usage: npm run validate -- path/to/dataset.json [--source article.txt] [--header-blocks N]";

function fail(message: string): never {
  console.error(message);
  console.error(USAGE);
  process.exit(2);
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    fail(`Cannot read the ${what} ${path}: ${reason}`);
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        source: { type: "string" },
        "header-blocks": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

function main(): void {
  const args = readArgs();
  if (args.values.help) {
    console.log(USAGE);
    return;
  }
  const [file, ...extra] = args.positionals;
  if (file === undefined) fail("Give the dataset file to check.");
  if (extra.length > 0) fail(`Check one dataset at a time (also given: ${extra.join(", ")}).`);
  const headerBlocks = Number(args.values["header-blocks"] ?? 1);
  if (!Number.isInteger(headerBlocks) || headerBlocks < 0) {
    fail(`--header-blocks must be a whole number, not ${args.values["header-blocks"]}`);
  }

  const text = readText(file, "dataset");
  const source =
    args.values.source === undefined ? undefined : readText(args.values.source, "source");

  const errors: DatasetIssue[] = [];
  const warnings: DatasetIssue[] = [];
  let summary = "";

  const result = importText(text, file);
  if (!result.ok) {
    errors.push(...result.errors);
  } else {
    warnings.push(...result.warnings);
    const { events, places, undated = [] } = result.dataset;
    summary = `${plural(events.length, "event")}${undated.length ? `, ${undated.length} undated` : ""}, ${plural(places.length, "place")}`;
  }
  if (result.format) summary = `${FORMATS[result.format]}: ${summary}`;
  const json = result.format === "ours" ? parseJson(text) : null;
  if (json?.ok) {
    const rawEvents = (json.value as { events?: unknown } | null)?.events;
    if (source !== undefined && Array.isArray(rawEvents)) {
      const quotes = checkQuotes(rawEvents, source, { headerBlocks });
      errors.push(...quotes.issues);
      const verbatim = quotes.checked - quotes.issues.length;
      summary += `${summary ? ", " : ""}${verbatim} of ${plural(quotes.checked, "quote")} verbatim in ${args.values.source}`;
    }
  }

  for (const issue of [...errors, ...warnings]) console.log(formatIssue(issue));
  const problems = errors.length + warnings.length;
  if (problems === 0) {
    console.log(`✔ ${file} is valid: ${summary}`);
    return;
  }
  console.log(
    `✖ ${file}: ${plural(problems, "problem")}` +
      ` (${plural(errors.length, "error")}, ${plural(warnings.length, "warning")})` +
      (summary ? `; ${summary}` : ""),
  );
  process.exitCode = 1;
}

main();
