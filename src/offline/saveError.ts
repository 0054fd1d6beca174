/**
 * Why an offline copy or a picture could not be made, as a message of the Save menu's reasons the
 * menu words in the page's language: they were English sentences inside a translated one.
 */
export type SaveReason =
  | "unreachable"
  | "offline"
  | "http"
  | "noDataset"
  | "noEvents"
  | "noSlot"
  | "copyOfCopy"
  | "cannotDraw";

export class SaveError extends Error {
  constructor(
    readonly reason: SaveReason,
    readonly values: Record<string, string | number> = {},
  ) {
    super(reason);
  }
}
