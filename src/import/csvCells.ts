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

/** A `;`-separated list, items trimmed, empty ones dropped. */
export function listCell(value: string): string[] {
  // Most cells hold one item or none: no split, map and filter for them.
  if (!value.includes(";")) {
    const item = value.trim();
    return item === "" ? [] : [item];
  }
  return value
    .split(";")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}
