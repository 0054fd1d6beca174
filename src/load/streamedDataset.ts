/**
 * A dataset in our JSON format checked into columns while it downloads: the
 * top level is split as the pieces arrive (`TopLevelScanner`), the meta,
 * places and periods are checked once the events list begins, and the events
 * are parsed and checked about a megabyte at a time, so that little is left
 * to do once the last byte is in. Timed in Node on 100,000 realistic events
 * (50 MB in 64 KB pieces), splitting took 33–81 ms and splitting with the
 * parsing 281–415 ms, against 425–882 ms for one `JSON.parse` of the whole.
 *
 * The result is `checkIntoColumns`' for the whole text, event for event and
 * warning for warning (`loadDatasetHere.test.ts`). Where the text takes any
 * other shape (a syntax error, a member twice, the places after the events,
 * a key another format uses), `finish` gives null and the caller reads the
 * whole text as before, which says what is wrong as before.
 */
import { type ColumnsResult, columnsOf, EventsIntoColumns } from "../data/checkIntoColumns";
import { type CheckedHead, checkHead, endParse } from "../data/parseDataset";
import { type TopLevelParts, TopLevelScanner } from "../data/topLevelScanner";

/** The members read before the events; `undated` may come before or after them. */
const HEAD_KEYS = new Set(["$schema", "meta", "places", "periods"]);
const UNDATED = "undated";
/** Events parsed at once: about 2,000 realistic ones. */
const BATCH_CHARS = 1 << 20;
/** Stands for the events list, still arriving, when the head is checked (it is not empty). */
const ARRIVING = [undefined];

export class StreamedDataset implements TopLevelParts {
  private readonly scanner = new TopLevelScanner("events", this);
  private readonly members = new Map<string, unknown>();
  private head: CheckedHead | null = null;
  private into: EventsIntoColumns | null = null;
  private listEnded = false;
  /** Events given so far, told or waiting in the batch. */
  private given = 0;
  private batchStart = -1;
  private batchEnd = 0;
  private batchFirst = 0;

  /** The next piece of the text. */
  push(piece: string): void {
    try {
      this.scanner.push(piece);
    } catch {
      // Whatever went wrong, the whole text's reading says it.
      this.scanner.fail();
    }
  }

  /** After the last piece: the whole text's result, or null when the whole text must be read. */
  finish(): ColumnsResult | null {
    const { head, into } = this;
    if (!this.scanner.done || !head || !into || !this.listEnded) return null;
    const result = endParse(
      head,
      this.members.get(UNDATED),
      into.writer,
      into.writer.length,
      this.given,
    );
    return columnsOf(result);
  }

  member(key: string, start: number, end: number): void {
    const headKey = HEAD_KEYS.has(key);
    if (this.members.has(key) || !(headKey || key === UNDATED) || (headKey && this.head)) {
      this.scanner.fail();
      return;
    }
    // Throws on a syntax error, which `push` turns into the whole text's reading.
    this.members.set(key, JSON.parse(this.scanner.text(start, end)));
    this.scanner.forget(end);
  }

  listStart(): void {
    if (this.head) {
      this.scanner.fail();
      return;
    }
    const input = { ...Object.fromEntries(this.members), events: ARRIVING };
    const head = checkHead(input, { handedOver: true });
    if (!head.ok) {
      this.scanner.fail();
      return;
    }
    this.head = head;
    this.into = new EventsIntoColumns(head.checks, 4096);
  }

  element(start: number, end: number): void {
    if (this.batchStart < 0) {
      this.batchStart = start;
      this.batchFirst = this.given;
    }
    this.batchEnd = end;
    this.given++;
    if (end - this.batchStart >= BATCH_CHARS) this.parseBatch();
  }

  listEnd(): void {
    this.parseBatch();
    this.listEnded = true;
    // An empty list: the whole text's reading says so.
    if (this.given === 0) this.scanner.fail();
  }

  private parseBatch(): void {
    const { into } = this;
    if (this.batchStart < 0 || !into) return;
    // The commas between the events are the scanner's, checked as it split them.
    const raw = JSON.parse(`[${this.scanner.text(this.batchStart, this.batchEnd)}]`) as unknown[];
    this.scanner.forget(this.batchEnd);
    this.batchStart = -1;
    // As many as the scanner counted, or the warnings' event numbers would shift: read whole then.
    if (raw.length !== this.given - this.batchFirst) {
      this.scanner.fail();
      return;
    }
    for (let k = 0; k < raw.length; k++) into.add(raw[k], this.batchFirst + k);
  }
}
