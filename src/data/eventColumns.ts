/**
 * Events as columns: the form in which they cross from the dataset worker to
 * the page, and from which they are indexed. Receiving 100,000 event objects
 * costs the page ~150 ms (structured clone rebuilds every object, list and
 * string); the same events as a few string lists and typed arrays, with each
 * distinct date and each distinct list of places, actors or tags sent once,
 * cost about a third of that to receive and turn back into objects.
 */
import type { IndexedEvent } from "./indexDataset";
import type { IndexParts } from "./indexParts";
import type { DatasetEvent } from "./schema";

/** One entry per event, in the dataset's order. */
export interface EventColumns {
  ids: string[];
  titles: string[];
  summaries: string[];
  /** Each distinct date once; `startDate` and `endDate` point into it, -1 for no end. */
  dates: string[];
  startDate: Int32Array;
  endDate: Int32Array;
  /** 0: not given; 1: false; 2: true. */
  approximate: Uint8Array;
  /** Each distinct list of places, actors or tags once; the columns below point into it. */
  lists: string[][];
  places: Int32Array;
  actors: Int32Array;
  tags: Int32Array;
  /** Every other field (quote, note, links) of the events that have one, else null. */
  rest: (Pick<DatasetEvent, RestField> | null)[];
}

type ColumnField =
  | "id"
  | "title"
  | "start"
  | "end"
  | "approximate"
  | "places"
  | "actors"
  | "tags"
  | "summary";
type RestField = Exclude<keyof DatasetEvent, ColumnField>;

/** The fields without a column, in the schema's order (a Record, so the compiler wants them all). */
const REST_FIELDS = Object.keys({ quote: true, note: true, links: true } satisfies Record<
  RestField,
  true
>) as RestField[];

/** Numbers each distinct text once. */
class TextIds {
  readonly texts: string[] = [];
  private readonly ids = new Map<string, number>();

  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.texts.push(text);
      this.ids.set(text, id);
    }
    return id;
  }
}

interface TrieNode {
  id: number;
  next: Map<number, TrieNode> | null;
}

/** Numbers each distinct list of texts once: a trie over the texts' numbers, so no key strings are built. */
class ListIds {
  readonly lists: string[][] = [];
  private readonly items = new TextIds();
  private readonly root: TrieNode = { id: -1, next: null };

  id(list: readonly string[]): number {
    let node = this.root;
    for (const item of list) {
      const itemId = this.items.id(item);
      node.next ??= new Map();
      let next = node.next.get(itemId);
      if (!next) {
        next = { id: -1, next: null };
        node.next.set(itemId, next);
      }
      node = next;
    }
    if (node.id < 0) {
      node.id = this.lists.length;
      this.lists.push([...list]);
    }
    return node.id;
  }
}

function restOf(event: DatasetEvent): EventColumns["rest"][number] {
  let rest: Record<string, unknown> | null = null;
  for (const key of REST_FIELDS) {
    if (event[key] === undefined) continue;
    rest ??= {};
    rest[key] = event[key];
  }
  return rest;
}

export function encodeEvents(events: readonly DatasetEvent[]): EventColumns {
  const n = events.length;
  const dates = new TextIds();
  const lists = new ListIds();
  // Filled by push: structured clone sends holey arrays slowly, as sparse ones.
  const columns: EventColumns = {
    ids: [],
    titles: [],
    summaries: [],
    dates: dates.texts,
    startDate: new Int32Array(n),
    endDate: new Int32Array(n),
    approximate: new Uint8Array(n),
    lists: lists.lists,
    places: new Int32Array(n),
    actors: new Int32Array(n),
    tags: new Int32Array(n),
    rest: [],
  };
  events.forEach((event, p) => {
    columns.ids.push(event.id);
    columns.titles.push(event.title);
    columns.summaries.push(event.summary);
    columns.rest.push(restOf(event));
    columns.startDate[p] = dates.id(event.start);
    columns.endDate[p] = event.end === undefined ? -1 : dates.id(event.end);
    columns.approximate[p] = event.approximate === undefined ? 0 : event.approximate ? 2 : 1;
    columns.places[p] = lists.id(event.places);
    columns.actors[p] = lists.id(event.actors);
    columns.tags[p] = lists.id(event.tags);
  });
  return columns;
}

/** The buffers to transfer rather than copy. */
export function columnBuffers(columns: EventColumns): ArrayBuffer[] {
  const { startDate, endDate, approximate, places, actors, tags } = columns;
  return [startDate, endDate, approximate, places, actors, tags].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

/**
 * The events as the index holds them: in time order, with their position
 * and interval. Events with the same list of places (actors, tags) share one
 * array, so nothing may change them.
 */
export function decodeEvents(columns: EventColumns, parts: IndexParts): IndexedEvent[] {
  const { dates, lists } = columns;
  const events: IndexedEvent[] = [];
  parts.timeOrder.forEach((p, order) => {
    // Keys in the schema's order, as zod gives them.
    const event = {
      id: columns.ids[p],
      title: columns.titles[p],
      start: dates[columns.startDate[p] ?? 0],
    } as IndexedEvent;
    const end = columns.endDate[p] ?? -1;
    if (end >= 0) event.end = dates[end];
    const approximate = columns.approximate[p];
    if (approximate) event.approximate = approximate === 2;
    event.places = lists[columns.places[p] ?? 0] as string[];
    event.actors = lists[columns.actors[p] ?? 0] as string[];
    event.tags = lists[columns.tags[p] ?? 0] as string[];
    event.summary = columns.summaries[p] as string;
    const rest = columns.rest[p];
    if (rest) Object.assign(event, rest);
    event.order = order;
    event.interval = { start: parts.starts[order] ?? 0, end: parts.ends[order] ?? 0 };
    events.push(event);
  });
  return events;
}
