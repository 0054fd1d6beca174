// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { draftFromDataset } from "../editor/draft";
import { appStore } from "../store/appStore";
import { event, smallDataset } from "../test/fixtures";
import { PRINT_MAX, PrintView } from "./PrintView";

afterEach(cleanup);

/** A story of `count` events, a day apart from 1 January 2000. */
function storyOf(count: number) {
  const day = (i: number) => new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
  return {
    ...smallDataset(),
    events: Array.from({ length: count }, (_, i) => event(`e${i}`, day(i))),
  };
}

describe("PrintView", () => {
  it("prints every event of a story up to the cap, with no note", () => {
    appStore.getState().datasetLoaded(storyOf(3), { kind: "default" }, []);
    render(<PrintView mapPicture={null} />);
    expect(document.querySelectorAll(".print-events > li")).toHaveLength(3);
    expect(screen.queryByText(/Only the first/)).toBeNull();
  });

  it("prints a draft autosave could not store as kept only while the page is open (review 34 F5)", () => {
    appStore.getState().datasetLoaded(storyOf(2), { kind: "draft" }, []);
    appStore.getState().editStart(draftFromDataset(storyOf(2)));
    const detail = () => document.querySelector(".print-provenance")?.textContent ?? "";
    const { unmount } = render(<PrintView mapPicture={null} />);
    expect(detail()).toMatch(/kept in this browser and not published/);
    unmount();
    appStore.getState().editAutosave({ state: "off", savedAt: null, reason: "full" });
    render(<PrintView mapPicture={null} />);
    expect(detail()).toMatch(/kept only while this page is open: the browser's storage refused it/);
    appStore.getState().editStop();
  });

  it("prints the first events in time order past the cap, and says so (review 34 F4)", () => {
    appStore.getState().datasetLoaded(storyOf(PRINT_MAX + 5), { kind: "default" }, []);
    render(<PrintView mapPicture={null} />);
    const printed = document.querySelectorAll(".print-events > li h3");
    expect(printed).toHaveLength(PRINT_MAX);
    expect(printed[0]?.textContent).toBe("e0");
    expect(printed[PRINT_MAX - 1]?.textContent).toBe(`e${PRINT_MAX - 1}`);
    expect(
      screen.getByText("Only the first 1,000 are printed: filters or a search choose others."),
    ).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2 }).textContent).toMatch(/1,005 events/);
  });
});
