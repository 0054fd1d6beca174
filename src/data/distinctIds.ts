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

/**
 * Numbers each distinct list of texts once: a trie over the texts' numbers, so no key strings are built.
 * A list given again, the same array, is known by itself: events share their lists (a CSV's rows
 * that name one place share one), and at 1,000,000 CSV rows numbering their places through the trie
 * took ~450 ms more than looking the arrays up (Node 20, the worker's events, alternating runs).
 * So an array must not change between two calls, as events' lists never do.
 */
export class ListIds {
  readonly lists: string[][] = [];
  private readonly items = new TextIds();
  private readonly root: TrieNode = { id: -1, next: null };
  private readonly known = new Map<readonly string[], number>();

  id(list: readonly string[]): number {
    const known = this.known.get(list);
    if (known !== undefined) return known;
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
    this.known.set(list, node.id);
    return node.id;
  }
}
