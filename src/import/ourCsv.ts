/**
 * Our CSV template: a header row (names in any case), one event per row.
 * `title` and `start` are required; lists (`actors`, `tags`, `place` with
 * its `lat` and `lon`, `link` with its `link text`) are separated by `;`
 * (`\;` inside an item: `csvCells.ts`); `title (ja)` and the
 * like hold translations (`csvTranslations.ts`). An optional `type` column
 * marks the row of the story's title (`title`) and items undated on purpose
 * (`undated`), as TimelineJS's sheet marks its title row. The exporter
 * (`src/export/toCsv.ts`) writes the same columns, so an export reopens as
 * the same dataset.
 */
import { isPartialDate } from "../data/dates";
import { readEarlyYear } from "../data/earlyYear";
import type { IssueValue } from "../data/issues";
import { MAX_LENGTH } from "../data/limits";
import { isPlaceKind, PLACE_KINDS } from "../data/placeKinds";
import { typedDate } from "../data/typedDate";
import { DatasetBuilder, type ItemInput } from "./builder";
import {
  coordinateOf,
  listCell as list,
  placeKey,
  placeNamed,
  readCell,
  stepCell,
} from "./csvCells";
import type { CsvColumn } from "./csvColumns";
import { columnIndex, columnLetters, repeatedColumns, unknownColumns } from "./csvHeader";
import {
  type TranslationColumn,
  translationColumnName,
  translationColumns,
} from "./csvTranslations";
import { earlyYearText } from "./geoJsonDates";
import { plainRowReader } from "./plainCsvRow";
import {
  isSlashed,
  type SlashOrder,
  slashOrderOf,
  slashReading,
  slashReadings,
} from "./slashDates";
import { clip, quoted } from "./text";
import type { Converted } from "./types";

export { CSV_COLUMNS, type CsvColumn } from "./csvColumns";

export function isOurCsvHeader(header: string[]): boolean {
  const names = new Set(header.map((name) => name.trim().toLowerCase()));
  return names.has("title") && names.has("start");
}

const YES = new Set(["yes", "true", "1", "x", "y"]);
const NO = new Set(["no", "false", "0", "n"]);

export function fromOurCsv(rows: string[][], title = "Imported events"): Converted {
  return convertOurCsv(rows, title, true);
}

/**
 * `fromOurCsv`, with or without the plain rows' fast path (`plainCsvRow.ts`):
 * the tests hold the two to the same result.
 */
export function convertOurCsv(rows: string[][], title: string, plainRows: boolean): Converted {
  const builder = new DatasetBuilder(title);
  const header = (rows[0] ?? []).map((name) => name.trim().toLowerCase());
  const index = columnIndex(header);
  for (const required of ["title", "start"]) {
    if (!index.has(required))
      builder.issue({ row: 1 }, "missingColumn", { column: { kind: "code", text: required } });
  }
  // Said once for the file, before the rows: no cost per row.
  for (const { name, known } of unknownColumns(rows[0] ?? [])) {
    if (known === undefined) builder.issue({ row: 1 }, "unknownColumn", { column: quoted(name) });
    else
      builder.issue({ row: 1 }, "unknownColumnClose", {
        column: quoted(name),
        known: quoted(known),
      });
  }
  // A column named twice (`summary, summary`, `lng, lon`) is read from its first place alone.
  for (const { name, at, known } of repeatedColumns(rows[0] ?? [])) {
    builder.issue({ row: 1 }, "repeatedColumn", {
      column: quoted(name),
      letter: { kind: "code", text: columnLetters(at) },
      known: { kind: "code", text: known },
    });
  }
  // Places are named in a row with their coordinates; other rows may name them alone. Keyed by
  // `placeKey`, and by the name alone for the first place of that name.
  const placeIds = new Map<string, string>();
  const placeRows = new Map<
    string,
    { lat: number; lon: number; latText: string; lonText: string; row: number }
  >();
  const dataRows = rows.slice(1);
  const columnOf = (name: CsvColumn) => index.get(name) ?? -1;
  const placeAt = columnOf("place");
  const placeIdAt = columnOf("place id");
  const latAt = columnOf("lat");
  const lonAt = columnOf("lon");
  const kindAt = columnOf("place kind");
  const linkTextAt = columnOf("link text");
  // The `j`th place named in `row`, with its id if the row gives one.
  const notePlace = (
    name: string,
    id: string | undefined,
    latText: string,
    lonText: string,
    kindText: string,
    rowNumber: number,
  ) => {
    const key = placeKey(name, id);
    const earlier = placeRows.get(key);
    // The same texts are the same numbers: most rows repeat their place's point as it was first written.
    if (earlier && earlier.latText === latText && earlier.lonText === lonText) return;
    const lat = coordinateOf(latText);
    const lon = coordinateOf(lonText);
    if (earlier) {
      if (earlier.lat !== lat || earlier.lon !== lon) {
        builder.issue({ row: rowNumber, column: "lat" }, "placeMovedCoordinates", {
          name: quoted(name),
          row: earlier.row,
        });
      }
      return;
    }
    const kind = isPlaceKind(kindText) ? kindText : undefined;
    if (kind === undefined && kindText !== "") {
      builder.issue({ row: rowNumber, column: "place kind" }, "notAllowed", {
        value: quoted(kindText),
        allowed: { kind: "anyOf", items: PLACE_KINDS.map((text) => ({ kind: "code", text })) },
      });
    }
    if (!isPoint(lat, lon)) {
      // Said here, where the texts are the file's: "34,69,1, 135,50" ran two values into one.
      const apart = latText.includes(",") || lonText.includes(",");
      builder.issue({ row: rowNumber, column: "lat" }, "notLatLon", {
        lat: asWritten(latText, apart),
        lon: asWritten(lonText, apart),
      });
      return;
    }
    const placeId = builder.place(
      { id, name, lat, lon, kind, written: { lat: latText, lon: lonText } },
      { row: rowNumber, column: "lat" },
    );
    if (placeId) {
      placeIds.set(key, placeId);
      if (!placeIds.has(name)) placeIds.set(name, placeId);
      placeRows.set(key, { lat, lon, latText, lonText, row: rowNumber });
    }
  };
  for (let i = 0; i < dataRows.length; i++) {
    const row = dataRows[i] as string[];
    const nameCell = readCell(row, placeAt);
    if (nameCell === "") continue;
    const latCell = readCell(row, latAt);
    const lonCell = readCell(row, lonAt);
    const names = list(nameCell);
    const ids = list(readCell(row, placeIdAt));
    const lats = list(latCell);
    const lons = list(lonCell);
    const kinds = list(readCell(row, kindAt));
    names.forEach((name, j) => {
      const lat = lats[j];
      const lon = lons[j];
      if (lat !== undefined && lon !== undefined)
        notePlace(name, ids[j], lat, lon, kinds[j]?.toLowerCase() ?? "", i + 2);
    });
  }

  const translated = translationColumns(header);
  const slashOrder = fileSlashOrder(builder, dataRows, columnOf("start"), columnOf("end"));
  const plainRow = plainRows ? plainRowReader(index, placeIds, builder, translated) : null;
  // `approximate` and `drop cap`: yes, no, or empty.
  const yesOrNo = (text: string, where: { row: number; column: string }) => {
    const lower = text.toLowerCase();
    if (YES.has(lower)) return true;
    if (NO.has(lower)) return false;
    if (lower !== "") builder.issue(where, "notYesOrNo", { value: quoted(lower) });
    return undefined;
  };
  dataRows.forEach((row, i) => {
    if (plainRow?.(row, i + 2)) return;
    const rowName = { row: i + 2 };
    const at = (column: CsvColumn) => ({ row: i + 2, column });
    const cell = (column: CsvColumn) => readCell(row, columnOf(column));
    if (row.every((value) => value.trim() === "")) return;

    const type = cell("type").toLowerCase();
    if (type === "title") {
      storyTitle(builder, row, i + 2, translated, cell("title"), cell("summary"));
      return;
    }
    if (type !== "" && type !== "undated") {
      builder.issue(at("type"), "notARowType", { value: quoted(type) });
    }
    const startCell = cell("start");
    const start = cellDate(startCell, slashOrder);
    // A date the format cannot read (3/15/18, 15.03.2018) is kept as the item's shown date, so
    // the undated item, its download and its problem's fix still have it (review 16: it was gone).
    let unread: string | undefined;
    if (startCell === "") {
      // An empty start is a problem unless the row says the item is undated on purpose.
      if (type !== "undated") builder.issue(at("start"), "emptyStart");
    } else if (start === undefined) {
      // A year before 1 ("-0044-03-15", "-753") as the GeoJSON reader takes it: undated, "44 BCE".
      const early = earlyYearText(startCell);
      if (early) {
        builder.issue(at("start"), early.problem.code, early.problem.params);
        unread = early.display;
      } else {
        const readings = slashReadings(startCell);
        if (readings)
          builder.issue(at("start"), "slashDateBothWaysUndated", bothReadings(startCell, readings));
        else builder.issue(at("start"), "notADateUndated", { value: quoted(startCell) });
        unread =
          cell("end") && cell("end") !== startCell ? `${startCell} – ${cell("end")}` : startCell;
      }
    }
    const endCell = cell("end");
    const end = cellDate(endCell, slashOrder);
    if (endCell !== "" && end === undefined) {
      const readings = slashReadings(endCell);
      if (readings) builder.issue(at("end"), "slashDateBothWays", bothReadings(endCell, readings));
      else builder.issue(at("end"), "notADate", { value: quoted(endCell) });
    }
    const approximate = yesOrNo(cell("approximate"), at("approximate"));

    const placeIdCells = list(cell("place id"));
    const placeNames = list(cell("place"));
    const named = placeNames.map((name, j) => placeNamed(placeIds, name, placeIdCells[j]));
    const places = named.flatMap((id, j) => {
      if (id) return [id];
      builder.issue(at("place"), "placeWithoutCoordinates", { name: quoted(placeNames[j] ?? "") });
      return [];
    });
    const actors = list(cell("actors"));
    const tags = list(cell("tags"));
    const i18n = rowTranslations(row, translated, (column, lang, values) => {
      const names = column === "place" ? named : column === "actors" ? actors : tags;
      values.forEach((value, j) => {
        const name = names[j];
        if (name === undefined || value === "") return;
        const where = { row: i + 2, column: translationColumnName(column, lang.toLowerCase()) };
        if (column === "place") builder.placeName(name, lang, value, where);
        else builder.label(lang, name, value, where);
      });
    });

    const quoteText = cell("quote");
    const paragraphText = cell("paragraph");
    let quote: ItemInput["quote"];
    if (quoteText !== "") {
      const paragraph = Number(paragraphText);
      const dropCap = yesOrNo(cell("drop cap"), at("drop cap"));
      if (Number.isInteger(paragraph) && paragraph >= 1)
        quote = { text: quoteText, paragraph, ...(dropCap !== undefined && { dropCap }) };
      else builder.issue(at("paragraph"), "notAParagraph", { value: quoted(paragraphText) });
    }

    const body = cell("body");
    const summary = cell("summary");
    builder.item(
      {
        idHint: cell("id"),
        idAt: at("id"),
        headline: cell("title"),
        // The summary stays plain; a body keeps its markup.
        text: body || summary,
        start,
        end: start ? end : undefined,
        approximate,
        displayDate: withEarlyYear(cell("display date"), unread),
        places,
        actors,
        tags,
        quote,
        note: cell("note") || undefined,
        links: linksOf(cell("link"), cell("link text")),
        // With the column, a link without words stays without (the editor's rule, and what was
        // written); without it (a file of before, or typed by hand), it is named after its host.
        linkLabelsAsGiven: linkTextAt >= 0,
        media: {
          url: cell("media"),
          caption: cell("media caption"),
          credit: cell("media credit"),
          thumbnail: cell("media thumbnail"),
        },
        i18n,
      },
      rowName,
    );
    // With a body, the summary column is the summary (the builder took the body's words).
    if (body) {
      const items = start ? builder.dataset.events : builder.dataset.undated;
      const item = items.at(-1);
      if (item) item.summary = clip(summary, MAX_LENGTH.summary);
      if (summary.length > MAX_LENGTH.summary) {
        builder.issue(at("summary"), "textShortened", {
          field: "summary",
          text: quoted(summary),
          limit: MAX_LENGTH.summary,
        });
      }
    }
  });
  return builder.result();
}

/** Whether a latitude and longitude are a point on the Earth (the builder's test, said here with the cells). */
const isPoint = (lat: number, lon: number) =>
  Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;

/** A coordinate's cell as a message names it: in quotes where a comma would run the two together. */
const asWritten = (text: string, quote: boolean): IssueValue =>
  quote ? quoted(text) : { kind: "code", text };

/** A row's links, each with its words from `link text` in step (none where an item is empty). */
function linksOf(urls: string, labels: string): NonNullable<ItemInput["links"]> {
  const words = stepCell(labels);
  return stepCell(urls).flatMap((url, j) => {
    if (url === "") return [];
    const label = words[j];
    return [label ? { label, url } : { url }];
  });
}

/**
 * The row of `type` `title`: the story's title and description (`summary`), and
 * their translations with the translation's note (`title (ja)`, `summary (ja)`, `note (ja)`).
 */
function storyTitle(
  builder: DatasetBuilder,
  row: readonly string[],
  rowNumber: number,
  columns: readonly TranslationColumn[],
  title: string,
  description: string,
): void {
  builder.setTitle(title, description, { row: rowNumber });
  const i18n = rowTranslations(row, columns, () => {});
  for (const [lang, texts] of Object.entries(i18n ?? {})) {
    builder.titleIn(
      lang,
      { title: texts.title, description: texts.summary, note: texts.note },
      { row: rowNumber },
    );
  }
}

/**
 * An early year's text with the item's own shown date: "Ides of March, 44 BCE" (the year was
 * lost from a display date that does not name it), as TimelineJS's reader writes it.
 */
function withEarlyYear(own: string, unread: string | undefined): string | undefined {
  if (!own) return unread;
  if (!unread || readEarlyYear(unread) === null) return own;
  const digits = (text: string) => text.replaceAll(",", "");
  const year = /^[\d,.]+/.exec(unread)?.[0];
  return year && !digits(own).includes(digits(year)) ? `${own}, ${unread}` : own;
}

/**
 * A row's translated title, summary and note by language; its translated
 * lists (places, actors, tags) are handed to `onList` with their column and language.
 */
function rowTranslations(
  row: readonly string[],
  columns: readonly TranslationColumn[],
  onList: (column: "place" | "actors" | "tags", lang: string, values: string[]) => void,
): Record<string, { title?: string; summary?: string; note?: string }> | undefined {
  let i18n: Record<string, { title?: string; summary?: string; note?: string }> | undefined;
  for (const { column, lang, at } of columns) {
    const value = readCell(row, at);
    if (value === "") continue;
    if (column === "title" || column === "summary" || column === "note") {
      i18n ??= {};
      i18n[lang] = { ...i18n[lang], [column]: value };
    } else onList(column, lang, stepCell(value));
  }
  return i18n;
}

/**
 * A cell's date in the format's form, read as the editor's fields read it (2018年3月21日,
 * ２０１８－０３－２１, 2018-03-21 14:30), and a date with slashes in the file's order where its
 * cells fix one; undefined for an empty cell or one that is no date. A date already in the
 * format's form is not read again: a catalogue's million starts are.
 */
function cellDate(cell: string, slashOrder: SlashOrder | null): string | undefined {
  if (cell === "") return undefined;
  if (isPartialDate(cell)) return cell;
  if (slashOrder && isSlashed(cell)) return slashReading(cell, slashOrder) ?? undefined;
  const typed = typedDate(cell);
  return isPartialDate(typed) ? typed : undefined;
}

/**
 * The order of the file's dates with slashes, where its `start` and `end` cells fix one
 * (`slashDates.ts`), said once at the cell that fixes it with how many dates were so read; null
 * when none does, and each cell that can be read both ways then says so itself.
 */
function fileSlashOrder(
  builder: DatasetBuilder,
  rows: readonly string[][],
  startAt: number,
  endAt: number,
): SlashOrder | null {
  const cells: string[] = [];
  const where: { row: number; column: string }[] = [];
  const note = (row: readonly string[], at: number, column: string, rowNumber: number) => {
    // Most starts have no slash: no cell read for them (a catalogue's million rows).
    if (!row[at]?.includes("/")) return;
    const cell = readCell(row, at);
    if (!isSlashed(cell)) return;
    cells.push(cell);
    where.push({ row: rowNumber, column });
  };
  rows.forEach((row, i) => {
    note(row, startAt, "start", i + 2);
    note(row, endAt, "end", i + 2);
  });
  const found = slashOrderOf(cells);
  if (!found) return null;
  const { order, witness } = found;
  builder.issue(where[witness] as { row: number; column: string }, "slashDatesRead", {
    value: quoted(cells[witness] as string),
    order,
    count: cells.filter((cell) => slashReading(cell, order) !== null).length,
  });
  return order;
}

/** A date with slashes that can be read both ways, with both readings, as its problem names them. */
const bothReadings = (text: string, readings: Record<SlashOrder, string>) => ({
  value: quoted(text),
  dayFirst: { kind: "code" as const, text: readings.dayFirst },
  monthFirst: { kind: "code" as const, text: readings.monthFirst },
});
