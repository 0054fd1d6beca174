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
 * Measured on 200,000 rows of `title,start,lat,lon,place` (Node 20, bundled):
 * FIGURE
 */
import { isPartialDate } from "../data/dates";
import type { DatasetBuilder } from "./builder";
import { listCell, readCell } from "./csvCells";
import type { CsvColumn } from "./csvColumns";

/** What the general path reads for an event besides the title, start, places and id. */
const EMPTY_IN_A_PLAIN_ROW: readonly CsvColumn[] = [
  "end",
  "approximate",
  "display date",
  "actors",
  "tags",
  "summary",
  "quote",
  "paragraph",
  "link",
  "note",
  "media",
  "media caption",
  "media credit",
  "body",
];

/**
 * For one file: given a row and its number, adds the row's event and says
 * true, or does nothing and says false. `index` is the header's first column
 * of each name; `placeIds` the places the rows name with coordinates.
 */
export function plainRowReader(
  index: ReadonlyMap<string, number>,
  placeIds: ReadonlyMap<string, string>,
  builder: DatasetBuilder,
): (row: readonly string[], rowNumber: number) => boolean {
  const columnOf = (name: CsvColumn) => index.get(name) ?? -1;
  const idAt = columnOf("id");
  const titleAt = columnOf("title");
  const startAt = columnOf("start");
  const placeAt = columnOf("place");
  const emptyAt = EMPTY_IN_A_PLAIN_ROW.map(columnOf).filter((column) => column >= 0);
  // Each distinct place cell resolved once (null: a name without coordinates),
  // and its list shared by the events that name it, as the page's events share theirs.
  const placeLists = new Map<string, string[] | null>();
  const placesIn = (cell: string): string[] | null => {
    let ids = placeLists.get(cell);
    if (ids === undefined) {
      const names = listCell(cell);
      ids = names.every((name) => placeIds.has(name))
        ? names.map((name) => placeIds.get(name) as string)
        : null;
      placeLists.set(cell, ids);
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
    const places = placesIn(readCell(row, placeAt));
    if (places === null) return false;
    return builder.plainEvent(readCell(row, idAt), readCell(row, titleAt), start, places, {
      row: rowNumber,
    });
  };
}
