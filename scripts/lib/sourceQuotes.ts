/**
 * `validate --source`: the quotes of a dataset in any format checked against
 * the source text. Our JSON's are read from the file itself, so each message
 * names the file's own `events[3]`; other formats' from the events and undated
 * items the import made, each named by its title (the import keeps no path
 * back to the source row).
 */
import {
  checkQuotes,
  type QuoteCheckOptions,
  type QuoteCheckResult,
} from "../../src/data/checkQuotes";
import { isRecord } from "../../src/data/isRecord";
import { parseJson } from "../../src/data/jsonSyntax";
import type { ImportResult } from "../../src/import/importDataset";

/** `events[2].quote.text` → `undated[2].quote.text`, or `event "Treaty signed", quote.text`. */
function renamed(result: QuoteCheckResult, name: (index: number) => string): QuoteCheckResult {
  return {
    checked: result.checked,
    issues: result.issues.map((issue) => ({
      ...issue,
      path: issue.path.replace(/^events\[(\d+)\]\.?/, (_, i: string) => name(Number(i))),
    })),
  };
}

function joined(results: QuoteCheckResult[]): QuoteCheckResult {
  return {
    checked: results.reduce((sum, result) => sum + result.checked, 0),
    issues: results.flatMap((result) => result.issues),
  };
}

const titled = (kind: string, items: readonly unknown[]) => (i: number) => {
  const title = (items[i] as { title?: unknown }).title;
  return `${kind} ${typeof title === "string" ? JSON.stringify(title) : i + 1}, `;
};

/**
 * The quotes checked, or null when none could be (the file could not be opened): a check that
 * did not run is not reported as passed.
 */
export function checkSourceQuotes(
  result: ImportResult,
  text: string | null,
  source: string,
  options: QuoteCheckOptions,
): QuoteCheckResult | null {
  if (result.format === "ours" && text !== null) {
    const json = parseJson(text.replace(/^\uFEFF/, ""));
    if (!json.ok || !isRecord(json.value)) return null;
    const { events, undated } = json.value;
    return joined([
      Array.isArray(events) ? checkQuotes(events, source, options) : { checked: 0, issues: [] },
      Array.isArray(undated)
        ? renamed(checkQuotes(undated, source, options), (i) => `undated[${i}].`)
        : { checked: 0, issues: [] },
    ]);
  }
  if (!result.ok) return null;
  const { events, undated = [] } = result.dataset;
  return joined([
    renamed(checkQuotes(events, source, options), titled("event", events)),
    renamed(checkQuotes(undated, source, options), titled("undated item", undated)),
  ]);
}
