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
import { parseArgs } from "node:util";
import { formatIssue } from "../src/data/issueEnglish";
import type { DatasetIssue } from "../src/data/issues";
import { FORMATS } from "../src/import/types";
import {
  exitQuietlyOnClosedPipe,
  importFileBytes,
  plural,
  readBytes,
  shownPath,
} from "./lib/cliFiles";
import { checkSourceQuotes } from "./lib/sourceQuotes";

const USAGE =
  "Usage: npm run validate -- path/to/dataset.json|- [--source article.txt] [--header-blocks N]";

function fail(message: string): never {
  console.error(message);
  console.error(USAGE);
  process.exit(2);
}

function read(path: string, what: string): Uint8Array {
  const bytes = readBytes(path);
  if ("failure" in bytes) fail(`Cannot read the ${what} ${shownPath(path)}: ${bytes.failure}`);
  return bytes;
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

  exitQuietlyOnClosedPipe();
  const { result, text } = importFileBytes(read(file, "dataset"), shownPath(file));
  const sourcePath = args.values.source;
  const source =
    sourcePath === undefined ? undefined : new TextDecoder().decode(read(sourcePath, "source"));

  const errors: DatasetIssue[] = [];
  const warnings: DatasetIssue[] = [];
  const parts: string[] = [];

  if (!result.ok) {
    errors.push(...result.errors);
  } else {
    warnings.push(...result.warnings);
    const { events, places, undated = [] } = result.dataset;
    parts.push(plural(events.length, "event"));
    if (undated.length) parts.push(`${undated.length} undated`);
    parts.push(plural(places.length, "place"));
  }
  if (source !== undefined) {
    const quotes = checkSourceQuotes(result, text, source, { headerBlocks });
    if (quotes === null) parts.push(`quotes not checked against ${sourcePath}`);
    else {
      errors.push(...quotes.issues);
      const verbatim = quotes.checked - quotes.issues.length;
      parts.push(
        quotes.checked === 0
          ? `no quotes to check against ${sourcePath}`
          : `${verbatim} of ${plural(quotes.checked, "quote")} verbatim in ${sourcePath}`,
      );
    }
  }
  const found = parts.join(", ");
  const summary = result.format ? `${FORMATS[result.format]}${found ? `: ${found}` : ""}` : found;

  for (const issue of [...errors, ...warnings]) console.log(formatIssue(issue));
  const problems = errors.length + warnings.length;
  if (problems === 0) {
    console.log(`✔ ${shownPath(file)} is valid: ${summary}`);
    return;
  }
  console.log(
    `✖ ${shownPath(file)}: ${plural(problems, "problem")}` +
      ` (${plural(errors.length, "error")}, ${plural(warnings.length, "warning")})` +
      (summary ? `; ${summary}` : ""),
  );
  process.exitCode = 1;
}

main();
