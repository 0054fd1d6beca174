// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DETAILS_REGION_ID } from "../details/detailsRegion";
import { draftFromDataset } from "../editor/draft";
import { type AppStore, createAppStore } from "../store/appStore";
import { smallDataset } from "../test/fixtures";
import { installGlobalKeys } from "./globalKeys";

let store: AppStore;
let remove: () => void;

function press(key: string, target: EventTarget = document.body) {
  target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
}

beforeEach(() => {
  store = createAppStore();
  store.getState().datasetLoaded(smallDataset(), { kind: "default" }, []);
  remove = installGlobalKeys(store);
});

afterEach(() => remove());

describe("global keys", () => {
  it("j and k step through events in time order", () => {
    press("j");
    expect(store.getState().selectedEventId).toBe("e-1945");
    press("j");
    expect(store.getState().selectedEventId).toBe("e-2016-12");
    press("k");
    expect(store.getState().selectedEventId).toBe("e-1945");
    press("k");
    expect(store.getState().selectedEventId).toBe("e-1945");
  });

  it("leaves the keys pressed in a dialog to the dialog", () => {
    store.getState().selectPlace("tokyo");
    const dialog = document.createElement("dialog");
    const button = document.createElement("button");
    dialog.append(button);
    document.body.append(dialog);
    press("Escape", button);
    press("j", button);
    expect(store.getState().selectedPlaceId).toBe("tokyo");
    expect(store.getState().selectedEventId).toBeNull();
    dialog.remove();
  });

  it("leaves the page's keys alone while a dialog is open, wherever the focus is", () => {
    store.getState().selectPlace("tokyo");
    const dialog = document.createElement("dialog");
    dialog.setAttribute("open", "");
    document.body.append(dialog);
    // Focus on <body>, as after a click on the modal dialog's backdrop.
    press("Escape");
    press("j");
    expect(store.getState().selectedPlaceId).toBe("tokyo");
    dialog.remove();
    press("Escape");
    expect(store.getState().selectedPlaceId).toBeNull();
  });

  it("j on a timeline mark takes the focus to the new event's mark", async () => {
    const marks = document.createElement("div");
    marks.dataset.testid = "timeline-events";
    for (const id of ["e-1945", "e-2016-12"]) {
      const mark = document.createElement("button");
      mark.dataset.eventId = id;
      marks.append(mark);
    }
    document.body.append(marks);
    const [first, second] = marks.querySelectorAll("button");
    first?.focus();
    press("j", first);
    press("j", first);
    await vi.waitFor(() => expect(document.activeElement).toBe(second));
    marks.remove();
  });

  it("Escape clears the selection", () => {
    store.getState().selectPlace("tokyo");
    press("Escape");
    expect(store.getState().selectedPlaceId).toBeNull();
  });

  it("Escape cancels the editor's click-the-map first, from its Name field too, and keeps the selection", () => {
    store.getState().editStart(draftFromDataset(smallDataset()));
    store.getState().selectPlace("tokyo");
    store.getState().editSet({ picking: "place" });
    const input = document.createElement("input");
    document.body.append(input);
    press("Escape", input);
    expect(store.getState().editor?.picking).toBeNull();
    expect(store.getState().selectedPlaceId).toBe("tokyo");
    input.remove();
  });

  it("leaves the Escape that cancels an input method's conversion in the Name field to it (review 32 F1)", () => {
    store.getState().editStart(draftFromDataset(smallDataset()));
    store.getState().editSet({ picking: "place" });
    const input = document.createElement("input");
    document.body.append(input);
    input.dispatchEvent(
      new KeyboardEvent("keydown", { key: "Escape", isComposing: true, bubbles: true }),
    );
    expect(store.getState().editor?.picking).toBe("place");
    input.dispatchEvent(
      new KeyboardEvent("keydown", { key: "Escape", keyCode: 229, bubbles: true }),
    );
    expect(store.getState().editor?.picking).toBe("place");
    input.remove();
  });

  it("leaves keys typed into a text field alone", () => {
    const input = document.createElement("input");
    document.body.append(input);
    press("j", input);
    expect(store.getState().selectedEventId).toBeNull();
    input.remove();
  });
});

describe("Escape and the phone sheet", () => {
  it("folds the sheet with the selection, and an open sheet on its own", () => {
    store.getState().setSheetOpen(true);
    store.getState().selectEvent("e-1945");
    press("Escape");
    expect(store.getState().selectedEventId).toBeNull();
    expect(store.getState().sheetOpen).toBe(false);
    store.getState().setSheetOpen(true);
    press("Escape");
    expect(store.getState().sheetOpen).toBe(false);
  });
});

describe("keys pressed inside the details", () => {
  it("move focus into the details once the pressed control is gone (the folded sheet's toggle)", () => {
    vi.useFakeTimers();
    document.body.innerHTML = `<aside id="${DETAILS_REGION_ID}"><button>Tokyo</button></aside>`;
    const chip = document.querySelector("button");
    chip?.focus();
    store.getState().selectPlace("tokyo");
    press("Escape", chip ?? document.body);
    // React replaces the details: the chip goes; jsdom lays nothing out, so the heading counts as hidden.
    const region = document.getElementById(DETAILS_REGION_ID);
    region?.replaceChildren();
    region?.insertAdjacentHTML(
      "beforeend",
      '<button class="sheet-toggle">Details</button><h2 id="details-title" tabindex="-1">Intro</h2>',
    );
    vi.advanceTimersToNextFrame();
    expect(document.activeElement?.className).toBe("sheet-toggle");
    vi.useRealTimers();
    document.body.replaceChildren();
  });
});
