/**
 * Numbers for distinct texts and lists of texts, 0, 1, 2… in the order they
 * first appear, so that each is sent once with the numbers pointing to it.
 */

export class TextIds {
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

/**
 * The trie's edges, (node, item) → child node, in one open-addressing hash
 * table of typed arrays: a Map per node made 300,000 lists of 100,000
 * realistic events cost ~20 MB of objects and two lookups per item.
 */
class Edges {
  private mask = 1023;
  private size = 0;
  private from = new Int32Array(1024).fill(-1);
  private item = new Int32Array(1024);
  private to = new Int32Array(1024);

  get(node: number, item: number): number {
    for (let at = slot(node, item) & this.mask; ; at = (at + 1) & this.mask) {
      const from = this.from[at] as number;
      if (from < 0) return -1;
      if (from === node && this.item[at] === item) return this.to[at] as number;
    }
  }

  set(node: number, item: number, child: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    this.size++;
    let at = slot(node, item) & this.mask;
    while ((this.from[at] as number) >= 0) at = (at + 1) & this.mask;
    this.from[at] = node;
    this.item[at] = item;
    this.to[at] = child;
  }

  private grow(): void {
    const { from, item, to } = this;
    const capacity = (this.mask + 1) * 2;
    this.mask = capacity - 1;
    this.size = 0;
    this.from = new Int32Array(capacity).fill(-1);
    this.item = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
    for (let at = 0; at < from.length; at++) {
      if ((from[at] as number) >= 0)
        this.set(from[at] as number, item[at] as number, to[at] as number);
    }
  }
}

function slot(node: number, item: number): number {
  return Math.imul(node, 0x9e3779b1) ^ Math.imul(item + 1, 0x85ebca77);
}

/** Arrays looked up before `ListIds` decides whether remembering them pays. */
export const PROBE_LISTS = 4096;

/**
 * Numbers each distinct list of texts once: a trie over the texts' numbers, so no key strings are built.
 * A list given again, the same array, is known by itself: events share their lists (a CSV's rows
 * that name one place share one), and at 1,000,000 CSV rows numbering their places through the trie
 * took ~450 ms more than looking the arrays up (Node 20, the worker's events, alternating runs).
 * So an array must not change between two calls, as events' lists never do.
 * Parsed JSON never shares an array, and remembering 300,000 of them (100,000 realistic events)
 * cost more than it saved: if no more than one in eight of the first `PROBE_LISTS` arrays was
 * given again, it stops remembering them.
 */
export class ListIds {
  readonly lists: string[][] = [];
  private readonly items = new TextIds();
  /** Trie nodes are numbers, the root 0; per node, its list's number or -1. */
  private readonly edges = new Edges();
  private readonly listOf: number[] = [-1];
  private known: Map<readonly string[], number> | null = new Map();
  private looked = 0;
  private found = 0;

  /** Whether arrays given again are still looked up by themselves. */
  get remembersArrays(): boolean {
    return this.known !== null;
  }

  id(list: readonly string[]): number {
    const known = this.known;
    if (known !== null) {
      const id = known.get(list);
      if (id !== undefined) this.found++;
      if (++this.looked === PROBE_LISTS && this.found * 8 <= PROBE_LISTS) this.known = null;
      if (id !== undefined) return id;
    }
    let node = 0;
    for (let i = 0; i < list.length; i++) {
      const itemId = this.items.id(list[i] as string);
      let next = this.edges.get(node, itemId);
      if (next < 0) {
        next = this.listOf.length;
        this.listOf.push(-1);
        this.edges.set(node, itemId, next);
      }
      node = next;
    }
    let id = this.listOf[node] as number;
    if (id < 0) {
      id = this.lists.length;
      this.listOf[node] = id;
      this.lists.push([...list]);
    }
    this.known?.set(list, id);
    return id;
  }
}
