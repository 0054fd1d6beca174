import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../data/issueEnglish";
import { notADatasetBytes, notADatasetText, notADatasetType } from "./notADataset";

const bytes = (text: string) => new TextEncoder().encode(text);
const icon = new Uint8Array(
  readFileSync(new URL("../../public/icons/icon-192.png", import.meta.url)),
);
/** A ZIP's first local header, naming its first entry (an Office file starts with its parts). */
function zipHead(entry: string, content = ""): Uint8Array {
  const header = new Uint8Array(30);
  header.set([0x50, 0x4b, 0x03, 0x04]);
  header[26] = entry.length;
  return new Uint8Array([...header, ...bytes(entry), ...bytes(content)]);
}
const said = (issue: ReturnType<typeof notADatasetBytes>) => (issue ? formatIssue(issue) : null);

describe("notADatasetBytes", () => {
  it("names images, documents and archives by their signature", () => {
    expect(notADatasetBytes(icon)).toEqual({
      path: "",
      code: "binaryFile",
      params: { kind: "png" },
    });
    expect(said(notADatasetBytes(icon))).toBe(
      "This is a PNG image, not a dataset: the explorer opens text files in JSON, GeoJSON, CSV or TSV",
    );
    expect(notADatasetBytes(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))?.params?.kind).toBe("jpeg");
    expect(notADatasetBytes(bytes("GIF89a\x01\x00"))?.params?.kind).toBe("gif");
    expect(notADatasetBytes(bytes("RIFF\x10\x00\x00\x00WEBPVP8 "))?.params?.kind).toBe("webp");
    expect(notADatasetBytes(bytes("%PDF-1.7\n%"))?.params?.kind).toBe("pdf");
    expect(notADatasetBytes(gzipSync("title,start\n"))?.params?.kind).toBe("gzip");
    expect(notADatasetBytes(zipHead("photos/a.jpg"))?.params?.kind).toBe("zip");
  });

  it("tells a workbook from other archives, and says to save it as CSV", () => {
    const xlsx = zipHead("[Content_Types].xml", "<Types/>xl/workbook.xml");
    expect(said(notADatasetBytes(xlsx))).toBe(
      "This is an Excel workbook (.xlsx), which the explorer cannot read: save the sheet as CSV (in Excel: File › Save As › CSV UTF-8) and open that",
    );
    expect(notADatasetBytes(zipHead("docProps/app.xml"), "Events.XLSX")?.code).toBe(
      "spreadsheetFile",
    );
    const ods = zipHead("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    expect(notADatasetBytes(ods)?.params?.kind).toBe("ods");
    const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);
    expect(notADatasetBytes(ole2, "old.xls")?.params?.kind).toBe("xls");
    expect(notADatasetBytes(ole2, "letter.doc")?.params?.kind).toBe("binary");
  });

  it("calls other bytes with NULs or control characters binary, and UTF-16 text what it is", () => {
    expect(notADatasetBytes(new Uint8Array([1, 2, 3, 0, 250, 17]))?.params?.kind).toBe("binary");
    expect(notADatasetBytes(bytes("\x01\x02\x03\x04\x05a,b,c"))?.params?.kind).toBe("binary");
    expect(notADatasetBytes(new Uint8Array([0xff, 0xfe, 0x74, 0, 0x69, 0]))?.code).toBe(
      "utf16Text",
    );
  });

  it("knows UTF-16 without its byte-order mark, either byte order, from a binary file's zeros", () => {
    const text = "title,start\nВизит,2018-03-21\n";
    const le = new Uint8Array(text.length * 2);
    const be = new Uint8Array(text.length * 2);
    [...text].forEach((char, i) => {
      const code = char.charCodeAt(0);
      le.set([code & 0xff, code >> 8], i * 2);
      be.set([code >> 8, code & 0xff], i * 2);
    });
    expect(notADatasetBytes(le)?.code).toBe("utf16Text");
    expect(notADatasetBytes(be)?.code).toBe("utf16Text");
    // Zeros at both even and odd offsets: binary.
    expect(
      notADatasetBytes(new Uint8Array([0x41, 0, 0, 0x42, 0x43, 0, 0, 0x44]))?.params?.kind,
    ).toBe("binary");
  });

  it("says a web page is one, with what to link instead", () => {
    const page = bytes('<!doctype html>\n<html lang="en"><head><title>Explorer</title>');
    expect(said(notADatasetBytes(page))).toBe(
      "This is a web page (HTML), not a dataset: link to or open the data file itself, in JSON, GeoJSON, CSV or TSV (on GitHub, its “Raw” address)",
    );
  });

  it("leaves datasets alone: JSON, CSV, a byte-order mark, Windows-1252 text, an empty file", () => {
    expect(notADatasetBytes(bytes('{"meta":{},"events":[]}'))).toBeNull();
    expect(notADatasetBytes(bytes("\uFEFFtitle,start\nVisit,2018-03-21\n"))).toBeNull();
    expect(notADatasetBytes(bytes("Year\tMonth\tDay\tHeadline\r\n2018\t3\t21\tVisit"))).toBeNull();
    // "Café" in Windows-1252: not UTF-8, still text.
    expect(notADatasetBytes(new Uint8Array([...bytes("title,start\nCaf"), 0xe9, 0x2c]))).toBeNull();
    expect(notADatasetBytes(new Uint8Array(0))).toBeNull();
    // A CSV whose first cell is PK is not a ZIP.
    expect(notADatasetBytes(bytes("PK,title,start\n"))).toBeNull();
  });
});

describe("notADatasetText", () => {
  it("finds a page after a byte-order mark, spaces and comments, and pieces of one", () => {
    expect(notADatasetText("\uFEFF\n  <!-- built -->\n<!DOCTYPE html><html>")?.code).toBe(
      "webPage",
    );
    expect(notADatasetText("<html><body>Not found</body></html>")?.code).toBe("webPage");
    expect(notADatasetText("<p>Moved</p>")?.code).toBe("webPage");
    expect(notADatasetText('<?xml version="1.0"?>\n<html xmlns="…">')?.code).toBe("webPage");
  });

  it("names SVG as an image and other XML (KML, GPX) as XML", () => {
    expect(notADatasetText('<svg xmlns="http://www.w3.org/2000/svg">')?.params?.kind).toBe("image");
    expect(notADatasetText('<?xml version="1.0"?><kml xmlns="…">')?.code).toBe("xmlFile");
  });

  it("leaves JSON and CSV alone", () => {
    expect(notADatasetText('[{"start": "2018"}]')).toBeNull();
    expect(notADatasetText("title,start,summary\n<b>x</b>,2018,y")).toBeNull();
  });
});

describe("notADatasetType", () => {
  it("refuses the types no dataset is served as", () => {
    expect(notADatasetType("image/png")?.params?.kind).toBe("png");
    expect(notADatasetType("image/svg+xml")?.params?.kind).toBe("image");
    expect(notADatasetType("video/mp4")?.params?.kind).toBe("video");
    expect(notADatasetType("application/pdf")?.params?.kind).toBe("pdf");
    expect(
      notADatasetType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")?.code,
    ).toBe("spreadsheetFile");
    expect(notADatasetType("application/zip", "/data/events.xlsx")?.code).toBe("spreadsheetFile");
    expect(notADatasetType("application/zip")?.params?.kind).toBe("zip");
  });

  it("leaves text types, and octet-stream, to the first bytes", () => {
    for (const type of [
      "text/html; charset=utf-8",
      "text/csv",
      "application/json",
      "application/octet-stream",
      "application/vnd.ms-excel",
      null,
    ]) {
      expect(notADatasetType(type), String(type)).toBeNull();
    }
  });
});
