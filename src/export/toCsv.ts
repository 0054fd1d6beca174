/**
 * A dataset as our CSV template (`src/import/ourCsv.ts` reads it back): one
 * row per event, then the undated items. Papa Parse quotes the cells; cells a
 * spreadsheet would run as a formula are neutralised.
 */
import Papa from "papaparse";
import type { Dataset, DatasetEvent, Place, UndatedItem } from "../data/schema";
import { CSV_COLUMNS, type CsvColumn } from "../import/csvColumns";

/**
 * A cell starting with = + - @ (or a tab or carriage return) is a formula to
 * Excel, LibreOffice and Google Sheets: `=HYPERLINK(…)` in a shared file can
 * leak data. A leading apostrophe makes it text (OWASP's advice), and our
 * reader takes the apostrophe off again. A plain number is no formula: a
 * western longitude stays a number (`-91.79326`, not the text `'-91.79326`).
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !/^-\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
}

function row(
  item: DatasetEvent | UndatedItem,
  places: Map<string, Place>,
): Record<CsvColumn, string> {
  const dated = "start" in item ? item : undefined;
  const itemPlaces = item.places.flatMap((id) => places.get(id) ?? []);
  return {
    id: item.id,
    title: item.title,
    start: dated?.start ?? "",
    end: dated?.end ?? "",
    approximate: dated?.approximate === undefined ? "" : dated.approximate ? "yes" : "no",
    "display date": item.displayDate ?? "",
    place: itemPlaces.map((place) => place.name).join("; "),
    "place id": itemPlaces.map((place) => place.id).join("; "),
    lat: itemPlaces.map((place) => place.coordinates[1]).join("; "),
    lon: itemPlaces.map((place) => place.coordinates[0]).join("; "),
    actors: item.actors.join("; "),
    tags: item.tags.join("; "),
    summary: item.summary,
    quote: item.quote?.text ?? "",
    paragraph: item.quote ? String(item.quote.paragraph) : "",
    link: (item.links ?? []).map((link) => link.url).join("; "),
    note: item.note ?? "",
    media: item.media?.url ?? "",
    "media caption": item.media?.caption ?? "",
    "media credit": item.media?.credit ?? "",
    body: item.body ?? "",
  };
}

export function toCsv(dataset: Dataset): string {
  const places = new Map(dataset.places.map((place) => [place.id, place]));
  const items = [...dataset.events, ...(dataset.undated ?? [])];
  const rows = items.map((item) => {
    const cells = row(item, places);
    return CSV_COLUMNS.map((column) => neutraliseCell(cells[column]));
  });
  // The byte-order mark tells Excel the file is UTF-8 (without it, 択捉島 came out garbled).
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: "\r\n" })}\r\n`;
}
