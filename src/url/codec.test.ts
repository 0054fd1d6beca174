import { describe, expect, it } from "vitest";
import { translateEnglish } from "../data/issueEnglish";
import {
  checkDataUrl,
  DEFAULT_URL_STATE,
  decodeUrl,
  encodeUrl,
  encodeWindow,
  namesUrlKey,
  type UrlState,
} from "./codec";
import type { UrlProblem } from "./urlProblem";
import { urlProblemText } from "./urlProblemWords";

const context = { origin: "https://example.org" };

/** The problems as the page words them in English. */
const english = (problems: UrlProblem[]) =>
  problems.map((problem) => urlProblemText(problem, translateEnglish, "en-GB"));
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function decode(search: string) {
  return decodeUrl(search, context);
}

function state(overrides: Partial<UrlState>): UrlState {
  return { ...DEFAULT_URL_STATE, ...overrides };
}

describe("encodeUrl", () => {
  it("leaves every default out", () => {
    expect(encodeUrl(DEFAULT_URL_STATE)).toBe("");
    expect(encodeUrl(state({ names: "both", actors: [], q: "  " }))).toBe("");
  });

  it("writes a short link for one event", () => {
    expect(encodeUrl(state({ event: "lavrov-arrives-in-tokyo" }))).toBe(
      "?event=lavrov-arrives-in-tokyo",
    );
  });

  it("writes keys in a fixed order", () => {
    const search = encodeUrl(
      state({
        q: "Etorofu",
        names: "ru",
        event: "a",
        data: "/datasets/x.json",
        story: "article",
        window: { start: day("2016-06-01"), end: day("2018-07-01") },
        actors: ["Japan", "United States"],
        tags: ["security"],
      }),
    );
    expect(search).toBe(
      "?data=/datasets/x.json&story=article&event=a&from=2016-06-01&to=2018-06-30&names=ru&actors=Japan,United+States&tags=security&q=Etorofu",
    );
  });

  it("writes embed=1 first, and leaves embed out by default", () => {
    expect(encodeUrl(state({ embed: true, event: "a" }))).toBe("?embed=1&event=a");
    expect(encodeUrl(state({ embed: false, event: "a" }))).toBe("?event=a");
  });

  it("omits the window when it equals the dataset's default to the day", () => {
    const window = { start: day("2016-06-01") + 3_600_000, end: day("2018-07-01") };
    expect(
      encodeUrl(state({ window }), {
        window: { start: day("2016-06-01"), end: day("2018-07-01") },
      }),
    ).toBe("");
    expect(
      encodeUrl(state({ window }), {
        window: { start: day("2016-05-01"), end: day("2018-07-01") },
      }),
    ).toBe("?from=2016-06-01&to=2018-06-30");
  });

  it("escapes commas inside list items and reserved characters in text", () => {
    const search = encodeUrl(state({ actors: ["Korea, DPR", "Japan"], q: "a&b=c #1" }));
    expect(search).toBe("?actors=Korea%2C+DPR,Japan&q=a%26b%3Dc+%231");
  });
});

describe("decodeUrl round trips", () => {
  const cases: UrlState[] = [
    state({ event: "lavrov-arrives-in-tokyo" }),
    state({ place: "iturup", names: "ja" }),
    state({ window: { start: day("1945-01-01"), end: day("2019-01-01") } }),
    state({
      actors: ["Korea, DPR", "Japan"],
      tags: ["security", "économie"],
      q: "Ètorofu & Iturup",
    }),
    state({ data: "https://data.example.com/set.json?x=1&y=2", story: "time", event: "e-1" }),
    state({ data: "/bench-data/events-10000.json" }),
    state({ embed: true, event: "nagato-summit" }),
    state({
      file: true,
      event: "e-1",
      window: { start: day("2016-01-01"), end: day("2017-01-01") },
    }),
  ];
  for (const original of cases) {
    it(`round-trips ${encodeUrl(original)}`, () => {
      const { state: decoded, problems } = decode(encodeUrl(original));
      expect(problems).toEqual([]);
      expect(decoded).toEqual(original);
    });
  }

  it("accepts year and month precision bounds", () => {
    expect(decode("?from=2016&to=2018-06").state.window).toEqual({
      start: day("2016-01-01"),
      end: day("2018-07-01"),
    });
  });
});

describe("decodeUrl drops malformed values and says so", () => {
  it("ignores unknown keys silently", () => {
    expect(decode("?utm_source=x&fbclid=y")).toEqual({ state: DEFAULT_URL_STATE, problems: [] });
  });

  it("drops invalid ids", () => {
    const result = decode("?event=%3Cscript%3E&place=Tokyo!");
    expect(result.state.event).toBeNull();
    expect(result.state.place).toBeNull();
    expect(result.problems).toHaveLength(2);
    expect(result.problems[0]).toEqual({ code: "badId", key: "event", id: "<script>" });
    expect(english(result.problems)).toEqual([
      'Ignored the link\'s event: "<script>" is not a valid id.',
      'Ignored the link\'s place: "Tokyo!" is not a valid id.',
    ]);
  });

  it("drops an empty id, saying so: it opened About without a word", () => {
    const result = decode("?event=&place=%20");
    expect(result.state.event).toBeNull();
    expect(result.state.place).toBeNull();
    expect(english(result.problems)).toEqual([
      "Ignored the link's event: it is empty (no id after event=).",
      "Ignored the link's place: it is empty (no id after place=).",
    ]);
  });

  it("survives bad percent-encoding", () => {
    const result = decode("?event=%E0%A4%A&q=%&names=%ZZ");
    expect(result.state).toEqual(DEFAULT_URL_STATE);
    expect(english(result.problems)).toEqual([
      "Ignored the link's event: it is not valid percent-encoding.",
      'Ignored the link\'s names: use one of "both", "ja" and "ru".',
      "Ignored the link's search: it is not valid percent-encoding.",
    ]);
  });

  it("drops a 20,000-character value", () => {
    const result = decode(`?event=${"a".repeat(20_000)}&names=ru`);
    expect(result.state.event).toBeNull();
    expect(result.state.names).toBe("ru");
    expect(result.problems).toEqual([{ code: "valueTooLong", key: "event", length: 20_000 }]);
    expect(english(result.problems)).toEqual([
      "Ignored the link's event: it is 20,000 characters long.",
    ]);
  });

  it("reads a key written twice once, the first, and names it once (review 24 F5)", () => {
    const result = decode(
      "?event=a&actors=japan&event=b&actors=russia&actors=china&lang=ja&x=1&x=2",
    );
    expect(result.state).toEqual(state({ event: "a", actors: ["japan"], lang: "ja" }));
    expect(result.problems).toEqual([
      { code: "repeated", key: "event" },
      { code: "repeated", key: "actors" },
    ]);
    expect(english(result.problems)).toEqual([
      "Ignored the link's repeated event: only the first is read.",
      "Ignored the link's repeated actors: only the first is read; list several with commas (actors=a,b).",
    ]);
    expect(decode("?from=2018&from=2019&to=2020").problems).toEqual([
      { code: "repeated", key: "from" },
    ]);
  });

  it("reads embed=1 and embed=0, and drops any other value", () => {
    expect(decode("?embed=1").state.embed).toBe(true);
    expect(decode("?embed=0").state.embed).toBe(false);
    const result = decode("?embed=yes&event=a");
    expect(result.state).toEqual(state({ event: "a" }));
    expect(english(result.problems)).toEqual(['Ignored the link\'s embed: use "1".']);
  });

  it("reads only=1 beside q and writes it after q; drops any other value", () => {
    expect(encodeUrl(state({ q: "Etorofu", only: true, lang: "ja" }))).toBe(
      "?q=Etorofu&only=1&lang=ja",
    );
    expect(encodeUrl(state({ q: "Etorofu", only: false }))).toBe("?q=Etorofu");
    expect(decode("?q=Etorofu&only=1").state).toEqual(state({ q: "Etorofu", only: true }));
    expect(decode("?q=Etorofu&only=0").state).toEqual(state({ q: "Etorofu" }));
    const odd = decode("?q=Etorofu&only=yes");
    expect(odd.state).toEqual(state({ q: "Etorofu" }));
    expect(english(odd.problems)).toEqual(['Ignored the link\'s only: use "1".']);
  });

  it("reads file=1 after data's place, and drops it beside a dataset address", () => {
    expect(encodeUrl(state({ file: true, event: "a" }))).toBe("?file=1&event=a");
    expect(decode("?file=1&event=a").state).toEqual(state({ file: true, event: "a" }));
    expect(english(decode("?file=2").problems)).toEqual(['Ignored the link\'s file: use "1".']);
    const both = decode("?data=/x.json&file=1");
    expect(both.state).toEqual(state({ data: "/x.json" }));
    expect(english(both.problems)).toEqual([
      "Ignored the link's file: it also names a dataset address, which is opened.",
    ]);
  });

  it("rejects unknown naming perspectives and stories", () => {
    const result = decode("?names=fr&story=backwards");
    expect(result.state.names).toBe("both");
    expect(result.state.story).toBeNull();
    expect(result.problems).toHaveLength(2);
  });

  it.each([
    ["?from=NaN&to=2018", 'Ignored the link\'s start date (from): "NaN" is not a date'],
    ["?from=2018-13-01&to=2019", 'start date (from): "2018-13-01" is not a date'],
    ["?from=2018-02-30&to=2018-03-01", 'start date (from): "2018-02-30" is not a date'],
    ["?from=Infinity&to=2018", 'start date (from): "Infinity" is not a date'],
    ["?from=2018-01-01T25:00&to=2018-02-01", '"2018-01-01T25:00" is not a date'],
    ["?from=2018&to=-Infinity", 'Ignored the link\'s end date (to): "-Infinity" is not a date'],
  ])("drops the bound that is not a date in %s, naming it, and keeps the other", (search, said) => {
    const result = decode(search);
    expect(result.state.window).toBeNull();
    expect(result.state.edge).not.toBeNull();
    expect(english(result.problems)).toEqual([
      expect.stringContaining(`${said}: use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC).`),
    ]);
  });

  it("drops a window that ends before it starts, saying so", () => {
    const result = decode("?from=2019&to=2018");
    expect(result.state).toEqual(DEFAULT_URL_STATE);
    expect(english(result.problems)).toEqual([
      "Ignored the link's time window: from=2019 is after to=2018.",
    ]);
    expect(decode("?from=nope&to=never").state).toEqual(DEFAULT_URL_STATE);
    expect(decode("?from=nope&to=never").problems).toHaveLength(2);
  });

  it("reads one bound alone as an edge of the window, and writes it back", () => {
    expect(decode("?from=2018-01-01")).toEqual({
      state: state({ edge: { side: "from", at: day("2018-01-01") } }),
      problems: [],
    });
    expect(decode("?to=2018-06").state.edge).toEqual({ side: "to", at: day("2018-07-01") });
    for (const search of ["?from=2018-01-01", "?to=2018-06-30", "?to=2018-06-30T12:00"]) {
      expect(encodeUrl(decode(search).state)).toBe(search);
    }
  });

  it("refuses datasets on other origins unless https", () => {
    expect(decode("?data=http://evil.example/x.json").state.data).toBeNull();
    expect(decode("?data=javascript:alert(1)").state.data).toBeNull();
    const local = { origin: "http://127.0.0.1:4173" };
    expect(decodeUrl("?data=//evil.example/x.json", local).state.data).toBeNull();
    expect(decodeUrl("?data=http://127.0.0.1:4173/x.json", local).state.data).toBe(
      "http://127.0.0.1:4173/x.json",
    );
    expect(decode("?data=https://good.example/x.json").state.data).toBe(
      "https://good.example/x.json",
    );
    expect(decode("?data=/local.json").state.data).toBe("/local.json");
  });

  it("refuses, naming it, an origin the build's DATA_ORIGINS leaves out", () => {
    const newsroom = {
      origin: "https://maps.example.org",
      dataOrigins: [{ kind: "self" }, { kind: "origin", origin: "https://news.example.com" }],
    } as const;
    expect(decodeUrl("?data=https://news.example.com/a.json", newsroom).state.data).toBe(
      "https://news.example.com/a.json",
    );
    expect(decodeUrl("?data=/mine.json", newsroom).state.data).toBe("/mine.json");
    const refused = decodeUrl("?data=https://evil.example/x.json&event=a", newsroom);
    expect(refused.state.data).toBeNull();
    expect(refused.state.event).toBe("a");
    expect(english(refused.problems)).toEqual([
      "Ignored the link's dataset from https://evil.example: this site opens datasets only from this site and https://news.example.com.",
    ]);
    const none = decodeUrl("?data=/mine.json", {
      origin: "https://maps.example.org",
      dataOrigins: [],
    });
    expect(english(none.problems)).toEqual([
      "Ignored the link's dataset from this site: this site opens only its own dataset.",
    ]);
    // A one-file copy (no origin): no advice on addresses it could not follow (review 27).
    const copy = decodeUrl("?data=copy-ja.html", { origin: "null", dataOrigins: [] });
    expect(english(copy.problems)).toEqual([
      "Ignored the link's dataset from copy-ja.html: this site opens only its own dataset.",
    ]);
  });

  it("drops over-long list items and search text", () => {
    expect(decode(`?actors=${"x".repeat(61)}`).state.actors).toEqual([]);
    expect(decode(`?q=${"x".repeat(201)}`).state.q).toBe("");
  });

  it("keeps the first of repeated keys and removes duplicate list items", () => {
    const result = decode("?event=a&event=b&tags=x,x,,y");
    expect(result.state.event).toBe("a");
    expect(result.state.tags).toEqual(["x", "y"]);
  });
});

describe("window helpers", () => {
  it("writes inclusive days", () => {
    expect(encodeWindow({ start: day("2018-03-01"), end: day("2018-04-01") })).toEqual({
      from: "2018-03-01",
      to: "2018-03-31",
    });
  });

  it("writes a window of hours to the minute, and reads it back", () => {
    const window = { start: Date.UTC(2018, 1, 3, 10), end: Date.UTC(2018, 1, 3, 12, 30) };
    expect(encodeWindow(window)).toEqual({ from: "2018-02-03T10:00", to: "2018-02-03T12:29" });
    expect(decode("?from=2018-02-03T10:00&to=2018-02-03T12:29").state.window).toEqual(window);
  });

  it("checks dataset addresses", () => {
    expect(checkDataUrl("data/x.json", "https://example.org")).toBe("data/x.json");
    expect(checkDataUrl("ftp://example.org/x.json", "https://example.org")).toBeNull();
    expect(checkDataUrl("", "https://example.org")).toBeNull();
  });
});

describe("the lang key", () => {
  it("keeps a chosen language in the link and leaves the browser's default out", () => {
    expect(encodeUrl({ ...DEFAULT_URL_STATE, lang: "ja", event: "x" })).toBe("?event=x&lang=ja");
    expect(encodeUrl({ ...DEFAULT_URL_STATE, lang: null })).toBe("");
    expect(decodeUrl("?lang=ru", context).state.lang).toBe("ru");
  });
  it("reads a language tag as a browser gives it, in any case (review 32 F19)", () => {
    expect(decodeUrl("?lang=ja-JP", context).state.lang).toBe("ja");
    expect(decodeUrl("?lang=RU", context).state.lang).toBe("ru");
    expect(decodeUrl("?lang=zh-CN", context).state.lang).toBe("zh");
    expect(decodeUrl("?lang=zh-Hans-CN", context).state.lang).toBe("zh");
    // Traditional Chinese is not ours: as for the browser's own tags.
    expect(decodeUrl("?lang=zh-TW", context).state.lang).toBeNull();
  });
  it("drops a language it does not have, with a problem", () => {
    const { state, problems } = decodeUrl("?lang=xx", context);
    expect(state.lang).toBeNull();
    expect(english(problems)).toEqual([
      `Ignored the link's lang: use one of "en", "ja", "ru" and "zh".`,
    ]);
  });
});

describe("namesUrlKey", () => {
  it("tells a query holding a key of ours from one that holds none", () => {
    expect(namesUrlKey("?event=x")).toBe(true);
    expect(namesUrlKey("from=2018&%=1")).toBe(true);
    expect(namesUrlKey("lang")).toBe(true);
    expect(namesUrlKey("%65vent=x")).toBe(true);
    expect(namesUrlKey("")).toBe(false);
    expect(namesUrlKey("%")).toBe(false);
    expect(namesUrlKey("top&utm_source=mail")).toBe(false);
  });
});
