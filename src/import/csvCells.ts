/** Cells of our CSV template as its reader sees them. */

/** A spreadsheet's defence against formula injection, undone: see `neutraliseCell` in the exporter. */
export function restoreCell(value: string): string {
  // 39 is "'": most cells do not start with one, and a million rows make the test worth skipping.
  return value.charCodeAt(0) === 39 && /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** The cell at `column` (-1: a column the file lacks), trimmed and restored. */
export function readCell(row: readonly string[], column: number): string {
  return restoreCell((row[column] ?? "").trim());
}

/**
 * How a row names its `j`th place: by its id where the `place id` cell gives
 * one (two places may share a name: StoryMapJS's Mark Twain has two "Florida,
 * Missouri"), else by its name.
 */
export function placeKey(name: string, id: string | undefined): string {
  return id ? `${name}\u0000${id}` : name;
}

/** The place a row names: by `placeKey` where that is known, else the first place of that name. */
export function placeNamed(
  placeIds: ReadonlyMap<string, string>,
  name: string,
  id: string | undefined,
): string | undefined {
  return placeIds.get(placeKey(name, id)) ?? placeIds.get(name);
}

/**
 * A list's items split at each `;`. Inside an item `\;` is a `;` and `\\` a backslash (an actor
 * "Foreign Ministry; Japan" or a link's `;jsessionid=` came back as two items, review 28); a
 * backslash before anything else is itself, so files written without escapes read as before.
 * A cell with no `;` is one item as written (`listCell`): nothing to undo, and no cost for the
 * million rows of a big catalogue, whose cells hold one item each.
 */
function splitItems(value: string): string[] {
  if (!value.includes("\\")) return value.split(";");
  const items: string[] = [];
  let item = "";
  for (let i = 0; i < value.length; i++) {
    const char = value[i] as string;
    const next = value[i + 1];
    if (char === "\\" && (next === ";" || next === "\\")) {
      item += next;
      i++;
    } else if (char === ";") {
      items.push(item);
      item = "";
    } else item += char;
  }
  items.push(item);
  return items;
}

/** A `;`-separated list, items trimmed, empty ones dropped. */
export function listCell(value: string): string[] {
  // Most cells hold one item or none: no split, map and filter for them (and no escapes: see above).
  if (!value.includes(";")) {
    const item = value.trim();
    return item === "" ? [] : [item];
  }
  return splitItems(value)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/**
 * A list in step with another (`link text` with `link`, `place (ru)` with `place`):
 * `;`-separated, an empty item kept as "" (that item has none), an empty cell none.
 */
export function stepCell(value: string): string[] {
  if (value.trim() === "") return [];
  if (!value.includes(";")) return [value.trim()];
  return splitItems(value).map((item) => item.trim());
}

/** One item as `listCell` and `stepCell` read it back: `;` and the backslashes that would be read as escapes, escaped. */
export function escapeItem(item: string): string {
  if (!item.includes(";") && !item.includes("\\")) return item;
  return item.replace(/\\(?=[\\;]|$)/g, "\\\\").replace(/;/g, "\\;");
}

/** Items as a list cell, each escaped; one item without a `;` as it is (a cell without `;` is read so). */
export function joinList(items: readonly string[]): string {
  if (items.length === 1 && !(items[0] as string).includes(";")) return items[0] as string;
  return items.map(escapeItem).join("; ");
}

/**
 * A `lat` or `lon` item as a number. A lone decimal comma (`34,69`) is the point: Excel and
 * LibreOffice write one in the locales that save CSV with `;`, where every place was lost
 * (review 28). It cannot be a list, which `;` separates.
 */
export function coordinateOf(text: string): number {
  const value = Number(text);
  if (!Number.isNaN(value) || !text.includes(",")) return value;
  return /^[+-]?\d+,\d+$/.test(text) ? Number(text.replace(",", ".")) : Number.NaN;
}
