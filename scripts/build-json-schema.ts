/**
 * `npm run schema`: writes `data/dataset.schema.json`, the JSON Schema of the
 * dataset format, generated from the zod schema in `src/data/schema.ts` (the
 * single source of truth), so that people can validate their own datasets
 * with any JSON Schema tool and get completion in their editor.
 *
 * `npm run schema:check` (`--check`) writes nothing and exits 1 if the file is
 * missing or not what the zod schema generates now.
 *
 * JSON Schema cannot say everything: unique ids, place references that
 * resolve, `end` not before `start` and impossible days (2018-02-30) are
 * checked by `npm run validate`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { datasetSchema } from "../src/data/schema";

const OUTPUT = new URL("../data/dataset.schema.json", import.meta.url);
const OUTPUT_NAME = "data/dataset.schema.json";

/**
 * Every object with its own properties takes no others: zod leaves an unknown key out, and the
 * app says so (`src/data/unknownKeys.ts`), so an editor checking against the schema marks a
 * misspelt `"palces"` as it types (review 28 H5). Records (`i18n`) keep their own rule.
 */
function closeObjects(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) closeObjects(item);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const object = node as Record<string, unknown>;
  if (object.properties !== undefined && object.additionalProperties === undefined) {
    object.additionalProperties = false;
  }
  for (const value of Object.values(object)) closeObjects(value);
}

function buildJsonSchema(): string {
  // "input": what a file may contain, so fields with defaults are optional.
  const generated = z.toJSONSchema(datasetSchema, { io: "input", target: "draft-2020-12" });
  closeObjects(generated);
  const { $schema, ...rest } = generated;
  const schema = {
    $schema,
    title: "Timeline-map dataset",
    description:
      "Events and places from one source text, with dates of reduced precision and verbatim quotes. " +
      "Generated from src/data/schema.ts by `npm run schema`: do not edit by hand.",
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

function readCurrent(): string | null {
  try {
    return readFileSync(OUTPUT, "utf8");
  } catch {
    return null;
  }
}

function main(): void {
  const next = buildJsonSchema();
  if (process.argv.includes("--check")) {
    const current = readCurrent();
    if (current === next) {
      console.log(`${OUTPUT_NAME} is current.`);
      return;
    }
    console.error(
      current === null
        ? `${OUTPUT_NAME} is missing. Run \`npm run schema\` to generate it, and commit it.`
        : `${OUTPUT_NAME} is out of date with src/data/schema.ts. Run \`npm run schema\` and commit the result.`,
    );
    process.exit(1);
  }
  writeFileSync(OUTPUT, next);
  console.log(`Wrote ${fileURLToPath(OUTPUT)}`);
}

main();
