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

/** Numbers each distinct list of texts once: a trie over the texts' numbers, so no key strings are built. */
export class ListIds {
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
