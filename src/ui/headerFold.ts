/**
 * Whether the header's tools fold into its ⋯ menu: always up to 1000 px wide (`narrow`), and wider
 * wherever their row, measured inline, is wider than the header's room. From 1001 px Russian's row
 * (1222 px) took a second row up to 1253 px and Japanese's (976 px) up to 1009, pushing the map and
 * timeline down. No rounding is allowed: a row a tenth of a px too wide wraps (Russian at 1254 px,
 * 1222.08 px in 1222). A row not measured yet shows inline, to be measured before it is painted.
 */
export function headerFolds(narrow: boolean, room: number, row: number | null): boolean {
  if (narrow) return true;
  if (row === null || room <= 0) return false;
  return row > room;
}
