import { afterEach, describe, expect, it, vi } from "vitest";
import { indexDataset } from "../data/indexDataset";
import type { Dataset, DatasetEvent } from "../data/schema";
import { highlightRanges } from "./normalize";
import {
  buildProgress,
  buildSearchIndex,
  forgetQuery,
  getSearchIndex,
  heldBytes,
  peekSearchIndex,
  SearchIndexBuilder,
  scoreArray,
  search,
} from "./searchIndex";
import { matchSnippet } from "./snippet";
import { searchDataset } from "./testData";

const dataset = indexDataset(searchDataset());
const index = getSearchIndex(dataset);
const ids = (query: string, mask: Uint8Array | null = null) =>
  search(index, query, { mask })
    .events.map((match) => match.event.id)
    .sort();

describe("search index", () => {
  it("is built once per dataset", () => {
    expect(getSearchIndex(dataset)).toBe(index);
    expect(getSearchIndex(indexDataset(searchDataset()))).not.toBe(index);
  });
});

describe("search", () => {
  it("counts every matching place, beyond the ones it lists", () => {
    const base = searchDataset();
    const outposts = Array.from({ length: 8 }, (_, i) => ({
      id: `outpost-${i}`,
      name: `Iturup Outpost ${i}`,
      coordinates: [147 + i / 10, 45] as [number, number],
    }));
    const many = getSearchIndex(
      indexDataset({ ...base, places: [...base.places, ...outposts] as Dataset["places"] }),
    );
    const found = search(many, "Iturup", { placeLimit: 5 });
    expect(found.places).toHaveLength(5);
    expect(found.placesTotal).toBe(9);
  });

  it("finds a place by its note, in any of its languages, after every place its names match", () => {
    const base = searchDataset();
    const habomai = {
      id: "habomai",
      name: "Habomai Islands",
      coordinates: [146.2, 43.5] as [number, number],
      note: "Islets such as Shibotsu and Taraku.",
      i18n: { ja: { note: "志発島や多楽島などの小島。" } },
    };
    const shibotsu = {
      id: "shibotsu",
      name: "Shibotsu",
      coordinates: [146.1, 43.5] as [number, number],
    };
    const found = getSearchIndex(
      indexDataset({ ...base, places: [...base.places, habomai, shibotsu] as Dataset["places"] }),
    );
    expect(search(found, "Shibotsu").places.map((match) => match.place.id)).toEqual([
      "shibotsu",
      "habomai",
    ]);
    expect(search(found, "志発島").places.map((match) => match.place.id)).toEqual(["habomai"]);
    expect(search(found, "志発島").places[0]?.matchedName).toBe("Habomai Islands");
    expect(search(found, "Shibotsu nowhere").places).toEqual([]);
  });

  it("finds nothing for an empty query", () => {
    expect(search(index, "   ")).toMatchObject({ events: [], places: [], total: 0 });
  });

  it("finds the same island and events by every naming form", () => {
    const forms = ["Etorofu", "Iturup", "択捉", "択捉島", "Итуруп", "итуруп", "ETOROFU"];
    for (const form of forms) {
      const result = search(index, form);
      expect(
        result.places.map((match) => match.place.id),
        form,
      ).toEqual(["iturup"]);
      expect(ids(form), form).toEqual(["airport", "war"]);
    }
  });

  it("reports which naming form matched a place", () => {
    expect(search(index, "etorofu").places[0]?.matchedName).toBe("Etorofu");
    expect(search(index, "択捉").places[0]?.matchedName).toBe("択捉島");
    expect(search(index, "iturup").places[0]?.matchedName).toBe("Iturup");
  });

  it("ignores case and diacritics both ways", () => {
    expect(ids("CAFE")).toEqual(["lavrov"]);
    expect(ids("café")).toEqual(["lavrov"]);
    expect(ids("đà nẵng")).toEqual(["apec"]);
    expect(ids("da nang")).toEqual(["apec"]);
  });

  it("searches titles, summaries, quotes, actors and tags", () => {
    expect(ids("civilian")).toEqual(["airport"]);
    expect(ids("hokkaido")).toEqual(["war"]);
    expect(ids("world war")).toEqual(["war"]);
    expect(ids("Shinzo")).toEqual(["apec"]);
    expect(ids("diplomacy")).toEqual(["apec", "lavrov"]);
  });

  it("needs every term to match", () => {
    expect(ids("tokyo snowing")).toEqual(["lavrov"]);
    expect(ids("tokyo airport")).toEqual([]);
  });

  it("ranks title matches above summary and quote matches", () => {
    // "Russia" is an actor of "airport" (and in its title) but only in the summary of "lavrov".
    const order = search(index, "russia").events.map((match) => match.event.id);
    expect(order).toEqual(["airport", "lavrov"]);
  });

  it("matches inside words, but ranks word starts higher", () => {
    expect(ids("turup")).toEqual(["airport", "war"]);
    // "air" starts "airport" in a title, and only sits inside "chair"-like words elsewhere.
    const order = search(index, "port").events.map((match) => match.event.id);
    expect(order).toEqual(["airport"]);
  });

  it("splits a query at punctuation like the text", () => {
    expect(ids("russia's")).toEqual(ids("russia s"));
    expect(ids("“snowing”")).toEqual(["lavrov"]);
  });

  it("counts the matches the filters hide and leaves them out", () => {
    const mask = new Uint8Array(dataset.events.length);
    const war = dataset.byId.get("war");
    if (war) mask[war.order] = 1;
    const result = search(index, "iturup", { mask });
    expect(result.events.map((match) => match.event.id)).toEqual(["war"]);
    expect(result).toMatchObject({ total: 1, hidden: 1 });
  });

  it("returns at most the limit, but counts everything", () => {
    const result = search(index, "the", { limit: 1 });
    expect(result.events).toHaveLength(1);
    expect(result.total).toBeGreaterThan(1);
  });

  it("answers the same query again, with another limit and mask, as a first search would", () => {
    // "Only matches" asks first (every match, no filters), then the box's list (its limit, the filters).
    const fresh = getSearchIndex(indexDataset(searchDataset()));
    const mask = new Uint8Array(dataset.events.length);
    const war = dataset.byId.get("war");
    if (war) mask[war.order] = 1;
    for (const query of ["iturup", "the", "Etorrofo"]) {
      const all = search(index, query, { limit: 0 });
      expect(all.events, query).toEqual([]);
      for (const options of [{ limit: 1, mask }, { limit: 50 }, { placeLimit: 0 }]) {
        expect(search(index, query, options), query).toEqual(search(fresh, query, options));
        // The fresh index searches another query in between, so each of its searches is new.
        search(fresh, "zzzz");
      }
      expect([...all.positions]).toEqual([...search(fresh, query, { limit: 0 }).positions]);
    }
    expect(search(index, "Etorrofo").correction).toBe("Etorofu");
  });

  it("makes no result of any match with limit 0, but counts them all", () => {
    // "Only matches" asks for every match's position alone: its events are never looked up.
    let lookedUp = 0;
    const events = new Proxy(dataset.events, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) lookedUp++;
        return Reflect.get(target, key, receiver);
      },
    });
    const counted = { ...index, dataset: { ...dataset, events } };
    const result = search(counted, "the", { limit: 0 });
    expect(result.events).toEqual([]);
    expect(result.total).toBeGreaterThan(1);
    expect(lookedUp).toBe(0);
  });
});

describe("scores kept with a query's matches", () => {
  it("take a byte each up to 10 terms (24 each at most: a word start in a title), two beyond", () => {
    expect(scoreArray(5, 1)).toBeInstanceOf(Uint8Array);
    expect(scoreArray(5, 10)).toBeInstanceOf(Uint8Array);
    expect(scoreArray(5, 11)).toBeInstanceOf(Uint16Array);
    expect(scoreArray(5, 3)).toHaveLength(5);
  });

  it("rank a query of more than 10 terms by its whole score", () => {
    const words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"];
    words.push("india", "juliet", "kilo", "lima");
    const long = getSearchIndex(
      indexDataset({
        ...searchDataset(),
        events: [
          { ...searchDataset().events[0], id: "all-words", title: words.join(" ") },
          { ...searchDataset().events[0], id: "in-summary", summary: words.join(" ") },
        ],
      } as Dataset),
    );
    const result = search(long, words.join(" "));
    // 12 terms at a title's word starts: 288, past a byte's 255.
    expect(result.events.map((match) => [match.event.id, match.score])).toEqual([
      ["all-words", 288],
      ["in-summary", 48],
    ]);
  });
});

describe("forgetQuery", () => {
  it("lets go of the scratch (7 bytes an event) and the last query's matches, rebuilt by the next search", () => {
    const own = getSearchIndex(indexDataset(searchDataset()));
    const events = own.dataset.events.length;
    const before = search(own, "the");
    const matches = before.positions.length;
    expect(matches).toBeGreaterThan(0);
    // The scratch (a byte, two and four an event) and 5 bytes a match (a position, a byte's score).
    expect(heldBytes(own)).toBe(7 * events + 5 * matches);
    forgetQuery(own);
    expect(heldBytes(own)).toBe(0);
    const again = search(own, "the");
    expect(again.events.map((match) => [match.event.id, match.score])).toEqual(
      before.events.map((match) => [match.event.id, match.score]),
    );
    expect(heldBytes(own)).toBe(7 * events + 5 * matches);
  });
});

describe("matchSnippet", () => {
  const event = (id: string) => {
    const found = dataset.byId.get(id);
    if (!found) throw new Error(id);
    return found;
  };

  it("names the naming form that matched", () => {
    const snippet = matchSnippet(dataset, event("airport"), ["etorofu"]);
    expect(snippet).toMatchObject({ label: "Place", text: "Etorofu / Iturup" });
    expect(snippet?.ranges).toEqual([[0, 7]]);
  });

  it("cuts a long text around the match, keeping the ranges on the words", () => {
    const long = `${"word ".repeat(60)}target ${"word ".repeat(60)}`;
    const e = { ...event("lavrov"), summary: long, quote: undefined, actors: [], tags: [] };
    const snippet = matchSnippet(dataset, e, ["target"]);
    expect(snippet?.label).toBe("Summary");
    expect(snippet?.text.startsWith("…")).toBe(true);
    expect(snippet?.text.endsWith("…")).toBe(true);
    const [start, end] = snippet?.ranges[0] ?? [0, 0];
    expect(snippet?.text.slice(start, end)).toBe("target");
  });

  it("gives highlight ranges for a title as shown", () => {
    expect(highlightRanges("Lavrov lands in Tokyo", ["tokyo"])).toEqual([[16, 21]]);
  });
});

/** A 100,000-event dataset, generated with a seeded random so the test is repeatable. */
function bigDataset(count: number): Dataset {
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const words = ["summit", "fishing", "treaty", "airport", "visa", "energy", "sanctions"];
  const actors = ["Shinzo Abe", "Vladimir Putin", "Sergei Lavrov", "Taro Kōno"];
  const base = searchDataset();
  const events: DatasetEvent[] = [];
  for (let i = 0; i < count; i++) {
    const word = words[Math.floor(random() * words.length)] ?? "summit";
    const place = i % 1000 === 0 ? "iturup" : "tokyo";
    events.push({
      id: `event-${i}`,
      title: `Talks on ${word} in {${place}}`,
      start: `${2000 + Math.floor(random() * 19)}`,
      places: [place],
      actors: [actors[i % actors.length] ?? "Japan"],
      tags: [word],
      summary: `A synthetic event about ${word}, number ${i}.`,
      ...(i === 54_321 ? { quote: { text: "A needle in the haystack", paragraph: 3 } } : {}),
    });
  }
  return { ...base, events };
}

describe("search at 100,000 events", () => {
  const big = indexDataset(bigDataset(100_000));
  const bigIndex = getSearchIndex(big);

  it("finds a rare term", () => {
    const result = search(bigIndex, "needle haystack");
    expect(result.events.map((m) => m.event.id)).toEqual(["event-54321"]);
    expect(result.total).toBe(1);
  });

  it("finds a place by every naming form, and counts all matches", () => {
    for (const form of ["Etorofu", "Iturup", "択捉"]) {
      const result = search(bigIndex, form, { limit: 20 });
      expect(result.total).toBe(100);
      expect(result.events).toHaveLength(20);
      expect(result.places[0]?.place.id).toBe("iturup");
    }
  });

  it("ranks and limits a term that matches everything", () => {
    const result = search(bigIndex, "kono", { limit: 10 });
    expect(result.total).toBe(25_000);
    expect(result.events).toHaveLength(10);
    // Ties keep time order.
    const orders = result.events.map((m) => m.position);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });
});

describe("building in slices", () => {
  it("gives the same index as building at once, however it is sliced", () => {
    const big = indexDataset(bigDataset(1_000));
    const builder = new SearchIndexBuilder(big);
    let slices = 0;
    while (!builder.step(0)) slices++;
    expect(slices).toBeGreaterThan(10);
    expect(builder.progress).toBe(1);
    const sliced = builder.finish();
    const whole = new SearchIndexBuilder(big).finish();
    expect(sliced.vocabulary).toBe(whole.vocabulary);
    expect(search(sliced, "etorofu summit")).toEqual(search(whole, "etorofu summit"));
  });

  it("builds once per dataset, in the background", async () => {
    const fresh = indexDataset(searchDataset());
    expect(peekSearchIndex(fresh)).toBeNull();
    const [built, again] = await Promise.all([buildSearchIndex(fresh), buildSearchIndex(fresh)]);
    expect(again).toBe(built);
    expect(peekSearchIndex(fresh)).toBe(built);
    expect(getSearchIndex(fresh)).toBe(built);
    expect(await buildSearchIndex(fresh)).toBe(built);
  });

  describe("built ahead (whenIdle)", () => {
    /** A page's idle callbacks, run when the test says, each with `remaining` ms of idle time. */
    const idleQueue = () => {
      const queue = new Map<number, IdleRequestCallback>();
      let seq = 0;
      vi.stubGlobal("requestIdleCallback", (run: IdleRequestCallback) => {
        queue.set(++seq, run);
        return seq;
      });
      vi.stubGlobal("cancelIdleCallback", (id: number) => queue.delete(id));
      return {
        get pending() {
          return queue.size;
        },
        runOne(remaining = 50) {
          const [id, run] = [...queue][0] ?? [];
          if (id === undefined || !run) throw new Error("no idle callback waits");
          queue.delete(id);
          run({ didTimeout: false, timeRemaining: () => remaining });
        },
      };
    };
    afterEach(() => vi.unstubAllGlobals());

    it("builds only in idle moments, a slice each, to the same index", async () => {
      const idle = idleQueue();
      const big = indexDataset(bigDataset(2_000));
      const ready = buildSearchIndex(big, { whenIdle: true });
      expect(peekSearchIndex(big)).toBeNull();
      let slices = 0;
      const shares: (number | null)[] = [];
      while (peekSearchIndex(big) === null) {
        expect(idle.pending, "a slice waits for the next idle moment").toBe(1);
        shares.push(buildProgress(big));
        idle.runOne(0);
        slices++;
      }
      expect(shares[0]).toBe(0);
      expect(shares.every((share, i) => i === 0 || (share ?? 0) > (shares[i - 1] ?? 1))).toBe(true);
      expect(shares.at(-1)).toBeLessThan(1);
      expect(buildProgress(big), "none once built").toBeNull();
      expect(slices).toBeGreaterThan(10);
      expect(idle.pending).toBe(0);
      const index = await ready;
      expect(index.vocabulary).toBe(new SearchIndexBuilder(big).finish().vocabulary);
    });

    it("is hurried by a reader's call: its slices no longer wait for idle moments", async () => {
      const idle = idleQueue();
      const big = indexDataset(bigDataset(2_000));
      const ahead = buildSearchIndex(big, { whenIdle: true });
      idle.runOne(0);
      const asked = buildSearchIndex(big);
      expect(idle.pending, "the idle wait is cancelled").toBe(0);
      const [index, same] = await Promise.all([asked, ahead]);
      expect(same).toBe(index);
      expect(peekSearchIndex(big)).toBe(index);
      expect(idle.pending).toBe(0);
    });

    it("is left unfinished once its dataset is no longer wanted; a later call builds it anew", async () => {
      const idle = idleQueue();
      const big = indexDataset(bigDataset(2_000));
      let wanted = true;
      void buildSearchIndex(big, { whenIdle: true, wanted: () => wanted });
      idle.runOne(0);
      wanted = false;
      idle.runOne(50);
      expect(idle.pending, "no slice after it").toBe(0);
      expect(peekSearchIndex(big)).toBeNull();
      const index = await buildSearchIndex(big);
      expect(peekSearchIndex(big)).toBe(index);
    });
  });
});
