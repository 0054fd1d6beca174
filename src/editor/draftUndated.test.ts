import { describe, expect, it } from "vitest";
import type { Translate } from "../data/issueText";
import type { Dataset, UndatedItem } from "../data/schema";
import { hasStoryToShow } from "../data/storyToShow";
import { appStore } from "../store/appStore";
import { noticeText } from "../store/viewSlice";
import { city } from "../test/fixtures";
import { deletePlace, draftDataset, draftFromDataset, draftHasStory, storyNeeds } from "./draft";
import { noticeDraftProblems } from "./draftProblemsNotice";

/** A StoryMapJS map without dates: no event, two undated items, each at a place. */
function dateless(): Dataset {
  const slide = (id: string, place: string): UndatedItem => ({
    id,
    title: `At ${place}`,
    places: [place],
    actors: [],
    tags: [],
    summary: `About ${place}`,
  });
  return {
    meta: { title: "A map" },
    places: [
      city("nola", "New Orleans", [-90.07, 29.95]),
      city("nassau", "Nassau", [-77.35, 25.05]),
    ],
    periods: [],
    events: [],
    undated: [slide("one", "nola"), slide("two", "nassau")],
  };
}

const withoutPlaces = () => deletePlace(deletePlace(draftFromDataset(dateless()), 0), 0);

describe("a dateless story in the editor (F4)", () => {
  it("is a story while an undated item has a place, as the reader has it", () => {
    const draft = draftFromDataset(dateless());
    expect(storyNeeds(draft)).toEqual([]);
    expect(draftHasStory(draft)).toBe(true);
  });

  it("with every place deleted, needs a date or a place, and is no story the reader opens", () => {
    const draft = withoutPlaces();
    expect(draft.undated.map((item) => item.places)).toEqual([[], []]);
    // The rule the reader refuses the download by.
    expect(hasStoryToShow(draftDataset(draft))).toBe(false);
    expect(draftHasStory(draft)).toBe(false);
    expect(storyNeeds(draft)).toEqual([{ kind: "undatedUnplaced", count: 2 }]);
  });

  it("Download says the file has no story to show", () => {
    const t = ((key: string, values?: object) => `${key} ${JSON.stringify(values)}`) as Translate;
    const words = () =>
      appStore.getState().notices.map((notice) => noticeText(notice.text, t, "en"));
    noticeDraftProblems(draftFromDataset(dateless()));
    expect(words()).toEqual([]);
    noticeDraftProblems(withoutPlaces());
    expect(words()).toEqual(['editor.downloadNoStory {"undated":2}']);
  });
});
