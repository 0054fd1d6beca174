/** What the open dialog says it reads, and the template it offers (loaded with the dialog). */
import { CSV_COLUMNS, type CsvColumn } from "../import/csvColumns";

/** The formats it lists; each has a name and a detail among the messages (under `open`, `format`, by id). */
export const FORMAT_LIST = ["ours", "timelinejs", "storymapjs", "geojson", "csv"] as const;

/** The README's section on formats; the app ships it beside itself (`formats.html`). */
export const FORMATS_DOC_URL = `${import.meta.env.BASE_URL}formats.html#opening-stories-from-other-tools`;

/** The template's example row, by column (by position, "Russia; Japan" fell under `place kind` once it was added). */
const EXAMPLE: Partial<Record<CsvColumn, string>> = {
  id: "lavrov-arrives-in-tokyo",
  title: "Lavrov arrives in Tokyo",
  start: "2018-03-21",
  place: "Tokyo",
  "place id": "tokyo",
  lat: "35.68",
  lon: "139.69",
  "place kind": "city",
  actors: "Russia; Japan",
  tags: "diplomacy",
  summary: "The foreign minister lands for talks.",
};

/** The CSV template as a data: address (no request: it is made here). */
export function templateCsvUrl(): string {
  const header = CSV_COLUMNS.join(",");
  const example = CSV_COLUMNS.map((column) => EXAMPLE[column] ?? "")
    .map((cell) => (cell.includes(",") ? `"${cell}"` : cell))
    .join(",");
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`${header}\r\n${example}\r\n`)}`;
}
