import { describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/generate-dataset";
import { mulberry32 } from "../test/random";
import { TopLevelScanner } from "./topLevelScanner";

interface Scanned {
  members: [string, unknown][];
  elements: unknown[];
  list: string[];
  done: boolean;
  failed: boolean;
}

/** `text` given in `pieces`, each part parsed from the scanner's offsets as it is told. */
function scan(pieces: string[], listKey = "events"): Scanned {
  const out: Scanned = { members: [], elements: [], list: [], done: false, failed: false };
  const scanner: TopLevelScanner = new TopLevelScanner(listKey, {
    member: (key, start, end) => {
      out.members.push([key, JSON.parse(scanner.text(start, end))]);
      scanner.forget(end);
    },
    listStart: () => out.list.push("["),
    element: (start, end) => {
      out.elements.push(JSON.parse(scanner.text(start, end)));
      scanner.forget(end);
    },
    listEnd: () => out.list.push("]"),
  });
  for (const piece of pieces) scanner.push(piece);
  out.done = scanner.done;
  out.failed = scanner.failed;
  return out;
}

/** Cut at `cuts` (sorted offsets). */
function cutAt(text: string, cuts: number[]): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    pieces.push(text.slice(from, cut));
    from = cut;
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** What the scanner should tell for a text JSON.parse reads. */
function expected(text: string, listKey = "events"): Scanned {
  const value = JSON.parse(text) as Record<string, unknown>;
  const members = Object.entries(value).filter(([key]) => key !== listKey);
  const list = value[listKey];
  return {
    members,
    elements: Array.isArray(list) ? list : [],
    list: Array.isArray(list) ? ["[", "]"] : [],
    done: true,
    failed: false,
  };
}

// Escapes, backslash runs before quotes, brackets inside strings, nesting, literals of each kind.
const TRICKY = `\uFEFF {"$schema" : "a\\\\\\"b}" ,"meta":{"title":"T \\"q\\" ]}[{", "n": [1,2.5e3,-0,true,false,null]},
"events":[ {"id":"a","t":"\\\\"}, 7 ,"s\\\\\\\\\\"x", [], {}, null , {"x":{"y":["]","\\u005c"]}} ],
  "undated": [] , "last": -12 }  \n`;

describe("TopLevelScanner", () => {
  it("splits a text cut at every offset, and into two and three pieces, as JSON.parse reads it", () => {
    const want = expected(TRICKY.replace(/^\uFEFF/, ""));
    expect(want.elements).toHaveLength(7);
    expect(scan([TRICKY])).toEqual(want);
    for (let cut = 0; cut <= TRICKY.length; cut++) {
      expect(scan(cutAt(TRICKY, [cut]))).toEqual(want);
    }
    const random = mulberry32(5);
    for (let round = 0; round < 300; round++) {
      const a = Math.floor(random() * TRICKY.length);
      const b = Math.floor(random() * TRICKY.length);
      expect(scan(cutAt(TRICKY, [Math.min(a, b), Math.max(a, b)]))).toEqual(want);
    }
    // One character at a time.
    expect(scan([...TRICKY])).toEqual(want);
  });

  it("splits a generated dataset given in pieces of any size", () => {
    const text = JSON.stringify(generateDataset({ events: 300, seed: 3, realistic: true }));
    const want = expected(text);
    for (const size of [1, 7, 64, 1000, 65_536]) {
      const pieces: string[] = [];
      for (let at = 0; at < text.length; at += size) pieces.push(text.slice(at, at + size));
      expect(scan(pieces)).toEqual(want);
    }
  });

  it("tells the list's elements before the members after it", () => {
    const order: string[] = [];
    const scanner = new TopLevelScanner("events", {
      member: (key) => order.push(key),
      listStart: () => order.push("["),
      element: (start, end) => order.push(scanner.text(start, end)),
      listEnd: () => order.push("]"),
    });
    scanner.push('{"meta":{},"events":[1,{"a":2}],"undated":[]}');
    expect(order).toEqual(["meta", "[", "1", '{"a":2}', "]", "undated"]);
  });

  it("stops at a shape it cannot split, and keeps stopped", () => {
    for (const text of [
      "[]",
      "<html>",
      '{"meta" {}}',
      '{"meta":{},,"events":[]}',
      '{"meta":{}} x',
      '{"events":{}}',
      '{"events":[1,,2]}',
      '{"events":[1 2]}',
      '{"ev\\u0065nts":[]}',
      '{"a":}',
      '{,"a":1}',
    ]) {
      const scanned = scan([text]);
      expect({ text, failed: scanned.failed, done: scanned.done }).toEqual({
        text,
        failed: true,
        done: false,
      });
    }
    const stopped = scan(['{"events":[1', "]}x", '{"a":1}']);
    expect(stopped.failed).toBe(true);
  });

  it("is not done while the top object is open", () => {
    expect(scan(['{"meta":{}, "events":[1, 2]'])).toMatchObject({ done: false, failed: false });
    expect(scan(["{}"])).toMatchObject({ done: true, members: [], list: [] });
  });
});
