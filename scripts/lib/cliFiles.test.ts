import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/data/issueEnglish";
import {
  fileFailure,
  importFileBytes,
  leftOutNote,
  plural,
  readBytes,
  shownPath,
} from "./cliFiles";

const said = (bytes: Uint8Array, name: string) => {
  const { result } = importFileBytes(bytes, name);
  return (result.ok ? result.warnings : result.errors).map(formatIssue);
};

describe("importFileBytes", () => {
  it("gives the app's advice for UTF-16, workbooks, images, PDFs and gzip", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...new TextEncoder().encode("t\0i\0")]);
    expect(said(utf16, "dates.txt")).toEqual([
      "This text is in UTF-16, which the explorer does not read: save it as UTF-8 (in Excel: CSV UTF-8) and open it again",
    ]);
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode("xl/")]);
    expect(said(xlsx, "book.xlsx")[0]).toMatch(/^This is an Excel workbook \(\.xlsx\)/);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
    expect(said(png, "image.png")[0]).toMatch(/^This is a PNG image/);
    expect(said(new TextEncoder().encode("%PDF-1.4\n"), "doc.pdf")[0]).toMatch(/a PDF document/);
    expect(said(new Uint8Array([0x1f, 0x8b, 8, 0]), "data.json.gz")[0]).toMatch(/gzip/);
  });

  it("reads a Windows-1252 CSV with a warning naming its line, and keeps the text it read", () => {
    const bytes = Uint8Array.from("title,start\nCaf\xe9,2018-03-21\n", (c) => c.charCodeAt(0));
    const { result, text } = importFileBytes(bytes, "cafe.csv");
    expect(result.ok).toBe(true);
    expect(said(bytes, "cafe.csv")[0]).toMatch(/^Line 2 has a character that could not be read/);
    expect(text).toBe("title,start\nCaf\uFFFD,2018-03-21\n");
  });
});

describe("fileFailure and readBytes", () => {
  it("say in a few words why a path cannot be written or read", () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-"));
    const failure = (path: string) => {
      try {
        writeFileSync(path, "x");
        return "written";
      } catch (error) {
        return fileFailure(error, path);
      }
    };
    expect(failure(join(dir, "nodir", "x.csv"))).toBe("no such folder");
    expect(failure(dir)).toBe("it is a folder");
    expect(readBytes(join(dir, "none.json"))).toEqual({ failure: "no such file" });
    expect(readBytes(dir)).toEqual({ failure: "it is a folder" });
  });

  it("counts in words", () => {
    expect([plural(1, "event"), plural(0, "event"), plural(2, "problem")]).toEqual([
      "1 event",
      "0 events",
      "2 problems",
    ]);
  });
});

describe("leftOutNote", () => {
  it("is the Download menu's note, with the periods and source the dataset has", () => {
    const meta = { title: "T" };
    expect(leftOutNote({ meta, periods: [] })).toMatch(/^CSV and GeoJSON leave out the licence; /);
    expect(leftOutNote({ meta: { ...meta, source: { title: "S" } }, periods: [] })).toMatch(
      /^CSV and GeoJSON leave out the source and the licence; /,
    );
    expect(shownPath("-")).toBe("stdin");
  });
});
