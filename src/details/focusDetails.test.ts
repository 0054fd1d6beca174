// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DETAILS_REGION_ID } from "./detailsRegion";
import { focusDetailsSoon, focusLost, focusSoon, showNewTitleSoon } from "./focusDetails";

/** Animation frames wait here until the test runs them (as after React's render). */
let frames: FrameRequestCallback[];
let phone: boolean;

function runFrames() {
  for (const frame of frames.splice(0)) frame(0);
}

/** The details region with a heading (shown or not: jsdom lays nothing out) and the sheet's toggle. */
function renderDetails({ headingShown }: { headingShown: boolean }) {
  document.body.innerHTML = `
    <aside id="${DETAILS_REGION_ID}">
      <button class="sheet-toggle">Details</button>
      <h2 id="details-title" tabindex="-1">Summit</h2>
      <button id="next">Next</button>
    </aside>
    <button id="zoom">Zoom</button>`;
  const heading = document.getElementById("details-title") as HTMLElement;
  heading.getClientRects = () => ({ length: headingShown ? 1 : 0 }) as DOMRectList;
  return {
    region: document.getElementById(DETAILS_REGION_ID) as HTMLElement,
    heading,
    toggle: document.querySelector(".sheet-toggle") as HTMLElement,
    next: document.getElementById("next") as HTMLElement,
    zoom: document.getElementById("zoom") as HTMLElement,
  };
}

beforeEach(() => {
  frames = [];
  phone = false;
  vi.stubGlobal("requestAnimationFrame", (frame: FrameRequestCallback) => frames.push(frame));
  vi.stubGlobal("matchMedia", (query: string) => ({
    matches: phone && query === "(max-width: 720px)",
  }));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe("focusDetailsSoon", () => {
  it("puts focus on the new heading once the pressed button is gone, after the render", () => {
    const { heading, next } = renderDetails({ headingShown: true });
    next.focus();
    next.remove();
    focusDetailsSoon();
    expect(document.activeElement).toBe(document.body);
    runFrames();
    expect(document.activeElement).toBe(heading);
  });

  it("puts it on the sheet's toggle when the heading is hidden in the folded sheet", () => {
    const { toggle } = renderDetails({ headingShown: false });
    focusDetailsSoon();
    runFrames();
    expect(document.activeElement).toBe(toggle);
  });

  it("leaves focus where something else put it meanwhile, or where the button survived", () => {
    const { zoom, next } = renderDetails({ headingShown: true });
    focusDetailsSoon();
    zoom.focus();
    runFrames();
    expect(document.activeElement).toBe(zoom);
    next.focus();
    focusDetailsSoon();
    runFrames();
    expect(document.activeElement).toBe(next);
  });

  it("does nothing when there are no details to focus", () => {
    document.body.innerHTML = "<p>Nothing selected</p>";
    focusDetailsSoon();
    expect(() => runFrames()).not.toThrow();
    expect(document.activeElement).toBe(document.body);
  });
});

describe("focusSoon", () => {
  function buttons() {
    document.body.innerHTML = `
      <button id="pressed">Delete</button>
      <button id="undo" disabled>Undo</button>
      <button id="redo">Redo</button>`;
    const byId = (id: string) => document.getElementById(id) as HTMLButtonElement;
    return { pressed: byId("pressed"), undo: byId("undo"), redo: byId("redo") };
  }
  const target = (id: string) => () => document.getElementById(id);

  it("counts focus on a disabled or removed button as lost", () => {
    const { pressed } = buttons();
    pressed.focus();
    expect(focusLost()).toBe(false);
    pressed.disabled = true;
    expect(focusLost(pressed)).toBe(true);
    pressed.disabled = false;
    pressed.remove();
    expect(focusLost(pressed)).toBe(true);
    expect(focusLost(document.body)).toBe(true);
  });

  it("skips targets that are disabled or missing, and takes the first that can have focus", () => {
    const { pressed, redo } = buttons();
    pressed.focus();
    pressed.disabled = true;
    focusSoon([target("nowhere"), target("undo"), target("redo")]);
    runFrames();
    expect(document.activeElement).toBe(redo);
  });

  it("waits, frame by frame, for a target still to come, then gives up", () => {
    let now = 0;
    vi.spyOn(performance, "now").mockImplementation(() => now);
    document.body.innerHTML = "<p>Loading</p>";
    focusSoon([target("late")], 1000);
    runFrames();
    now = 500;
    runFrames();
    document.body.insertAdjacentHTML("beforeend", '<h2 id="late" tabindex="-1">Editing</h2>');
    runFrames();
    expect(document.activeElement?.id).toBe("late");
    expect(frames).toHaveLength(0);

    document.body.innerHTML = "<p>Loading</p>";
    focusSoon([target("never")], 1000);
    runFrames();
    now = 1500;
    runFrames();
    expect(frames).toHaveLength(0);
  });
});

describe("showNewTitleSoon", () => {
  function scrolled(region: HTMLElement) {
    Object.defineProperty(region, "scrollTop", { value: 480, writable: true });
  }

  it("beside the map: scrolls the details to the top and keeps focus on Next", () => {
    const { region, next } = renderDetails({ headingShown: true });
    scrolled(region);
    next.focus();
    showNewTitleSoon();
    expect(region.scrollTop).toBe(480);
    runFrames();
    expect(region.scrollTop).toBe(0);
    expect(document.activeElement).toBe(next);
  });

  it("in the phone sheet: focuses the new title without scrolling to it", () => {
    phone = true;
    const { heading, next } = renderDetails({ headingShown: true });
    const focus = vi.spyOn(heading, "focus");
    next.focus();
    showNewTitleSoon();
    runFrames();
    expect(document.activeElement).toBe(heading);
    expect(focus).toHaveBeenCalledWith({ preventScroll: true });
  });

  it("in a folded phone sheet: leaves focus alone", () => {
    phone = true;
    const { next } = renderDetails({ headingShown: false });
    next.focus();
    showNewTitleSoon();
    runFrames();
    expect(document.activeElement).toBe(next);
  });

  it("does nothing while no title is shown", () => {
    const { region, heading } = renderDetails({ headingShown: true });
    scrolled(region);
    heading.remove();
    showNewTitleSoon();
    runFrames();
    expect(region.scrollTop).toBe(480);
  });
});
