import { describe, expect, it } from "vitest";
import { formatIssue } from "../data/issueEnglish";
import { importRows, importText } from "./importDataset";

/** What a file opens as: its dataset and its problems in English. */
function opened(rows: string[][]) {
  const result = importRows(rows, "Rows");
  if (!result.ok) throw new Error(result.errors.map(formatIssue).join("\n"));
  return { dataset: result.dataset, problems: result.warnings.map(formatIssue) };
}

describe("the builder's messages", () => {
  it("name the column of a CSV row's link that is not a web address", () => {
    const result = importText("title,start,link\nA,2018,not-a-url; https://ok.example\n", "a.csv");
    expect(result.ok && result.warnings.map(formatIssue)).toContain(
      'row 2, column link: "not-a-url" is not an http: or https: link: left out',
    );
  });
});

describe("the builder's cuts (review 32: every text but the title was cut without a word)", () => {
  const ministry = "Ministry of Foreign Affairs of the Russian Federation - Department of Asia";

  it("say each kind of text it cuts, once per row", () => {
    const { dataset, problems } = opened([
      ["title", "start", "body", "summary", "note", "tags", "link", "link text", "display date"],
      [
        "A",
        "2018",
        "b".repeat(25_000),
        "short",
        "n".repeat(1500),
        `${"t".repeat(70)};${"u".repeat(70)}`,
        "https://example.org",
        "l".repeat(200),
        "d".repeat(130),
      ],
    ]);
    expect(problems).toEqual([
      `row 2: the text "${"b".repeat(40)}…" is longer than 20,000 characters: shortened`,
      `row 2: the link text "${"l".repeat(40)}…" is longer than 120 characters: shortened`,
      `row 2: the tag "${"t".repeat(40)}…" is longer than 60 characters: shortened`,
      `row 2: the note "${"n".repeat(40)}…" is longer than 1,000 characters: shortened`,
      `row 2: the date shown "${"d".repeat(40)}…" is longer than 120 characters: shortened`,
    ]);
    const [event] = dataset.events;
    expect(event?.body?.length).toBe(20_000);
    expect(event?.note?.length).toBe(1000);
  });

  it("say when two different names cut alike become one actor, with the ends that differ", () => {
    const { dataset, problems } = opened([
      ["title", "start", "actors"],
      ["A", "2018", `${ministry} One`],
      ["B", "2018", `${ministry} Two`],
      ["C", "2018", `${ministry} One`],
    ]);
    expect(new Set(dataset.events.flatMap((event) => event.actors)).size).toBe(1);
    expect(problems.filter((line) => line.includes("the same actor"))).toEqual([
      'row 3: "Ministry of Foreign Affa…- Department of Asia One" and "Ministry of Foreign Affa…- Department of Asia Two" are the same actor once shortened to 60 characters, so their events are shown as one: shorten the names so that they differ',
    ]);
  });

  it("say a translation's cut, and a summary cut beside its own body", () => {
    const { problems } = opened([
      ["title", "start", "body", "summary", "note (ja)"],
      ["A", "2018", "<p>Body</p>", "s".repeat(1200), "注".repeat(1100)],
    ]);
    expect(problems).toEqual([
      'row 2: the translation "注注注注注注注注注注注注注注注注注注注注注注注注注注注注注注注注注注注注注注注注…" is longer than 1,000 characters: shortened',
      `row 2, column summary: the summary "${"s".repeat(40)}…" is longer than 1,000 characters: shortened`,
    ]);
  });

  it("say nothing of a long summary that the body keeps whole", () => {
    const { dataset, problems } = opened([
      ["title", "start", "summary"],
      ["A", "2018", "w ".repeat(800).trim()],
    ]);
    expect(problems).toEqual([]);
    expect(dataset.events[0]?.body?.length).toBe(1599);
  });
});

describe("the builder's ids (review 32: a repeated id was renamed without a word)", () => {
  it("name the row and the new id of a CSV's repeated id, on the plain path and the general", () => {
    const { dataset, problems } = opened([
      ["id", "title", "start", "summary"],
      ["x", "Row two", "2018-02-01", ""],
      ["x", "Row three", "2018-02-01", ""],
      ["x-2", "Row four", "2018-02-01", "not plain"],
      ["", "Row two", "2018-02-01", ""],
    ]);
    expect(dataset.events.map((event) => event.id)).toEqual(["x", "x-2", "x-2-2", "row-two"]);
    expect(problems).toEqual([
      'row 3, column id: the id "x" is used by an earlier item, so this one\'s id is "x-2": give it an id of its own',
      'row 4, column id: the id "x-2" is used by an earlier item, so this one\'s id is "x-2-2": give it an id of its own',
    ]);
  });

  it("say nothing of ids made from titles, and name a TimelineJS unique_id renamed", () => {
    expect(
      opened([
        ["title", "start"],
        ["Battle", "1905"],
        ["Battle", "1906"],
      ]).problems,
    ).toEqual([]);
    const timeline = {
      events: [
        { start_date: { year: "1905" }, text: { headline: "A" }, unique_id: "a" },
        { start_date: { year: "1906" }, text: { headline: "B" }, unique_id: "a" },
      ],
    };
    const result = importText(JSON.stringify(timeline), "t.json");
    expect(result.ok && result.warnings.map(formatIssue)).toEqual([
      'events[1].unique_id: the id "a" is used by an earlier item, so this one\'s id is "a-2": give it an id of its own',
    ]);
  });
});

describe("the builder's lists (review 32: Japan;Japan was kept, and counted twice)", () => {
  it("keep an item's repeated places, actors and tags once, on either path", () => {
    const { dataset } = opened([
      ["title", "start", "actors", "tags", "place", "lat", "lon"],
      ["A", "2018", "Japan;Japan;japan", "x;x", "Tokyo;Tokyo", "35.68;35.68", "139.7;139.7"],
      ["B", "2018", "", "", "Tokyo;Tokyo", "", ""],
    ]);
    expect(dataset.events.map(({ actors, tags, places }) => [actors, tags, places])).toEqual([
      [["Japan", "japan"], ["x"], ["tokyo"]],
      [[], [], ["tokyo"]],
    ]);
  });
});
