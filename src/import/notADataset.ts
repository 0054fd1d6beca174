/**
 * Files that are no dataset at all — a web page, an image, a workbook, an
 * archive — told apart by their first bytes (and a download's Content-Type),
 * so the reader learns what the file is and what to open instead of "row 1 is
 * not a header" over a screenful of binary. Checked before anything else
 * reads the file, so a large one is not read to the end first.
 */
import { type DatasetIssue, fileIssue } from "../data/issues";

/** The bytes that decide: every signature below, and a web page's opening, fit in them. */
export const HEAD_BYTES = 4096;

type BinaryKind =
  | "png"
  | "jpeg"
  | "gif"
  | "webp"
  | "image"
  | "pdf"
  | "zip"
  | "gzip"
  | "audio"
  | "video"
  | "binary";
type SpreadsheetKind = "xlsx" | "xls" | "ods";

const binary = (kind: BinaryKind) => fileIssue("binaryFile", { kind });
const spreadsheet = (kind: SpreadsheetKind) => fileIssue("spreadsheetFile", { kind });

const bytesOf = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

const SIGNATURES: readonly [BinaryKind, readonly number[]][] = [
  ["png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ["jpeg", [0xff, 0xd8, 0xff]],
  ["gif", bytesOf("GIF8")],
  ["pdf", bytesOf("%PDF-")],
  ["gzip", [0x1f, 0x8b]],
];
const ZIP = [0x50, 0x4b];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(head: Uint8Array, bytes: readonly number[], at = 0): boolean {
  return bytes.every((byte, i) => head[at + i] === byte);
}

function contains(head: Uint8Array, text: string): boolean {
  const latin1 = String.fromCharCode(...head.subarray(0, HEAD_BYTES));
  return latin1.includes(text);
}

const extension = (name: string | undefined) =>
  /\.([a-z0-9]+)$/i.exec(name ?? "")?.[1]?.toLowerCase();

/** A ZIP archive: an Office or OpenDocument file is one, told apart by the entries it starts with. */
function zipKind(head: Uint8Array, name: string | undefined): DatasetIssue {
  if (contains(head, "opendocument.spreadsheet") || extension(name) === "ods") {
    return spreadsheet("ods");
  }
  if (contains(head, "xl/") || /^xls[xmb]$/.test(extension(name) ?? "")) return spreadsheet("xlsx");
  return binary("zip");
}

/**
 * Control characters other than tabs and line breaks, as a share of the bytes: text has next to
 * none. Invalid UTF-8 alone does not make a file binary: a CSV that Excel saved in Windows-1252
 * is invalid UTF-8 and still text: it is read with those characters replaced, and a warning
 * names the line of the first (`fileText.ts`).
 */
function controlShare(head: Uint8Array): number {
  let controls = 0;
  for (const byte of head) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) controls++;
  }
  return head.length === 0 ? 0 : controls / head.length;
}

/**
 * UTF-16 without its byte-order mark: text in Latin, Cyrillic or digits has a zero in every other
 * byte, all at odd offsets (little-endian) or all at even ones (big-endian), where a binary file's
 * zeros fall anywhere. Such a file got "a binary file", not the advice to save it as UTF-8.
 */
function looksUtf16(head: Uint8Array): boolean {
  const pairs = Math.floor(head.length / 2);
  if (pairs < 2) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) >= pairs * 0.6 && Math.min(even, odd) === 0;
}

/** Elements a web page (or a piece of one) starts with. */
const HTML_START =
  /^<(!doctype\s+html|html|head|body|meta|title|link|script|style|div|p|table)[\s>/]/i;

/**
 * A web page, an XML document or an SVG image, from the start of a text (no dataset starts with
 * `<`), or binary content that came as text.
 */
export function notADatasetText(text: string): DatasetIssue | null {
  const head = text.slice(0, HEAD_BYTES);
  if (head.includes("\0")) return binary("binary");
  const start = head.replace(/^\uFEFF/, "").replace(/^(\s|<!--[\s\S]*?-->)+/, "");
  if (!start.startsWith("<")) return null;
  if (HTML_START.test(start) || /<html[\s>]/i.test(start)) return fileIssue("webPage");
  if (/<svg[\s>]/i.test(start)) return binary("image");
  if (/^<(\?xml|!doctype|[a-z])/i.test(start)) return fileIssue("xmlFile");
  return null;
}

/** What a file is when it is no dataset, from its first bytes (and its name, for Office files). */
export function notADatasetBytes(head: Uint8Array, name?: string): DatasetIssue | null {
  for (const [kind, bytes] of SIGNATURES) if (startsWith(head, bytes)) return binary(kind);
  if (startsWith(head, bytesOf("RIFF")) && startsWith(head, bytesOf("WEBP"), 8)) {
    return binary("webp");
  }
  if ([3, 5, 7].some((n) => startsWith(head, [...ZIP, n, n + 1]))) return zipKind(head, name);
  if (startsWith(head, OLE2))
    return extension(name) === "xls" ? spreadsheet("xls") : binary("binary");
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]) || looksUtf16(head)) {
    return fileIssue("utf16Text");
  }
  if (head.includes(0) || controlShare(head) > 0.05) return binary("binary");
  return notADatasetText(new TextDecoder().decode(head));
}

/**
 * What a download is from its Content-Type alone, for the types no dataset is served as, so it is
 * refused before its body is read. Text types (`text/html` too: a misconfigured server may send a
 * CSV as one) and `application/octet-stream` are left to the first bytes.
 */
export function notADatasetType(contentType: string | null, name?: string): DatasetIssue | null {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const [top, sub = ""] = type.split("/");
  if (top === "image") {
    const known = ["png", "jpeg", "gif", "webp"].includes(sub);
    return binary(known ? (sub as BinaryKind) : "image");
  }
  if (top === "audio" || top === "video") return binary(top);
  if (sub === "pdf") return binary("pdf");
  if (sub === "gzip" || sub === "x-gzip") return binary("gzip");
  if (sub.includes("spreadsheetml")) return spreadsheet("xlsx");
  if (sub.includes("opendocument.spreadsheet")) return spreadsheet("ods");
  if (sub === "zip" || sub === "x-zip-compressed") {
    return /^xls[xmb]$/.test(extension(name) ?? "") ? spreadsheet("xlsx") : binary("zip");
  }
  return null;
}
