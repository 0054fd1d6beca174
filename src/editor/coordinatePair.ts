import { halfWidth } from "../data/typedDate";

/**
 * Decimal degrees as typed: a sign, digits, and a decimal point or comma (a Russian phone's decimal
 * keypad has only the comma, and "43,5" was refused). Anything else stays text, which the format
 * refuses next to the field: `Number()` read "0x2B" as 43 and "1e1" as 10, and moved the place.
 */
export function typedCoordinate(text: string): number | string {
  const typed = halfWidth(text).replace(/^\u2212/, "-");
  return /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(typed) ? Number(typed.replace(",", ".")) : text;
}

const POINT = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)`;
const COMMA = String.raw`[+-]?(?:\d+(?:,\d*)?|,\d+)`;
/**
 * Two numbers and what parts them: "35.68, 139.69", "35.68;139.69", "35.68 139.69", each with an
 * optional degree sign; with decimal commas, a `;` or a space parts them ("35,68; 139,69").
 */
const PAIRS = [
  new RegExp(`^(${POINT})°?\\s*(?:[,;]\\s*|\\s+)(${POINT})°?$`),
  new RegExp(`^(${COMMA})°?\\s*(?:;\\s*|\\s+)(${COMMA})°?$`),
];

export interface CoordinatePair {
  latitude: number;
  longitude: number;
  /** Read as "longitude, latitude" (GeoJSON's order): the first number is beyond ±90. */
  lonFirst: boolean;
}

/**
 * A pair of coordinates pasted into the Latitude or Longitude field, as most sources hand them out
 * ("35.68, 139.69" from a map's "copy coordinates"): latitude first, unless the first number
 * cannot be a latitude and the second can (review 41 R5: the pair was refused as "not a number").
 * Null for one number (a lone decimal comma, "43,5", is one) and for numbers no pair has.
 */
export function coordinatePair(text: string): CoordinatePair | null {
  if (typeof typedCoordinate(text) === "number") return null;
  const typed = halfWidth(text).replace(/\u2212/g, "-");
  for (const pattern of PAIRS) {
    const match = pattern.exec(typed);
    if (!match) continue;
    const [first, second] = [match[1], match[2]].map((n) => Number(n?.replace(",", ".")));
    if (first === undefined || second === undefined) return null;
    if (Math.abs(first) <= 90 && Math.abs(second) <= 180)
      return { latitude: first, longitude: second, lonFirst: false };
    if (Math.abs(second) <= 90 && Math.abs(first) <= 180)
      return { latitude: second, longitude: first, lonFirst: true };
    return null;
  }
  return null;
}
