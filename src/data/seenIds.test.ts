import { describe, expect, it } from "vitest";
import { mulberry32 } from "../test/random";
import { SeenIds } from "./seenIds";

/** The same has() and add() calls on a SeenIds and on a Set must get the same answers. */
function agreesWithSet(sequence: readonly [op: "has" | "add", id: string][]): void {
  const seen = new SeenIds();
  const set = new Set<string>();
  for (const [op, id] of sequence) {
    if (op === "has") expect(seen.has(id), `has(${id})`).toBe(set.has(id));
    else {
      seen.add(id);
      set.add(id);
    }
  }
}

describe("SeenIds", () => {
  it("answers as a Set while ids come in order", () => {
    const ids = ["a", "b", "b-1", "c", "event-000010", "event-000011"];
    agreesWithSet(ids.flatMap((id) => [["has", id] as const, ["add", id] as const]));
  });

  it("finds a duplicate, in order or not", () => {
    const seen = new SeenIds();
    seen.add("b");
    seen.add("c");
    expect(seen.has("c")).toBe(true);
    expect(seen.has("a")).toBe(false);
    expect(seen.has("b")).toBe(true);
    seen.add("a");
    expect(seen.has("a")).toBe(true);
    expect(seen.has("d")).toBe(false);
  });

  it("answers as a Set over random sequences, mostly in order", () => {
    const random = mulberry32(3);
    for (let run = 0; run < 200; run++) {
      const sequence: ["has" | "add", string][] = [];
      let next = 0;
      for (let step = 0; step < 60; step++) {
        // Mostly the next id up; sometimes an earlier one, a repeat or a jump back.
        const r = random();
        const n = r < 0.7 ? next++ : Math.floor(random() * (next + 2));
        const id = `e-${String(n).padStart(3, "0")}`;
        sequence.push(["has", id]);
        if (random() < 0.8) sequence.push(["add", id]);
      }
      agreesWithSet(sequence);
    }
  });
});
