/** What "Open dataset…" says it reads, and the template it offers. */
import { CSV_COLUMNS } from "../import/csvColumns";

export const ACCEPTED_FILES =
  ".json,.geojson,.csv,.tsv,.txt,application/json,application/geo+json,text/csv,text/tab-separated-values,text/plain";

export const FORMAT_LIST: [string, string][] = [
  ["Our JSON", "(meta, places, events)"],
  ["TimelineJS", "JSON, or its spreadsheet template saved as CSV or TSV"],
  ["StoryMapJS", "JSON: slides with locations become places"],
  ["GeoJSON", "points and polygons with a time, date or year"],
  ["CSV or TSV", "of our template: title and start required"],
];

/** The README's section on formats; the app ships it beside itself (`formats.html`). */
export const FORMATS_DOC_URL = `${import.meta.env.BASE_URL}formats.html#opening-stories-from-other-tools`;

const EXAMPLE = [
  "lavrov-arrives-in-tokyo",
  "Lavrov arrives in Tokyo",
  "2018-03-21",
  "",
  "",
  "",
  "Tokyo",
  "tokyo",
  "35.68",
  "139.69",
  "Russia; Japan",
  "diplomacy",
  "The foreign minister lands for talks.",
];

/** The CSV template as a data: address (no request: it is made here). */
export function templateCsvUrl(): string {
  const header = CSV_COLUMNS.join(",");
  const example = EXAMPLE.map((cell) => (cell.includes(",") ? `"${cell}"` : cell)).join(",");
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`${header}\r\n${example}\r\n`)}`;
}
