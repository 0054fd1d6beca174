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

interface TrieNode {
  id: number;
  next: Map<number, TrieNode> | null;
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
  private readonly root: TrieNode = { id: -1, next: null };
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
    this.known?.set(list, node.id);
    return node.id;
  }
}
