/**
 * Side-by-side placement for marks that would sit on top of each other (three
 * events on 21 March in one lane): within a lane, narrow marks closer than
 * `gap` are spread `gap` apart around the mean of their true centres, so each
 * stays visible and clickable and moves as little as possible. Clusters that
 * touch after spreading merge (pool-adjacent-violators), O(n) after sorting.
 */

export interface DodgeItem {
  /** Sort key and identity. */
  position: number;
  lane: number;
  /** True centre in px. */
  x: number;
}

interface Cluster {
  first: number;
  count: number;
  sum: number;
}

/** Centres after dodging, by position. Input need not be sorted. */
export function dodge(items: readonly DodgeItem[], gap: number): Map<number, number> {
  const out = new Map<number, number>();
  const byLane = new Map<number, DodgeItem[]>();
  for (const item of items) {
    const list = byLane.get(item.lane);
    if (list) list.push(item);
    else byLane.set(item.lane, [item]);
  }
  for (const list of byLane.values()) {
    list.sort((a, b) => a.x - b.x || a.position - b.position);
    const clusters: Cluster[] = [];
    const left = (c: Cluster) => c.sum / c.count - ((c.count - 1) * gap) / 2;
    list.forEach((item, i) => {
      let cluster: Cluster = { first: i, count: 1, sum: item.x };
      let previous = clusters.at(-1);
      while (previous && left(previous) + previous.count * gap > left(cluster)) {
        clusters.pop();
        cluster = {
          first: previous.first,
          count: previous.count + cluster.count,
          sum: previous.sum + cluster.sum,
        };
        previous = clusters.at(-1);
      }
      clusters.push(cluster);
    });
    for (const cluster of clusters) {
      const start = left(cluster);
      for (let k = 0; k < cluster.count; k++) {
        const item = list[cluster.first + k];
        if (item) out.set(item.position, start + k * gap);
      }
    }
  }
  return out;
}
