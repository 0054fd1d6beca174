import { afterEach, describe, expect, it, vi } from "vitest";
import { generateCsv } from "../../scripts/generateCsv";
import { formatIssue } from "../data/issueEnglish";
import { parseDataset } from "../data/parseDataset";
import { quickParseEvent } from "../data/quickEvent";
import { mulberry32 } from "../test/random";
import { listProblems } from "../ui/problemList";
import { DatasetBuilder } from "./builder";
import { csvRows } from "./csvRows";
import { importRows, importText } from "./importDataset";
import { convertOurCsv } from "./ourCsv";

afterEach(() => {
  vi.restoreAllMocks();
});

/** How many rows the plain path took while `convert` ran. */
function plainRowsTaken(convert: () => void): number {
  const spy = vi.spyOn(DatasetBuilder.prototype, "plainEvent");
  convert();
  const taken = spy.mock.results.filter((result) => result.value === true).length;
  spy.mockRestore();
  return taken;
}

/** The promise: with or without the plain rows' path, the same dataset, ids, issues and origins. */
function expectSamePaths(rows: string[][]): number {
  const general = convertOurCsv(rows, "Rows", false);
  let fast = general;
  const taken = plainRowsTaken(() => {
    fast = convertOurCsv(rows, "Rows", true);
  });
  const { parsedEvents, ...converted } = fast;
  // The plain path writes a row's origin as its number, the general path as `{ row }`.
  const origins = converted.origins.events.map((origin) =>
    typeof origin === "number" ? { row: origin } : origin,
  );
  expect({ ...converted, origins: { ...converted.origins, events: origins } }).toStrictEqual(
    general,
  );
  // Only the plain path's events are marked as already checked, and each is just what the check gives.
  expect(general.parsedEvents).toBeUndefined();
  const marked = parsedEvents ? parsedEvents.reduce((sum, flag) => sum + flag, 0) : 0;
  expect(marked).toBe(taken);
  fast.dataset.events.forEach((event, i) => {
    if (parsedEvents?.[i] !== 1) return;
    expect(JSON.stringify(event)).toBe(JSON.stringify(quickParseEvent(structuredClone(event))));
  });
  // And the same once checked, with the options `importRows` checks a conversion with or without,
  // keys in the same order.
  const checked = parseDataset(fast.dataset, {
    handedOver: true,
    idsDistinct: true,
    ...(parsedEvents && { parsedEvents }),
  });
  const checkedGeneral = parseDataset(general.dataset);
  expect(checked).toStrictEqual(checkedGeneral);
  expect(JSON.stringify(checked)).toBe(JSON.stringify(checkedGeneral));
  // And what a file opens as, warnings named by their rows: the plain path, then the general alone.
  const opened = importRows(rows, "Rows");
  vi.spyOn(DatasetBuilder.prototype, "plainEvent").mockReturnValue(false);
  const openedGeneral = importRows(rows, "Rows");
  vi.restoreAllMocks();
  expect(opened).toStrictEqual(openedGeneral);
  expect(JSON.stringify(opened)).toBe(JSON.stringify(openedGeneral));
  return taken;
}

const rowsOf = (text: string) => csvRows(text);

/**
 * For the cases that put thousands of rows through both paths (each converted, checked and opened
 * twice, then compared deeply): ~1 s alone, 3.7-4.3 s on two cores at a load of 20, past vitest's
 * 5 s default on a busier machine. A wrong answer fails by an assertion, never by time; this only
 * waits for the answer (a minute: a hang still fails).
 */
const MANY_ROWS = { timeout: 60_000 };

describe("our CSV's plain rows", () => {
  it(
    "read a generated catalogue as the general path does, nearly all of it on the plain path",
    MANY_ROWS,
    () => {
      const rows = rowsOf(generateCsv({ rows: 3000, seed: 4, places: 200 }));
      expect(expectSamePaths(rows)).toBe(3000);
    },
  );

  it("leave every row that needs an issue or another column to the general path", () => {
    const text = [
      "Title,START,lat,lon,place,Place ID,id,summary,body,extra,title",
      // Plain rows: quoted cells, a formula-neutralised title, a column we do not know, a second title.
      '"Rally, the first",2018-03-21,43.06,141.35,Sapporo,,,,,anything,ignored',
      "'=SUM(A1),2018,43.06,141.35,Sapporo,,,,,,",
      "' =kept as it is,2018-03,,,Sapporo,,,,,,",
      "  Spaces  around  ,2018-03-22,,,,,,,,,",
      "Tab\tinside,2018-03-23,,,,,,,,,",
      "<b>Bold</b> &amp; more,2018-03-24,,,,,,,,,",
      "Same id,2018-03-25,,,,,same,,,,",
      "Same id again,2018-03-26,,,,,same,,,,",
      // Plain too: the issue of a place moved is the first pass's, two places and a short row need none.
      "Moved,2018-04-03,44,142,Sapporo,,,,,,",
      "Two places,2018-04-05,35.68;55.75,139.69;37.62,Tokyo;Moscow,tokyo-id;,,,,,",
      "Named twice,2018-04-06,,,Tokyo; Tokyo,,,,,,",
      "Short row,2018-04-11",
      // Rows the general path must read.
      ",,,,,,,,,,",
      "   ,  ,,,,,,,,,",
      ",2018-04-01,,,,,,,,,",
      "No date,,,,,,,,,,",
      "Bad date,2018-02-30,,,,,,,,,",
      "Bad date too,21 March 2018,,,,,,,,,",
      "Unknown place,2018-04-02,,,Nowhere,,,,,,",
      "Not a point,2018-04-04,95,500,Far,,,,,,",
      "With a summary,2018-04-07,,,,,,A summary,,,",
      "With a body,2018-04-08,,,,,,A summary,<p>Rich <i>text</i></p>,,",
      `${"Long ".repeat(40)},2018-04-09,,,,,,,,,`,
      "<br>,2018-04-10,,,,,,,,,",
    ].join("\n");
    const rows = rowsOf(text);
    expect(expectSamePaths(rows)).toBe(12);
  });

  it("read a file with a byte-order mark, no place columns or every column as the general path does", () => {
    const withBom = [
      ["\uFEFFtitle", "start"],
      ["A", "2018"],
      ["B", "2019"],
    ];
    // A byte-order mark is trimmed from the header's first name like any space.
    expect(expectSamePaths(withBom)).toBe(2);
    expect(expectSamePaths([["title", "start"], ["A", "2018"], ["B", "2019-05"], []])).toBe(2);
    const everyColumn = rowsOf(
      [
        "id,title,start,end,approximate,display date,place,place id,lat,lon,actors,tags,summary,quote,paragraph,link,note,media,media caption,media credit,body",
        "a,A,2018,,,,Tokyo,tokyo,35.68,139.69,,,,,,,,,,,",
        "b,B,2018,2019,yes,Spring,Tokyo,,,,Abe;Putin,talks,S,Q,3,https://example.com,N,https://example.com/m.jpg,C,Cr,",
        "c,C,2018,,,,,,,,,,,,7,,,,,,",
      ].join("\n"),
    );
    expect(expectSamePaths(everyColumn)).toBe(1);
  });

  it("agree with the general path on many mutated rows", MANY_ROWS, () => {
    const random = mulberry32(17);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const header = ["title", "start", "lat", "lon", "place", "id", "tags", "end"];
    const values: Record<string, readonly string[]> = {
      title: [
        "Rally",
        " Rally ",
        "",
        "'=1+1",
        "'\tTabbed",
        "A  b",
        "a&amp;b",
        "<i>x</i>",
        "x".repeat(170),
        // Place tokens: a warning on the event, named by its row.
        "Near {nowhere}",
        "Near {sapporo}",
      ],
      start: ["2018", "2018-03", "2018-03-21", "2018-02-30", "", " 2018 ", "March", "'2018"],
      lat: ["43", "-91", "", "x", "1;2", "43.06"],
      lon: ["141", "181", "", "y", "1;2", "141.35"],
      place: ["Sapporo", "Tokyo", "", "Sapporo;Tokyo", " Sapporo ", "Nowhere", ";"],
      id: ["", "", "", "same", "Same!", "x"],
      tags: ["", "", "", "", "a;b"],
      end: ["", "", "", "", "2019", "bad"],
    };
    let plain = 0;
    for (let file = 0; file < 40; file++) {
      const rows = [header];
      for (let r = 0; r < 60; r++) {
        rows.push(header.map((column) => pick(values[column] ?? [""])));
      }
      plain += expectSamePaths(rows);
    }
    // Both paths were exercised.
    expect(plain).toBeGreaterThan(100);
    expect(plain).toBeLessThan(40 * 60 - 100);
  });
});

describe("our CSV's translation columns", () => {
  const text = [
    "title,start,place,lat,lon,actors,tags,Title (JA),summary (ja),note (ru),place (ru),Actors (pt-BR),tags (zz-top),place (en-gb)",
    // A plain row but for its translations: the general path reads it.
    "Talks,2018-03-21,Tokyo;Moscow,35.68;55.75,139.69;37.62,Japan;Russia,,会談,要約,,; Москва,Japão;,,",
    // The first row's translation of a place wins; an untranslated row is plain.
    "Visit,2018-03-22,Moscow,55.75,37.62,,,,,Заметка,Столица,,,Moscow",
    "Plain,2018-03-23,Tokyo,35.68,139.69,,,,,,,,,",
  ].join("\n");

  it("read titles, summaries and notes into each event's i18n, places and labels in step with their lists", () => {
    const result = importRows(rowsOf(text), "Rows");
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { events, places, meta } = result.dataset;
    expect(events.map((event) => event.i18n)).toEqual([
      { ja: { title: "会談", summary: "要約" } },
      { ru: { note: "Заметка" } },
      undefined,
    ]);
    const byName = new Map(places.map((place) => [place.name, place.i18n]));
    // "; Москва": Tokyo has no Russian name in the first row, Moscow has; the later "Столица" loses.
    expect(byName.get("Tokyo")).toBeUndefined();
    expect(byName.get("Moscow")).toEqual({ ru: { name: "Москва" }, "en-GB": { name: "Moscow" } });
    // `tags (zz-top)` names a tag list that is empty: nothing to label.
    expect(meta.i18n).toEqual({ "pt-BR": { labels: { Japan: "Japão" } } });
  });

  it("take a row with a translation off the plain path, and agree with the general path", () => {
    expect(expectSamePaths(rowsOf(text))).toBe(1);
  });

  it("are written for each language and column that has a text, and read back the same", async () => {
    const { toCsv } = await import("../export/toCsv");
    const first = importRows(rowsOf(text), "Rows");
    if (!first.ok) throw new Error("no");
    const written = toCsv(first.dataset);
    const header = written.replace(/^\uFEFF/, "").split("\r\n")[0];
    const names = header?.split(",") ?? [];
    expect(names.slice(names.indexOf("type"))).toEqual([
      "type",
      "place (en-GB)",
      "title (ja)",
      "summary (ja)",
      "actors (pt-BR)",
      "note (ru)",
      "place (ru)",
    ]);
    const again = importRows(rowsOf(written), "Rows");
    if (!again.ok) throw new Error("no");
    expect(again.dataset.meta.i18n).toEqual(first.dataset.meta.i18n);
    expect(again.dataset.events.map((e) => e.i18n)).toEqual(
      first.dataset.events.map((e) => e.i18n),
    );
    expect(again.dataset.places).toEqual(first.dataset.places);
  });
});

describe("our CSV's type column", () => {
  const text = [
    "title,start,summary,type,title (ja),summary (ja),note (ja)",
    "A story,,What it tells,Title,物語,語ること,訳注",
    "An event,2018-03-21,,,,,",
    "Undated on purpose,,,undated,,,",
    "Left empty,,,,,,",
    "Mistyped,2018-03-22,,era,,,",
  ].join("\n");

  it("reads the title row as the story's title, and an undated row without a problem", () => {
    const result = importRows(rowsOf(text), "file name");
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { meta, events, undated } = result.dataset;
    expect(meta).toEqual({
      title: "A story",
      description: "What it tells",
      i18n: { ja: { title: "物語", description: "語ること", note: "訳注" } },
    });
    expect(events.map((event) => event.title)).toEqual(["An event", "Mistyped"]);
    expect(undated?.map((item) => item.title)).toEqual(["Undated on purpose", "Left empty"]);
    // Only the row left empty, and the type that is none, are problems.
    expect(result.warnings).toEqual([
      { path: "", row: 5, column: "start", code: "emptyStart" },
      {
        path: "",
        row: 6,
        column: "type",
        code: "notARowType",
        params: { value: { kind: "text", text: "era" } },
      },
    ]);
  });

  it("keeps a title row and typed rows off the plain path, and agrees with the general path", () => {
    expect(expectSamePaths(rowsOf(text))).toBe(1);
  });
});

describe("our CSV's coordinates", () => {
  it("name a point that cannot be read as it was written, not as a number", () => {
    // Pasted rows with a typo'd longitude said "95, NaN is not a latitude and longitude".
    const result = importRows([
      ["title", "start", "place", "lat", "lon"],
      ["Nowhere", "1970", "Somewhere", "95", "abc"],
    ]);
    const problems = (result.ok ? result.warnings : result.errors).map(formatIssue);
    expect(problems).toContain(
      "row 2, column lat: 95, abc is not a latitude and longitude: left off the map",
    );
    expect(problems.join("\n")).not.toContain("NaN");
  });
});

describe("our CSV's place kinds", () => {
  it("give each place its kind, in step with its names, and name a kind the schema has not", () => {
    const result = importRows([
      ["title", "start", "place", "lat", "lon", "place kind"],
      ["Talks", "2018", "Iturup; Tokyo", "45.05; 35.69", "147.83; 139.69", "Island; city"],
      ["Elsewhere", "2019", "Yuzhno", "46.96", "142.73", "capital"],
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.dataset.places.map((place) => [place.name, place.kind])).toEqual([
      ["Iturup", "island"],
      ["Tokyo", "city"],
      ["Yuzhno", "site"],
    ]);
    expect(result.warnings.map(formatIssue)).toEqual([
      expect.stringMatching(
        /^row 3, column place kind: "capital" is not allowed here: use city, town, island, island-group/,
      ),
    ]);
  });
});

describe("our CSV's dates", () => {
  it("name every form a start may take, times included", () => {
    // The template reads "2018-03-21T14:30"; "2018-03-21 14:30" was told to use YYYY-MM-DD at most.
    const result = importRows([
      ["title", "start"],
      ["Talks", "2018-03-21 2:30pm"],
      ["More talks", "2018-03-21T14:30"],
    ]);
    const problems = (result.ok ? result.warnings : result.errors).map(formatIssue);
    expect(problems).toEqual([
      'row 2, column start: "2018-03-21 2:30pm" is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC) (listed as undated)',
    ]);
  });

  it("read the dates the editor's fields read (review 35 F7: 2018年3月21日 was undated)", () => {
    const result = importRows([
      ["title", "start", "end"],
      ["Tariffs", "2018年3月23日", ""],
      ["Expulsions", "２０１８－０３－２６", "2018年4月"],
      ["Talks", "2018-03-21 14:30", ""],
    ]);
    if (!result.ok) throw new Error("the rows open");
    expect(result.warnings.map(formatIssue)).toEqual([]);
    expect(result.dataset.events.map(({ start, end }) => [start, end])).toEqual([
      ["2018-03-23", undefined],
      ["2018-03-26", "2018-04"],
      ["2018-03-21T14:30", undefined],
    ]);
  });

  it("keep a date they cannot read as the undated item's shown date (review 16: it was lost)", () => {
    const result = importRows([
      ["title", "start", "end", "display date"],
      ["Election day", "3/15/18", "", ""],
      ["Talks", "15.03.2018", "16.03.2018", ""],
      ["Summit", "spring", "", "Spring 2018"],
      ["Dated", "2018-03-15", "", ""],
    ]);
    if (!result.ok) throw new Error("the rows open");
    expect(result.dataset.events.map(({ title }) => title)).toEqual(["Dated"]);
    expect(result.dataset.undated?.map(({ title, displayDate }) => [title, displayDate])).toEqual([
      ["Election day", "3/15/18"],
      ["Talks", "15.03.2018 – 16.03.2018"],
      // A shown date of its own stays.
      ["Summit", "Spring 2018"],
    ]);
  });
});

describe("our CSV's years before 1 (review 32: told to use YYYY, which cannot hold one)", () => {
  it("are read as the GeoJSON reader reads them: undated, the year shown, said so", () => {
    const result = importRows([
      ["title", "start", "display date"],
      ["Caesar dies", "-0044-03-15", "Ides of March"],
      ["Rome founded", "-753", ""],
      ["Dated", "2018", ""],
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings.map(formatIssue)).toEqual([
      "row 2, column start: 44 BCE is before year 1, which the timeline cannot draw: kept as undated",
      "row 3, column start: 753 BCE is before year 1, which the timeline cannot draw: kept as undated",
    ]);
    expect(result.dataset.undated?.map(({ displayDate }) => displayDate)).toEqual([
      "Ides of March, 44 BCE",
      "753 BCE",
    ]);
    const geo = importText(
      JSON.stringify({
        type: "FeatureCollection",
        features: [
          { type: "Feature", geometry: null, properties: { name: "Rome", date: "-753" } },
          { type: "Feature", geometry: null, properties: { name: "Now", date: "2018" } },
        ],
      }),
    );
    expect(geo.ok && geo.dataset.undated?.map(({ displayDate }) => displayDate)).toEqual([
      "753 BCE",
    ]);
  });
});

describe("our CSV's repeated columns (review 32: the second was not read, without a word)", () => {
  it("are named with their column's letter; the first is read", () => {
    const result = importRows([
      ["title", "start", "summary", "Summary", "lng", "lon", "title (ja)", "title (ja)"],
      ["A", "2018", "first text", "second text", "139.7", "140", "あ", "い"],
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings.map(formatIssue)).toEqual([
      'row 1: "Summary" (column D) is a second summary column: its cells are not read, only the first one\'s',
      'row 1: "lon" (column F) is a second lon column: its cells are not read, only the first one\'s',
      'row 1: "title (ja)" (column H) is a second title (ja) column: its cells are not read, only the first one\'s',
    ]);
    expect(result.dataset.events[0]?.summary).toBe("first text");
  });
});

describe("our CSV's unknown columns", () => {
  it("are named once each, with the column they are close to; latitude and longitude are read (review 28)", () => {
    const result = importRows([
      [
        "title",
        "start",
        "sumary",
        "notes",
        "latitude",
        "longitude",
        "place",
        "title (ja)",
        "extra",
      ],
      ["Lavrov in Tokyo", "2018-03-21", "Lost", "TASS", "35.69", "139.69", "Tokyo", "", ""],
      ["Again", "2018-03-22", "Lost", "", "", "", "Tokyo", "再び", ""],
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings.map(formatIssue)).toEqual([
      'row 1: "sumary" is not a column of our CSV template: its cells are not read (did you mean "summary"?)',
      'row 1: "notes" is not a column of our CSV template: its cells are not read (did you mean "note"?)',
      'row 1: "extra" is not a column of our CSV template: its cells are not read',
    ]);
    expect(result.dataset.places.map((place) => place.coordinates)).toEqual([[139.69, 35.69]]);
    expect(result.dataset.events.map((event) => event.places)).toEqual([["tokyo"], ["tokyo"]]);
  });

  it("leave a TimelineJS sheet to its reader", () => {
    const sheet = importRows([
      ["Year", "Month", "Day", "Headline", "Text", "Title", "Start"],
      ["2018", "3", "21", "Talks", "", "", ""],
    ]);
    expect(sheet.format).toBe("timeline-sheet");
    expect(sheet.ok && sheet.warnings).toEqual([]);
  });
});

describe("our CSV's decimal commas", () => {
  it("read a ; file's lone decimal comma in lat and lon as the point (review 28: every place was lost)", () => {
    const text = [
      "title;start;place;lat;lon",
      "Osaka;2018-04-02;Osaka;34,69;135,50",
      'Two;2018-04-03;"Osaka; Kobe";"34,69; 34,69";"135,50; 135,19"',
      "Broken;2018-04-04;Nara;34,6,8;135,80",
    ].join("\r\n");
    const result = importText(text, "european.csv");
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.dataset.places.map(({ name, coordinates }) => [name, coordinates])).toEqual([
      ["Osaka", [135.5, 34.69]],
      ["Kobe", [135.19, 34.69]],
    ]);
    // The two values kept apart: "34,6,8, 135,80" ran them together.
    expect(result.warnings.map(formatIssue)).toEqual([
      'row 4, column lat: "34,6,8", "135,80" is not a latitude and longitude: left off the map',
      'row 4, column place: "Nara" has no lat and lon in any row: not on the map',
    ]);
  });
});

describe("our CSV's links, media thumbnail and drop cap", () => {
  const header = [
    "title",
    "start",
    "link",
    "link text",
    "media",
    "media thumbnail",
    "quote",
    "paragraph",
    "drop cap",
  ];

  it("read each link's words in step, a link without words left without (review 28: the host's name)", () => {
    const result = importRows([
      header,
      ["A", "2018", "https://a.org/x; https://b.org/y", "Read the report;", "", "", "", "", ""],
      [
        "B",
        "2018",
        "https://c.org",
        "",
        "https://c.org/i.jpg",
        "https://c.org/t.jpg",
        "Acold",
        "2",
        "yes",
      ],
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [a, b] = result.dataset.events;
    expect(a?.links).toEqual([
      { label: "Read the report", url: "https://a.org/x" },
      { url: "https://b.org/y" },
    ]);
    expect(b?.links).toEqual([{ url: "https://c.org" }]);
    expect(b?.media).toEqual({ url: "https://c.org/i.jpg", thumbnail: "https://c.org/t.jpg" });
    expect(b?.quote).toEqual({ text: "Acold", paragraph: 2, dropCap: true });
  });

  it("name a link after its host in a file without link text, as before", () => {
    const result = importRows([
      ["title", "start", "link"],
      ["A", "2018", "https://example.org/doc"],
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.dataset.events[0]?.links).toEqual([
      { label: "example.org", url: "https://example.org/doc" },
    ]);
  });

  it("keep rows with these columns empty on the plain path, and agree with the general path", () => {
    const rows = [
      [...header, "place", "lat", "lon"],
      ["Plain", "2018", "", "", "", "", "", "", "", "Tokyo", "35.68", "139.69"],
      ["Linked", "2018", "https://a.org", "A", "", "", "", "", "", "Tokyo", "", ""],
      ["Bad cap", "2018", "", "", "", "", "Q", "1", "maybe", "", "", ""],
    ];
    expect(expectSamePaths(rows)).toBe(1);
  });
});

describe('our CSV\'s dates with slashes (review 41 R4: 03/04/2018 was "not a date", no more)', () => {
  it("give both readings of a date that can be read both ways", () => {
    const result = importRows([
      ["title", "start", "end"],
      ["Meeting one", "03/04/2018", ""],
      ["Meeting two", "2018-05-01", "04/05/2018"],
    ]);
    if (!result.ok) throw new Error("the rows open");
    expect(result.warnings.map(formatIssue)).toEqual([
      'row 2, column start: "03/04/2018" could be 2018-04-03 (day/month/year) or 2018-03-04 (month/day/year): write the one meant as YYYY-MM-DD (listed as undated)',
      'row 3, column end: "04/05/2018" could be 2018-05-04 (day/month/year) or 2018-04-05 (month/day/year): write the one meant as YYYY-MM-DD',
    ]);
    expect(result.dataset.undated?.map(({ displayDate }) => displayDate)).toEqual(["03/04/2018"]);
  });

  it("that cannot be told apart are listed three, then counted, as other problems of a kind are", () => {
    const rows = Array.from({ length: 500 }, (_, i) => [`Row ${i}`, "03/04/2018"]);
    const result = importRows([["title", "start"], ...rows, ["Dated", "2018-01-01"]]);
    if (!result.ok) throw new Error("the rows open");
    expect(listProblems(result.warnings).lines.map((line) => line.kind)).toEqual([
      "issue",
      "issue",
      "issue",
      "alike",
    ]);
    expect(listProblems(result.warnings).lines[3]).toEqual({ kind: "alike", count: 497 });
  });

  it("read them all in the one order a day above 12 fixes, said once with the count", () => {
    const result = importRows([
      ["title", "start", "end"],
      ["One", "03/04/2018", ""],
      ["Two", "4/3/2018", "15/03/2018"],
      ["Three", "2018-05-01", ""],
      ["Four", "31/02/2018", ""],
    ]);
    if (!result.ok) throw new Error("the rows open");
    expect(result.dataset.events.map(({ title, start, end }) => [title, start, end])).toEqual([
      ["One", "2018-04-03", undefined],
      ["Two", "2018-03-04", "2018-03-15"],
      ["Three", "2018-05-01", undefined],
    ]);
    expect(result.warnings.map(formatIssue)).toEqual([
      'row 3, column end: "15/03/2018" can only be day/month/year, so the file\'s 3 dates with slashes were read that way',
      'row 5, column start: "31/02/2018" is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC) (listed as undated)',
    ]);
    const us = importRows([
      ["title", "start"],
      ["One", "03/04/2018"],
      ["Two", "3/15/2018"],
    ]);
    expect(us.ok && us.dataset.events.map(({ start }) => start)).toEqual([
      "2018-03-04",
      "2018-03-15",
    ]);
    expect(us.ok && us.warnings.map(formatIssue)).toEqual([
      'row 3, column start: "3/15/2018" can only be month/day/year, so the file\'s 2 dates with slashes were read that way',
    ]);
  });

  it("read none where the cells disagree on the order (a file typed by two hands)", () => {
    const result = importRows([
      ["title", "start"],
      ["One", "15/03/2018"],
      ["Two", "3/15/2018"],
      ["Three", "03/04/2018"],
      ["Four", "2018-01-01"],
    ]);
    if (!result.ok) throw new Error("the rows open");
    expect(result.dataset.events.map(({ title }) => title)).toEqual(["Four"]);
    expect(result.warnings.map((issue) => issue.code)).toEqual([
      "notADateUndated",
      "notADateUndated",
      "slashDateBothWaysUndated",
    ]);
  });

  it("are the same dataset with or without the plain rows' path", () => {
    expectSamePaths([
      ["title", "start", "place", "lat", "lon"],
      ["One", "03/04/2018", "Tokyo", "35.68", "139.69"],
      ["Two", "13/04/2018", "Tokyo", "", ""],
      ["Three", "2018-04-20", "Tokyo", "", ""],
    ]);
  });
});
