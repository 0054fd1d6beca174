/**
 * The ids seen so far, to find duplicates. Ids mostly come in increasing
 * order (generated datasets, and hand-written ones kept in time order); while
 * they do, comparing with the last id is enough, which spares hashing 100,000
 * ids into a large table. The first id out of order moves them all into a Set.
 */
export class SeenIds {
  private readonly inOrder: string[] = [];
  private set: Set<string> | null = null;

  has(id: string): boolean {
    if (this.set === null && this.comesAfterAll(id)) return false;
    return this.toSet().has(id);
  }

  add(id: string): void {
    if (this.set === null && this.comesAfterAll(id)) this.inOrder.push(id);
    else this.toSet().add(id);
  }

  private comesAfterAll(id: string): boolean {
    const last = this.inOrder.at(-1);
    return last === undefined || id > last;
  }

  private toSet(): Set<string> {
    if (this.set === null) {
      this.set = new Set(this.inOrder);
      this.inOrder.length = 0;
    }
    return this.set;
  }
}
