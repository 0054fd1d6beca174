/**
 * `npm run --silent convert -- in.csv --to json [--out out.json]` (`-` reads stdin)
 *
 * Converts any format the app opens (found from the content) to our JSON,
 * our CSV template or GeoJSON. Problems go to stderr as `where: message`,
 * and for CSV and GeoJSON what they leave out, as the Download menu says it;
 * the output goes to `--out` or stdout (a reader that stops early is no
 * error). Exits 1 if the input cannot be used, 2 for a usage error (an
 * output file that cannot be written is one).
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatIssue } from "../src/data/issueEnglish";
import { toCsv } from "../src/export/toCsv";
import { toGeoJson } from "../src/export/toGeoJson";
import { toJson } from "../src/export/toJson";
import { FORMATS } from "../src/import/types";
import {
  exitQuietlyOnClosedPipe,
  fileFailure,
  importFileBytes,
  leftOutNote,
  plural,
  readBytes,
  shownPath,
} from "./lib/cliFiles";

const USAGE =
  "Usage: npm run --silent convert -- input-file|- --to json|csv|geojson [--out output-file]";
const WRITERS = { json: toJson, csv: toCsv, geojson: toGeoJson } as const;

function fail(message: string): never {
  console.error(message);
  console.error(USAGE);
  process.exit(2);
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        to: { type: "string" },
        out: { type: "string", short: "o" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

function main(): void {
  const { values, positionals } = readArgs();
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [file, ...extra] = positionals;
  if (file === undefined) fail("Give the file to convert.");
  if (extra.length > 0) fail(`Convert one file at a time (also given: ${extra.join(", ")}).`);
  const to = values.to ?? "json";
  // Object.hasOwn: `in` let "toString" and "__proto__" through to WRITERS[to].
  if (!Object.hasOwn(WRITERS, to)) fail(`--to must be json, csv or geojson, not ${to}`);
  if (values.out === "") fail("--out needs a file name (leave it out to write to stdout).");
  const bytes = readBytes(file);
  const name = shownPath(file);
  if ("failure" in bytes) fail(`Cannot read ${name}: ${bytes.failure}`);
  const { result } = importFileBytes(bytes, name);
  const issues = result.ok ? result.warnings : result.errors;
  for (const issue of issues) console.error(formatIssue(issue));
  if (!result.ok) {
    console.error(`✖ ${name} cannot be converted`);
    process.exitCode = 1;
    return;
  }
  const output = WRITERS[to as keyof typeof WRITERS](result.dataset);
  // What the Download menu says under its choices, said where a CSV or GeoJSON is made.
  if (to !== "json") console.error(leftOutNote(result.dataset));
  if (values.out === undefined) {
    exitQuietlyOnClosedPipe();
    process.stdout.write(output);
  } else {
    try {
      writeFileSync(values.out, output);
    } catch (error) {
      fail(`Cannot write ${values.out}: ${fileFailure(error, values.out)}`);
    }
  }
  const from = result.format ? FORMATS[result.format] : "input";
  console.error(
    `✔ ${name} (${from}) → ${values.out ?? "stdout"}: ${plural(result.dataset.events.length, "event")}` +
      (issues.length ? `, ${plural(issues.length, "problem")} listed above` : ""),
  );
}

main();
