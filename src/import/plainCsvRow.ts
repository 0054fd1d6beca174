/**
 * The row that makes up nearly all of a big catalogue — a title, a start and
 * named places, every other column empty — turned into an event without the
 * general path's work per cell: its ~20 cell reads, lists and closures, and
 * the optional fields it then leaves out. A row this reader is not sure of
 * (another column filled, a start that is not a date, a place named without
 * coordinates, a title that needs an issue) it leaves untouched to the
 * general path in `ourCsv.ts`, so the dataset, the ids and the issues are the
 * same either way; `ourCsv.test.ts` compares the two.
 *
 * Measured on 200,000 rows of `title,start,lat,lon,place` (Node 20, the
 * worker's code bundled by esbuild, CPU time, load average ~11 on 2 cores):
 * 2.5–2.7 s through the general path, 0.9–1.0 s with this one, for the
 * same result. What is left is mostly hashing: the id made distinct, the
 * start and the places looked up once per row.
 */
import { isPartialDate } from "../data/dates";
import type { DatasetBuilder } from "./builder";
import { listCell, placeKey, placeNamed, readCell } from "./csvCells";
import { CSV_COLUMNS, type CsvColumn } from "./csvColumns";
import type { TranslationColumn } from "./csvTranslations";

/** The columns a plain row may fill: the event's own, and its place's (which the first pass reads). */
const PLAIN_COLUMNS: ReadonlySet<CsvColumn> = new Set([
  "id",
  "title",
  "start",
  "place",
  "place id",
  "lat",
  "lon",
] as const);

/** Every other column is empty in a plain row, a column added to the template included. */
const EMPTY_IN_A_PLAIN_ROW = CSV_COLUMNS.filter((column) => !PLAIN_COLUMNS.has(column));

/**
 * For one file: given a row and its number, adds the row's event and says
 * true, or does nothing and says false. `index` is the header's first column
 * of each name; `placeIds` the places the rows name with coordinates.
 */
export function plainRowReader(
  index: ReadonlyMap<string, number>,
  placeIds: ReadonlyMap<string, string>,
  builder: DatasetBuilder,
  translations: readonly TranslationColumn[] = [],
): (row: readonly string[], rowNumber: number) => boolean {
  const columnOf = (name: CsvColumn) => index.get(name) ?? -1;
  const idAt = columnOf("id");
  const titleAt = columnOf("title");
  const startAt = columnOf("start");
  const placeAt = columnOf("place");
  const placeIdAt = columnOf("place id");
  // A row with a translation is not plain either.
  const emptyAt = [
    ...EMPTY_IN_A_PLAIN_ROW.map(columnOf).filter((column) => column >= 0),
    ...translations.map((column) => column.at),
  ];
  // Each distinct place cell resolved once (null: a name without coordinates),
  // and its list shared by the events that name it, as the page's events share theirs.
  const placeLists = new Map<string, string[] | null>();
  const placesIn = (cell: string, idCell: string): string[] | null => {
    const cacheKey = placeKey(cell, idCell);
    let ids = placeLists.get(cacheKey);
    if (ids === undefined) {
      const given = listCell(idCell);
      const found = listCell(cell).map((name, j) => placeNamed(placeIds, name, given[j]));
      // A place named twice ("Tokyo;Tokyo") is one of the event's places, as `item` keeps it.
      ids = found.every((id) => id !== undefined) ? [...new Set(found as string[])] : null;
      placeLists.set(cacheKey, ids);
    }
    return ids;
  };
  // Each distinct valid start checked once, and kept once: a catalogue's million rows fall on
  // a few thousand days, and one string per day is less for the collector to copy.
  const validStarts = new Map<string, string>();
  const validStart = (cell: string): string | null => {
    const known = validStarts.get(cell);
    if (known !== undefined) return known;
    if (cell === "" || !isPartialDate(cell)) return null;
    validStarts.set(cell, cell);
    return cell;
  };
  return (row, rowNumber) => {
    for (const column of emptyAt) if ((row[column] ?? "").trim() !== "") return false;
    const start = validStart(readCell(row, startAt));
    if (start === null) return false;
    const places = placesIn(readCell(row, placeAt), readCell(row, placeIdAt));
    if (places === null) return false;
    return builder.plainEvent(
      readCell(row, idAt),
      readCell(row, titleAt),
      start,
      places,
      rowNumber,
    );
  };
}
