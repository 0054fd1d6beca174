/**
 * Events for tests that hold a reader to zod's answer: one with every optional
 * field, and mutations of any event into values of every kind, near and
 * across the schema's limits (for `quickEvent.test.ts` and the one-pass check's).
 */
import { MAX_LENGTH } from "./limits";

export type Raw = Record<string, unknown>;

export const RICH: Raw = {
  id: "rich-event",
  title: "  Talks in {tokyo}  ",
  start: "2016-02-29",
  end: "2018-03",
  approximate: false,
  places: ["tokyo", "iturup"],
  actors: [" Shinzo Abe", "Vladimir Putin "],
  tags: ["diplomacy"],
  summary: "\n\tA summary.\u00a0",
  quote: { text: " We will. ", paragraph: 3 },
  note: "A note",
  links: [
    { label: " Source ", url: "https://example.com/a?b=c#d" },
    { label: "Archive", url: "http://example.org" },
  ],
};

const long = (n: number) => "x".repeat(n);
const TEXT_FIELDS = {
  title: MAX_LENGTH.title,
  summary: MAX_LENGTH.summary,
  note: MAX_LENGTH.note,
} as const;

/** Values of every kind, near and across the schema's limits. */
const ODD_VALUES: unknown[] = [
  undefined,
  null,
  0,
  1,
  1.5,
  -1,
  2 ** 53,
  Number.NaN,
  true,
  false,
  "",
  " ",
  "\u00a0\u2028\ufeff",
  "x",
  " x ",
  "UPPER",
  "a--b",
  "a-b-",
  "2018",
  "2018-02-30",
  "2018-02-29",
  "2016-02-29",
  "0000",
  "2018-13",
  "2018-1-01",
  " 2018",
  "2018-03-21T00:00",
  "javascript:alert(1)",
  "https://example.com",
  "ftp://example.com",
  "/relative",
  `https://example.com/${long(MAX_LENGTH.url)}`,
  long(MAX_LENGTH.id),
  long(MAX_LENGTH.id + 1),
  long(MAX_LENGTH.tag),
  `${long(MAX_LENGTH.tag)} `,
  long(MAX_LENGTH.tag + 1),
  "😀".repeat(MAX_LENGTH.tag / 2),
  `${"😀".repeat(MAX_LENGTH.tag / 2)}x`,
  [],
  ["x"],
  [" x "],
  ["x", " y "],
  [""],
  [1],
  ["a", null],
  // biome-ignore lint/suspicious/noSparseArray: a list with a hole, as JavaScript callers may pass
  [, "x"],
  ["tokyo", "UPPER"],
  {},
  { text: "q", paragraph: 1 },
  { text: " q ", paragraph: 40 },
  { text: "q", paragraph: 0 },
  { text: "q", paragraph: 1.5 },
  { text: "q", paragraph: "1" },
  { text: "q", paragraph: 2 ** 53 },
  { text: "q", paragraph: 1, extra: true },
  { text: "", paragraph: 1 },
  [{ label: "a", url: "https://example.com" }],
  [{ label: " a ", url: "http://example.com/x" }],
  [{ label: "a", url: "javascript:alert(1)" }],
  [{ label: "a", url: "https://example.com", extra: 1 }],
  [{ label: "", url: "https://example.com" }],
  [{ url: "https://example.com" }],
  [null],
];

const KEYS = Object.keys(RICH);

export function mutate(random: () => number, base: Raw): unknown {
  const event: Raw = { ...base };
  const key = KEYS[Math.floor(random() * KEYS.length)] ?? "id";
  const choice = random();
  if (choice < 0.15) delete event[key];
  else if (choice < 0.25) event[`extra${Math.floor(random() * 3)}`] = 1;
  else if (choice < 0.35 && key in TEXT_FIELDS) {
    const max = TEXT_FIELDS[key as keyof typeof TEXT_FIELDS];
    const length = max - 1 + Math.floor(random() * 3);
    event[key] = random() < 0.5 ? long(length) : `  ${long(length)}\n`;
  } else event[key] = ODD_VALUES[Math.floor(random() * ODD_VALUES.length)];
  return event;
}
