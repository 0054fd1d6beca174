/** What the open dialog says it reads, and the template it offers (loaded with the dialog). */
import { CSV_COLUMNS } from "../import/csvColumns";

/** The formats it lists; each has a name and a detail among the messages (under `open`, `format`, by id). */
export const FORMAT_LIST = ["ours", "timelinejs", "storymapjs", "geojson", "csv"] as const;

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
