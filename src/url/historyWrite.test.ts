import { describe, expect, it } from "vitest";
import {
  decideHistoryWrite,
  type HistoryWrite,
  type SyncFlags,
  type UrlSnapshot,
} from "./historyWrite";

const shipped = { name: "shipped" };
const other = { name: "other" };

const at = (full: string, discrete: string, dataset: object | null = shipped): UrlSnapshot => ({
  full,
  discrete,
  dataset,
  searching: /[?&]q=/.test(full),
});

const idle: SyncFlags = {
  applying: false,
  restoring: false,
  replacing: false,
  loading: false,
  written: "?event=a",
  entryMatches: true,
  embed: false,
};

const start = at("?event=a", "?event=a");

const none: HistoryWrite = { kind: "none" };
const replace: HistoryWrite = { kind: "replace" };
const defer: HistoryWrite = { kind: "defer" };
const push: HistoryWrite = { kind: "push", settle: false };
const settleThenPush: HistoryWrite = { kind: "push", settle: true };

const cases: [string, UrlSnapshot, UrlSnapshot, Partial<SyncFlags>, HistoryWrite][] = [
  ["nothing in the URL changed", start, start, {}, none],
  ["a new selection", start, at("?event=b", "?event=b"), {}, push],
  [
    "a new selection after an unwritten zoom settles the zoom first",
    at("?event=a&from=2000", "?event=a"),
    at("?event=b&from=2000", "?event=b"),
    {},
    settleThenPush,
  ],
  [
    "a zoom or pan waits for the gesture to pause",
    start,
    at("?event=a&from=2000", "?event=a"),
    {},
    defer,
  ],
  // Replaced, the entry it began from was lost: Back skipped the selection or filter before it.
  ["the first letter of a search is a step", start, at("?event=a&q=E", "?event=a"), {}, push],
  [
    "the rest of its typing waits",
    at("?event=a&q=E", "?event=a"),
    at("?event=a&q=Et", "?event=a"),
    { written: "?event=a&q=E" },
    defer,
  ],
  [
    "so does emptying the box",
    at("?event=a&q=Et", "?event=a"),
    start,
    { written: "?event=a&q=Et" },
    defer,
  ],
  [
    "Back or Forward applying its entry",
    start,
    at("?event=b", "?event=b"),
    { applying: true },
    none,
  ],
  [
    "Back or Forward applying an entry of another dataset",
    start,
    at("?data=/x.json", "?data=/x.json", other),
    { applying: true },
    none,
  ],
  [
    "a change inside `replacing` (ids dropped after a load)",
    start,
    at("", ""),
    { replacing: true },
    replace,
  ],
  [
    "a change inside `replacing` already in the address",
    start,
    at("", ""),
    { replacing: true, written: "" },
    none,
  ],
  ["a change while a dataset loads", start, at("?event=b", "?event=b"), { loading: true }, replace],
  [
    "a window change while a dataset loads is written at once",
    start,
    at("?event=a&from=2000", "?event=a"),
    { loading: true },
    replace,
  ],
  ["the first dataset arrives", at("?event=a", "?event=a", null), start, {}, none],
  [
    "the first dataset arrives and its default window is left out of the URL",
    at("?event=a&from=2000", "?event=a", null),
    start,
    { written: "?event=a&from=2000" },
    replace,
  ],
  [
    "the first dataset is a local file: the entry gets its key",
    at("", "", null),
    at("", "", other),
    { written: "", entryMatches: false },
    replace,
  ],
  ["another dataset arrives", start, at("?data=/x.json", "?data=/x.json", other), {}, push],
  [
    "another dataset arrives with the same URL (a second local file)",
    at("", "", shipped),
    at("", "", other),
    { written: "" },
    push,
  ],
  [
    "a dataset reopened by Back or Forward lands on its entry",
    start,
    at("?data=/x.json", "?data=/x.json", other),
    { restoring: true, written: "?data=/x.json" },
    none,
  ],
  [
    "a reopened dataset whose URL differs from its entry's rewrites it",
    start,
    at("?data=/x.json&event=b", "?data=/x.json&event=b", other),
    { restoring: true, written: "?data=/x.json" },
    replace,
  ],
  [
    "another dataset opened inside `replacing` replaces",
    start,
    at("?data=/x.json", "?data=/x.json", other),
    { replacing: true },
    replace,
  ],
  [
    "a new selection in an embed replaces",
    start,
    at("?event=b", "?event=b"),
    { embed: true },
    replace,
  ],
  [
    "another dataset in an embed replaces",
    start,
    at("?data=/x.json", "?data=/x.json", other),
    { embed: true },
    replace,
  ],
  [
    "a zoom in an embed still waits for the pause",
    start,
    at("?event=a&from=2000", "?event=a"),
    { embed: true },
    defer,
  ],
];

describe("decideHistoryWrite", () => {
  it.each(cases)("%s", (_name, previous, next, flags, expected) => {
    expect(decideHistoryWrite(previous, next, { ...idle, ...flags })).toEqual(expected);
  });
});
