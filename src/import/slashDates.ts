/**
 * Dates written with slashes, as spreadsheets write them: `15/03/2018` (day first, most of the
 * world) or `3/15/2018` (month first, the US). `03/04/2018` is either, so a cell alone says
 * nothing; a file's other cells may: a day above 12 fixes the order for the whole file when no
 * cell says the other (review 41 R4: each was "not a date", with no word of the two readings).
 */
import { readDateParts } from "./dateParts";

export type SlashOrder = "dayFirst" | "monthFirst";

const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Whether a cell is a date with slashes at all (`1/2/2018`, `01/02/2018`), whatever its order. */
export const isSlashed = (text: string): boolean => SLASHED.test(text);

/** The date a slashed cell is in one order (`2018-03-04`), or null where it is none (`31/31/2018`). */
export function slashReading(text: string, order: SlashOrder): string | null {
  const parts = SLASHED.exec(text);
  if (!parts) return null;
  const [, first = "", second = "", year = ""] = parts;
  const [day, month] = order === "dayFirst" ? [first, second] : [second, first];
  const read = readDateParts({ year, month, day });
  return read.ok ? read.date : null;
}

/** Both readings of a cell that is a date in both orders, different ones (`03/04/2018`); else null. */
export function slashReadings(text: string): Record<SlashOrder, string> | null {
  const dayFirst = slashReading(text, "dayFirst");
  const monthFirst = slashReading(text, "monthFirst");
  return dayFirst && monthFirst && dayFirst !== monthFirst ? { dayFirst, monthFirst } : null;
}

/**
 * The one order a file's slashed cells allow: some cell is a date in that order only, and none in
 * the other only. `witness` is the index of the first cell that decides it; null when no cell
 * decides, or cells disagree (a file typed by two hands): then each ambiguous cell is said as such.
 */
export function slashOrderOf(
  cells: readonly string[],
): { order: SlashOrder; witness: number } | null {
  let found: { order: SlashOrder; witness: number } | null = null;
  for (let i = 0; i < cells.length; i++) {
    const text = cells[i] as string;
    const dayFirst = slashReading(text, "dayFirst") !== null;
    const monthFirst = slashReading(text, "monthFirst") !== null;
    if (dayFirst === monthFirst) continue;
    const order: SlashOrder = dayFirst ? "dayFirst" : "monthFirst";
    if (found && found.order !== order) return null;
    found ??= { order, witness: i };
  }
  return found;
}
