import { describe, expect, it } from "vitest";
import { formatIssue } from "../data/issueEnglish";
import { fileIssue } from "../data/issues";
import { decodeUtf8, hasUnreadable, textOfBytes, unreadableIssue, withReadIssue } from "./fileText";

/** What Excel's "CSV (Comma delimited)" writes in Western Europe: é is 0xE9, ü is 0xFC. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

const said = (issue: ReturnType<typeof unreadableIssue>) => (issue ? formatIssue(issue) : null);

describe("decodeUtf8", () => {
  it("says which line of a Windows-1252 file has a character that could not be read", () => {
    const read = decodeUtf8(windows1252("title,start\nCafé opens,2018-03-21\nMünchen,2018\n"));
    expect(read.text).toBe("title,start\nCaf\uFFFD opens,2018-03-21\nM\uFFFDnchen,2018\n");
    expect(read.unreadable).toEqual({ path: "", code: "notUtf8", params: { line: 2 } });
    expect(said(read.unreadable)).toBe(
      "Line 2 has a character that could not be read, shown as �: the file is not saved as UTF-8. Save it as UTF-8 (in Excel: File › Save As › CSV UTF-8) and open it again",
    );
  });

  it("reads UTF-8 with or without a byte-order mark without a word", () => {
    const bytes = new TextEncoder().encode("\uFEFFtitle\nCafé 東京\n");
    expect(decodeUtf8(bytes)).toEqual({ text: "title\nCafé 東京\n", unreadable: null });
  });
});

describe("unreadableIssue", () => {
  it("counts lines only up to the first unreadable character, from where it is told to look", () => {
    expect(unreadableIssue("a\nb\n\uFFFD\n\uFFFD")?.params).toEqual({ line: 3 });
    expect(unreadableIssue("\uFFFD")?.params).toEqual({ line: 1 });
    expect(unreadableIssue("a\n\uFFFD\nb\n\uFFFD", 4)?.params).toEqual({ line: 4 });
    expect(unreadableIssue("plain\ntext")).toBeNull();
    expect(hasUnreadable("ab\uFFFD")).toBe(true);
    expect(hasUnreadable("abé")).toBe(false);
  });
});

describe("textOfBytes", () => {
  it("refuses UTF-16 and binary files with the app's advice before decoding", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x74, 0x00, 0x69, 0x00]);
    expect(textOfBytes(utf16, "dates.txt")).toEqual({ error: fileIssue("utf16Text") });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(textOfBytes(png, "a.png")).toEqual({
      error: fileIssue("binaryFile", { kind: "png" }),
    });
    expect(textOfBytes(windows1252("title\nCafé\n"), "a.csv")).toEqual({
      text: "title\nCaf\uFFFD\n",
      unreadable: fileIssue("notUtf8", { line: 2 }),
    });
  });
});

describe("withReadIssue", () => {
  it("puts what reading found first, among the warnings or the errors", () => {
    const note = fileIssue("notUtf8", { line: 2 });
    const other = fileIssue("emptyFile");
    expect(withReadIssue({ ok: true, warnings: [other] }, note)).toEqual({
      ok: true,
      warnings: [note, other],
    });
    expect(withReadIssue({ ok: false, errors: [other] }, note)).toEqual({
      ok: false,
      errors: [note, other],
    });
    const same = { ok: true as const, warnings: [] };
    expect(withReadIssue(same, null)).toBe(same);
  });
});
