// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { indexDataset } from "../data/indexDataset";
import { event } from "../test/fixtures";
import { EventList } from "./EventList";

// The long list's chunk, reduced to a marker: what matters here is what shows before it comes.
vi.mock("./LongEventList", () => ({
  LongEventList: ({ events }: { events: { length: number } }) => (
    <p>virtual list of {events.length}</p>
  ),
}));

afterEach(cleanup);

function eventsOf(count: number) {
  const events = Array.from({ length: count }, (_, i) =>
    event(`e${i}`, `2018-01-${String((i % 28) + 1).padStart(2, "0")}`),
  );
  return indexDataset({ periods: [], meta: { title: "t" }, places: [], events }).events;
}

describe("EventList", () => {
  it("shows a short list whole", () => {
    // Rows counted as elements: role queries over 199 rows took 2–5 s on a loaded machine.
    const { container } = render(<EventList events={eventsOf(199)} label="Events" />);
    expect(container.querySelectorAll("li")).toHaveLength(199);
  });

  it("shows only a window's worth of a long list's first rows until the list's code comes", async () => {
    const events = eventsOf(1000);
    render(<EventList events={events} label="Events" />);
    const rows = screen.getAllByRole("listitem");
    expect(rows).toHaveLength(40);
    expect(rows[0]?.textContent).toContain(events[0]?.title);
    expect(await screen.findByText("virtual list of 1000")).toBeTruthy();
    expect(screen.queryAllByRole("listitem")).toHaveLength(0);
  });
});
