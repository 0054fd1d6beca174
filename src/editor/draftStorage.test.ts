import { describe, expect, it } from "vitest";
import type { Dataset } from "../data/schema";
import { smallDataset } from "../test/fixtures";
import {
  draftDataset,
  draftFromDataset,
  newStoryDraft,
  setTitle,
  storyNeeds,
  titleField,
  updateEvent,
  updatePeriod,
  updatePlace,
} from "./draft";
import { restoreDraft, restoreDraftSteps, serialiseDraft } from "./draftStorage";

describe("stored drafts", () => {
  it("restore in steps of so many events, to what restoring at once gives (review 34 F2)", () => {
    const draft = updateEvent(draftFromDataset(smallDataset()), 1, { start: "2018-13" });
    const stored = JSON.parse(JSON.stringify(serialiseDraft(draft, 1)));
    const count = draft.events.length;
    const steps = restoreDraftSteps(stored, 1);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(count).toBeGreaterThan(2);
    expect(yields).toBe(count - 1);
    expect(step.value).toEqual(restoreDraft(stored));
    if (!step.value.ok) throw new Error(step.value.reason.key);
    expect(step.value.draft.events[1]?.errors.start).toMatchObject({ code: "notADate" });
  });

  it("restore to the same draft, invalid fields and their messages included", () => {
    const draft = updateEvent(draftFromDataset(smallDataset(), "Headline\n\nPara one."), 0, {
      start: "2018-13",
      title: "Typed title",
    });
    const stored = JSON.parse(JSON.stringify(serialiseDraft(draft, 1234)));
    const restored = restoreDraft(stored);
    if (!restored.ok) throw new Error(restored.reason.key);
    expect(restored.savedAt).toBe(1234);
    expect(restored.draft.events[0]?.fields).toEqual(draft.events[0]?.fields);
    expect(restored.draft.events[0]?.errors.start).toMatchObject({ code: "notADate" });
    expect(restored.draft.sourceText).toBe("Headline\n\nPara one.");
    expect(draftDataset(restored.draft)).toEqual(draftDataset(draft));
  });

  it("restore what the forms do not edit: translations, imported media, body and date text, undated items", () => {
    const dataset = smallDataset();
    const rich: Dataset = {
      ...dataset,
      places: dataset.places.map((place, i) =>
        i === 0 ? { ...place, i18n: { ja: { name: "東京" } } } : place,
      ),
      events: dataset.events.map((event, i) =>
        i === 0
          ? {
              ...event,
              displayDate: "Spring 2018",
              body: "<p>Told <em>at length</em>.</p>",
              media: { url: "https://example.org/a.jpg", caption: "A picture" },
              i18n: { ja: { title: "東京訪問" } },
            }
          : event,
      ),
      undated: [{ id: "someday", title: "Someday", places: [], actors: [], tags: [], summary: "" }],
    };
    const draft = draftFromDataset(rich);
    const restored = restoreDraft(JSON.parse(JSON.stringify(serialiseDraft(draft, 1))));
    if (!restored.ok) throw new Error(restored.reason.key);
    // A reload in the middle of editing lost every event's media, body and translations.
    expect(draftDataset(restored.draft)).toEqual(draftDataset(draft));
    expect(draftDataset(restored.draft)).toEqual(rich);
  });

  it("restore a place stored before its status and note were edited (both then in its extra)", () => {
    const dataset = smallDataset();
    const places = dataset.places.map((place, i) =>
      i === 0 ? { ...place, status: "Capital", note: "Seat of government." } : place,
    );
    const stored = JSON.parse(
      JSON.stringify(serialiseDraft(draftFromDataset({ ...dataset, places }), 1)),
    );
    const { status: _s, note: _n, ...fields } = stored.draft.places[0].fields;
    stored.draft.places[0] = {
      ...stored.draft.places[0],
      fields: { ...fields, name: "Edo" },
      extra: { status: "Capital", note: "Seat of government." },
    };
    // A second place, typed before its status was: found in its last valid form alone.
    const { status: _s2, note: _n2, ...fields2 } = stored.draft.places[1].fields;
    stored.draft.places[1] = {
      ...stored.draft.places[1],
      fields: fields2,
      extra: {},
      valid: { ...stored.draft.places[1].valid, status: "Port" },
    };
    const restored = restoreDraft(stored);
    if (!restored.ok) throw new Error(restored.reason.key);
    expect(restored.draft.places[0]?.fields).toMatchObject({
      name: "Edo",
      status: "Capital",
      note: "Seat of government.",
    });
    expect(restored.draft.places[0]?.extra).toEqual({});
    expect(restored.draft.places[1]?.fields.status).toBe("Port");
    expect(draftDataset(restored.draft).places[0]).toMatchObject({
      name: "Edo",
      status: "Capital",
      note: "Seat of government.",
    });
    // Edited after the reload, the note is the one typed.
    const edited = updatePlace(restored.draft, 0, { note: "Renamed in 1868." });
    expect(draftDataset(edited).places[0]?.note).toBe("Renamed in 1868.");
    expect(draftDataset(edited).places[0]?.status).toBe("Capital");
  });

  it("restore an event stored before its link's text was edited: the text is its last valid link's", () => {
    const dataset = smallDataset();
    const events = dataset.events.map((event, i) =>
      i === 0 ? { ...event, links: [{ label: "Kremlin", url: "https://a.example" }] } : event,
    );
    const stored = JSON.parse(
      JSON.stringify(serialiseDraft(draftFromDataset({ ...dataset, events }), 1)),
    );
    const { linkLabel: _, ...fields } = stored.draft.events[0].fields;
    stored.draft.events[0].fields = { ...fields, link: "https://b.example" };
    const restored = restoreDraft(stored);
    if (!restored.ok) throw new Error(restored.reason.key);
    expect(restored.draft.events[0]?.fields.linkLabel).toBe("Kremlin");
    expect(draftDataset(restored.draft).events[0]?.links).toEqual([
      { label: "Kremlin", url: "https://b.example" },
    ]);
    const cleared = updateEvent(restored.draft, 0, { linkLabel: "" });
    expect(draftDataset(cleared).events[0]?.links).toEqual([{ url: "https://b.example" }]);
  });

  it("restore Link text typed without a link as typed, with its problem on the Link field", () => {
    const draft = updateEvent(draftFromDataset(smallDataset()), 0, {
      link: "",
      linkLabel: "The talks",
    });
    const restored = restoreDraft(JSON.parse(JSON.stringify(serialiseDraft(draft, 1))));
    if (!restored.ok) throw new Error(restored.reason.key);
    expect(restored.draft.events[0]?.fields.linkLabel).toBe("The talks");
    expect(restored.draft.events[0]?.errors.link).toMatchObject({ code: "linkTextWithoutAddress" });
    expect(draftDataset(restored.draft)).toEqual(draftDataset(draft));
  });

  it("restore periods as typed, a bad date with its message, the last valid band kept", () => {
    const period = { id: "talks", title: "Talks", start: "2016-12", end: "2018-05" };
    const draft = updatePeriod(draftFromDataset({ ...smallDataset(), periods: [period] }), 0, {
      end: "2016-01",
      title: "Peace talks",
    });
    const restored = restoreDraft(JSON.parse(JSON.stringify(serialiseDraft(draft, 1))));
    if (!restored.ok) throw new Error(restored.reason.key);
    expect(restored.draft.periods[0]?.fields).toEqual(draft.periods[0]?.fields);
    expect(restored.draft.periods[0]?.errors.end).toMatchObject({ code: "endBeforeStart" });
    expect(draftDataset(restored.draft).periods).toEqual([period]);
  });

  it("restore the periods of a draft stored before they were edited (the periods themselves)", () => {
    const period = {
      id: "talks",
      title: "Talks",
      start: "2016-12",
      i18n: { ja: { title: "交渉" } },
    };
    const stored = JSON.parse(JSON.stringify(serialiseDraft(draftFromDataset(smallDataset()), 1)));
    stored.draft.periods = [period];
    const restored = restoreDraft(stored);
    if (!restored.ok) throw new Error(restored.reason.key);
    expect(draftDataset(restored.draft).periods).toEqual([period]);
    expect(restored.draft.periods[0]?.fields.title).toBe("Talks");
  });

  it("restore a new story still asking for its title and first event", () => {
    const story = newStoryDraft("Untitled story").draft;
    const restored = restoreDraft(JSON.parse(JSON.stringify(serialiseDraft(story, 1))));
    if (!restored.ok) throw new Error(restored.reason.key);
    expect(storyNeeds(restored.draft)).toEqual(storyNeeds(story));
    expect(restored.draft.basedOn).toBe("");
  });

  it("restore a title cleared by the author as cleared, the story's last valid title kept", () => {
    const cleared = setTitle(draftFromDataset(smallDataset()), "");
    const restored = restoreDraft(JSON.parse(JSON.stringify(serialiseDraft(cleared, 1))));
    if (!restored.ok) throw new Error(restored.reason.key);
    expect(titleField(restored.draft)).toEqual(titleField(cleared));
    expect(draftDataset(restored.draft).meta).toEqual(smallDataset().meta);
  });

  it("refuse damaged or foreign data with a reason", () => {
    for (const value of [null, 3, { version: 2 }, { version: 1, draft: { events: 1 } }]) {
      const result = restoreDraft(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason.key).toMatch(/^editor\.draft/);
    }
  });
});
