import { describe, expect, it } from "vitest";
import { createAppStore } from "../store/appStore";
import { smallDataset } from "../test/fixtures";
import { bindEditorToMap, nameEditMarker } from "./bindEditorMap";
import { draftFromDataset } from "./draft";

describe("bindEditorToMap", () => {
  it("shows a marker at the edited place and writes a drag back to the draft", () => {
    nameEditMarker(() => "Named by the editor");
    const store = createAppStore();
    const calls: ([number, number] | null)[] = [];
    const labels: (string | undefined)[] = [];
    let onMove: ((lngLat: [number, number]) => void) | null = null;
    bindEditorToMap(store, {
      setEditMarker: (position, move, label) => {
        calls.push(position);
        labels.push(label);
        onMove = move;
      },
    });
    store.getState().editStart(draftFromDataset(smallDataset()));
    store.getState().editSet({ tab: "places", placeIndex: 1 });
    expect(calls.at(-1)).toEqual([37.62, 55.75]);
    // Named as the editor names it, in the page's language (review 26: English on every page).
    expect(labels.at(-1)).toBe("Named by the editor");
    (onMove as ((lngLat: [number, number]) => void) | null)?.([37.123456, 55.5]);
    expect(store.getState().editor?.history.present.places[1]?.valid?.coordinates).toEqual([
      37.1235, 55.5,
    ]);
    expect(calls.at(-1)).toEqual([37.1235, 55.5]);
    store.getState().editSet({ tab: "events" });
    expect(calls.at(-1)).toBeNull();
  });

  it("a click on the map places the edited place only while placing", () => {
    const store = createAppStore();
    store.getState().editStart(draftFromDataset(smallDataset()));
    store.getState().editSet({ tab: "places", placeIndex: 0 });
    expect(store.getState().editPutPlace([1, 2])).toBe(false);
    store.getState().editSet({ picking: "place" });
    expect(store.getState().editPutPlace([1, 2])).toBe(true);
    expect(store.getState().editor?.picking).toBeNull();
    expect(store.getState().editor?.history.present.places[0]?.valid?.coordinates).toEqual([1, 2]);
  });

  it("a place clicked while an event is edited joins the event, and leaves it on a second click", () => {
    const store = createAppStore();
    store.getState().editStart(draftFromDataset(smallDataset()));
    expect(store.getState().editPlaceClicked("moscow")).toBe(false);
    store.getState().editSet({ eventIndex: 0 });
    expect(store.getState().editPlaceClicked("moscow")).toBe(true);
    expect(store.getState().editor?.history.present.events[0]?.fields.places).toEqual([
      "tokyo",
      "moscow",
    ]);
    store.getState().editPlaceClicked("moscow");
    expect(store.getState().editor?.history.present.events[0]?.fields.places).toEqual(["tokyo"]);
  });
});
