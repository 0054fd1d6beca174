import { describe, expect, it } from "vitest";
import { event } from "../test/fixtures";
import { eventChanges } from "./eventChanges";

describe("eventChanges", () => {
  const [a, b, c, d] = [
    event("a", "2018"),
    event("b", "2018"),
    event("c", "2018"),
    event("d", "2018"),
  ];
  it("an event deleted shifts those after it", () => {
    const changes = eventChanges([a, b, c, d], [a, c, d]);
    expect([...changes.after]).toEqual([0, -1, 1, 2]);
    expect(changes.inserted).toEqual([]);
  });

  it("an event added is put in, the others shifted", () => {
    const changes = eventChanges([a, b, c], [a, d, b, c]);
    expect([...changes.after]).toEqual([0, 2, 3]);
    expect(changes.inserted).toEqual([1]);
  });

  it("a text typed keeps the event in place; a date typed takes it out and puts it in", () => {
    const typed = { ...b, title: "Typed" };
    const dated = { ...d, start: "1990" };
    const changes = eventChanges([a, b, c, d], [a, typed, c, dated]);
    expect([...changes.after]).toEqual([0, 1, 2, -1]);
    expect(changes.retyped).toEqual([1]);
    expect(changes.inserted).toEqual([3]);
  });

  it("texts typed at both ends around a deletion are kept in place, in order", () => {
    const first = { ...a, title: "Typed" };
    const last = { ...d, summary: "Typed" };
    const changes = eventChanges([a, b, c, d], [first, c, last]);
    expect([...changes.after]).toEqual([0, -1, 1, 2]);
    expect(changes.retyped).toEqual([0, 2]);
    expect(changes.inserted).toEqual([]);
  });
});
