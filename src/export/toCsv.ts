/**
 * A dataset as our CSV template (`src/import/ourCsv.ts` reads it back): a
 * row of `type` `title` with the story's title and description, one row per
 * event, then the undated items (`type` `undated`: no date on purpose), with
 * a `title (ja)` column and the like for each translated text
 * (`csvTranslations.ts`). A `;` inside a list's item is written `\;`
 * (`joinList`). Papa Parse quotes the cells; cells a spreadsheet would run
 * as a formula are neutralised.
 */
import Papa from "papaparse";
import type { Dataset, DatasetEvent, DatasetMeta, Place, UndatedItem } from "../data/schema";
import { joinList } from "../import/csvCells";
import { CSV_COLUMNS, type CsvColumn } from "../import/csvColumns";
import {
  TRANSLATED_COLUMNS,
  type TranslatedColumn,
  translationColumnName,
} from "../import/csvTranslations";

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

const yesOrNo = (value: boolean | undefined) => (value === undefined ? "" : value ? "yes" : "no");

function row(
  item: DatasetEvent | UndatedItem,
  places: Map<string, Place>,
): Record<CsvColumn, string> {
  const dated = "start" in item ? item : undefined;
  const itemPlaces = item.places.flatMap((id) => places.get(id) ?? []);
  const links = item.links ?? [];
  return {
    id: item.id,
    title: item.title,
    start: dated?.start ?? "",
    end: dated?.end ?? "",
    approximate: yesOrNo(dated?.approximate),
    "display date": item.displayDate ?? "",
    place: joinList(itemPlaces.map((place) => place.name)),
    "place id": joinList(itemPlaces.map((place) => place.id)),
    lat: itemPlaces.map((place) => place.coordinates[1]).join("; "),
    lon: itemPlaces.map((place) => place.coordinates[0]).join("; "),
    // Else every place came back a "site": an island group drew as a dot (review 24).
    "place kind": itemPlaces.map((place) => place.kind).join("; "),
    actors: joinList(item.actors),
    tags: joinList(item.tags),
    summary: item.summary,
    quote: item.quote?.text ?? "",
    paragraph: item.quote ? String(item.quote.paragraph) : "",
    "drop cap": yesOrNo(item.quote?.dropCap),
    link: joinList(links.map((link) => link.url)),
    // Empty when no link has words: the reader then leaves every link without, as they were.
    "link text": links.some((link) => link.label)
      ? joinList(links.map((link) => link.label ?? ""))
      : "",
    note: item.note ?? "",
    media: item.media?.url ?? "",
    "media caption": item.media?.caption ?? "",
    "media credit": item.media?.credit ?? "",
    "media thumbnail": item.media?.thumbnail ?? "",
    body: item.body ?? "",
    type: dated ? "" : "undated",
  };
}

/** The story's own row: its title and description, as the reader's `type` `title` takes them. */
function titleRow(meta: DatasetMeta): Record<CsvColumn, string> {
  const cells = Object.fromEntries(CSV_COLUMNS.map((column) => [column, ""]));
  return {
    ...(cells as Record<CsvColumn, string>),
    title: meta.title,
    summary: meta.description ?? "",
    type: "title",
  };
}

/** The title row's text in one language: the story's title, description and translation note. */
function translatedTitleCell(meta: DatasetMeta, column: TranslatedColumn, lang: string): string {
  const texts = meta.i18n?.[lang];
  if (column === "title") return texts?.title ?? "";
  if (column === "summary") return texts?.description ?? "";
  if (column === "note") return texts?.note ?? "";
  return "";
}

/** An item's text in one language, for one translation column; lists in step with theirs ("" untranslated). */
function translatedCell(
  item: DatasetEvent | UndatedItem,
  places: Map<string, Place>,
  labels: Record<string, string> | undefined,
  column: TranslatedColumn,
  lang: string,
): string {
  if (column === "title" || column === "summary" || column === "note") {
    return item.i18n?.[lang]?.[column] ?? "";
  }
  const names =
    column === "place"
      ? item.places.flatMap((id) => places.get(id) ?? []).map((place) => place.i18n?.[lang]?.name)
      : item[column].map((name) => labels?.[name]);
  // All untranslated: an empty cell rather than "; ; ".
  return names.some((name) => name) ? joinList(names.map((name) => name ?? "")) : "";
}

/** The languages the dataset has translations in, in alphabetical order: the same file whatever the JSON's order. */
function languagesOf(dataset: Dataset, items: readonly (DatasetEvent | UndatedItem)[]): string[] {
  const langs = new Set(Object.keys(dataset.meta.i18n ?? {}));
  for (const place of dataset.places)
    for (const lang of Object.keys(place.i18n ?? {})) langs.add(lang);
  for (const item of items) for (const lang of Object.keys(item.i18n ?? {})) langs.add(lang);
  return [...langs].sort();
}

export function toCsv(dataset: Dataset): string {
  const places = new Map(dataset.places.map((place) => [place.id, place]));
  const items = [...dataset.events, ...(dataset.undated ?? [])];
  // A translation column for each language and column that has a text in it; none for the rest.
  const translations = languagesOf(dataset, items).flatMap((lang) => {
    const labels = dataset.meta.i18n?.[lang]?.labels;
    return TRANSLATED_COLUMNS.flatMap((column) => {
      const cells = [
        translatedTitleCell(dataset.meta, column, lang),
        ...items.map((item) => translatedCell(item, places, labels, column, lang)),
      ];
      return cells.some((cell) => cell !== "")
        ? [{ name: translationColumnName(column, lang), cells }]
        : [];
    });
  });
  const records = [titleRow(dataset.meta), ...items.map((item) => row(item, places))];
  const rows = records.map((cells, i) =>
    [
      ...CSV_COLUMNS.map((column) => cells[column]),
      ...translations.map((column) => column.cells[i] as string),
    ].map(neutraliseCell),
  );
  const fields = [...CSV_COLUMNS, ...translations.map((column) => column.name)];
  // The byte-order mark tells Excel the file is UTF-8 (without it, 択捉島 came out garbled).
  return `\uFEFF${Papa.unparse({ fields, data: rows }, { newline: "\r\n" })}\r\n`;
}
