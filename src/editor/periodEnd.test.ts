import { describe, expect, it } from "vitest";
import { startsAfterEvents } from "./periodEnd";

const eventsEnd = Date.UTC(2020, 0, 2); // one event on 2020-01-01

describe("startsAfterEvents", () => {
  it("is a period with no end that starts when the events are over", () => {
    expect(startsAfterEvents("2021-06", "", eventsEnd)).toBe(true);
    expect(startsAfterEvents("2020-01-02", " ", eventsEnd)).toBe(true);
    expect(startsAfterEvents("２０２１年６月", "", eventsEnd)).toBe(true);
  });

  it("is not one that starts before, has an end, has no readable start, or a story of no events", () => {
    expect(startsAfterEvents("2019-06", "", eventsEnd)).toBe(false);
    // 2020 begins before the event's day ends: it runs to it.
    expect(startsAfterEvents("2020", "", eventsEnd)).toBe(false);
    expect(startsAfterEvents("2021-06", "2021-09", eventsEnd)).toBe(false);
    expect(startsAfterEvents("June", "", eventsEnd)).toBe(false);
    expect(startsAfterEvents("2021-06", "", undefined)).toBe(false);
  });
});
