import { describe, expect, it } from "vitest";
import type { DatasetEvent, Period, UndatedItem } from "../data/schema";
import { smallDataset } from "../test/fixtures";
import {
  addEvent,
  addPeriod,
  addPlace,
  deleteEvent,
  deletePeriod,
  deletePlace,
  draftDataset,
  draftFromDataset,
  duplicateEvent,
  duplicateIdOf,
  duplicateIndexes,
  eventFields,
  itemsNamingPlace,
  newStoryDraft,
  setTitle,
  storyNeeds,
  titleField,
  updateEvent,
  updatePeriod,
  updatePlace,
  validateEvent,
} from "./draft";
import { restoreDraft, serialiseDraft } from "./draftStorage";
import { uniqueId } from "./uniqueId";

const draft = () => draftFromDataset(smallDataset());

describe("draftFromDataset and draftDataset", () => {
  it("give back the dataset they were made from", () => {
    const dataset = smallDataset();
    const back = draftDataset(draftFromDataset(dataset));
    expect(back.events.map((e) => e.id)).toEqual(dataset.events.map((e) => e.id));
    expect(back.places).toEqual(dataset.places);
    expect(back.events[0]).toEqual(dataset.events[0]);
  });
});

describe("draftFromDataset and draftDataset with imported stories", () => {
  it("keep undated items, which the forms do not show", () => {
    const undated = [
      { id: "someday", title: "Someday", places: [], actors: [], tags: [], summary: "" },
    ];
    const back = draftDataset(draftFromDataset({ ...smallDataset(), undated }));
    // Edit dropped them: "13 events, 1 undated" became "13 events" in the draft and its download.
    expect(back.undated).toEqual(undated);
  });
});

describe("updatePlace", () => {
  it("keeps the place's translations", () => {
    const dataset = smallDataset();
    const places = dataset.places.map((place, i) =>
      i === 0 ? { ...place, i18n: { ja: { name: "東京" } } } : place,
    );
    const next = updatePlace(draftFromDataset({ ...dataset, places }), 0, { latitude: "35.7" });
    expect(draftDataset(next).places[0]).toEqual({
      ...places[0],
      coordinates: [139.69, 35.7],
    });
  });
});

describe("updateEvent", () => {
  it("keeps what the form does not edit: translations, imported media, body, date text, drop cap", () => {
    const dataset = smallDataset();
    const first = dataset.events[0];
    if (!first) throw new Error("no event");
    const rich = {
      ...first,
      quote: { text: "Acold wind", paragraph: 2, dropCap: true },
      displayDate: "Spring 2018",
      body: "<p>Told <em>at length</em>.</p>",
      media: { url: "https://example.org/a.jpg", caption: "A picture" },
      i18n: { ja: { title: "東京訪問", summary: "要約" } },
    };
    const next = updateEvent(draftFromDataset({ ...dataset, events: [rich] }), 0, {
      title: "Edited",
    });
    // Editing the title dropped the event's translations, media, body and date text.
    expect(draftDataset(next).events[0]).toEqual({ ...rich, title: "Edited" });
  });

  it("shows a valid change at once", () => {
    const next = updateEvent(draft(), 0, { title: "A new title" });
    expect(draftDataset(next).events[0]?.title).toBe("A new title");
  });

  it("keeps the last valid event and the typed text when a field is invalid, with parseDataset's message", () => {
    const next = updateEvent(draft(), 0, { start: "2018-13-45" });
    const event = next.events[0];
    expect(event?.fields.start).toBe("2018-13-45");
    expect(event?.errors.start).toMatchObject({ code: "notADate" });
    expect(draftDataset(next).events[0]?.start).toBe("2018-03-21");
  });

  // Review 37 R4: its message said "use YYYY…", and -0584 retyped as 0584 was AD 584.
  it("says a start before year 1 is one, as the format's check says it, for an event and a period", () => {
    for (const start of ["-0584", "44 BCE", "0000"]) {
      const next = updateEvent(draft(), 0, { start });
      expect(next.events[0]?.errors.start).toMatchObject({ code: "yearBeforeOne" });
      expect(draftDataset(next).events[0]?.start).toBe("2018-03-21");
    }
    expect(updateEvent(draft(), 0, { start: "0584" }).events[0]?.errors).toEqual({});
    const period = addPeriod(draft(), "2017", "2018", "Period");
    const early = updatePeriod(period.draft, period.index, { start: "-753" });
    expect(early.periods[period.index]?.errors.start).toMatchObject({ code: "yearBeforeOne" });
  });

  it("reads dates and coordinates typed in full width by a Japanese input method (review 32 F10)", () => {
    const next = updateEvent(draft(), 0, {
      start: "２０１６－１２－１５",
      end: "２０１６－１２－１６",
    });
    expect(next.events[0]?.errors).toEqual({});
    expect(draftDataset(next).events[0]).toMatchObject({ start: "2016-12-15", end: "2016-12-16" });
    const placed = updatePlace(next, 0, { latitude: "４３，５" });
    expect(placed.places[0]?.valid?.coordinates[1]).toBe(43.5);
  });

  it("reads a date written with 年, 月 and 日 as Japanese and Chinese makers write it (review 32 F10)", () => {
    const next = updateEvent(draft(), 0, { start: "2018年3月21日", end: "２０１８年１２月" });
    expect(next.events[0]?.errors).toEqual({});
    expect(draftDataset(next).events[0]).toMatchObject({ start: "2018-03-21", end: "2018-12" });
    expect(draftDataset(updateEvent(next, 0, { start: "2017年" })).events[0]?.start).toBe("2017");
    // Not a date in either form: refused, as typed.
    const wrong = updateEvent(next, 0, { start: "2018年13月" });
    expect(wrong.events[0]?.errors.start).toMatchObject({ code: "notADate" });
    expect(updateEvent(next, 0, { start: "3月21日" }).events[0]?.errors.start).toMatchObject({
      code: "notADate",
    });
  });

  it("says a quote needs its paragraph, where the paragraph is empty (review 34 F7)", () => {
    const next = updateEvent(draft(), 0, { quote: "A quoted sentence.", paragraph: "" });
    expect(next.events[0]?.errors.paragraph).toMatchObject({ code: "quoteNeedsParagraph" });
    // A paragraph that is not a number keeps the format's own message.
    const wrong = updateEvent(next, 0, { paragraph: "x" });
    expect(wrong.events[0]?.errors.paragraph?.code).not.toBe("quoteNeedsParagraph");
    expect(updateEvent(next, 0, { paragraph: "3" }).events[0]?.errors).toEqual({});
  });

  it("a typed link is stored without a label unless the maker gives it Link text: the reader's page names it in its own language", () => {
    const draft = draftFromDataset(smallDataset());
    const linked = updateEvent(draft, 0, { link: "https://example.com/talks" });
    expect(draftDataset(linked).events[0]?.links).toEqual([{ url: "https://example.com/talks" }]);
    // A label the dataset gave is the dataset's own: kept when the address is edited.
    const labelled = draftFromDataset({
      ...smallDataset(),
      events: smallDataset().events.map((event, i) =>
        i === 0 ? { ...event, links: [{ label: "Kremlin", url: "https://a.example" }] } : event,
      ),
    });
    // The dataset's label is the Link text field's, shown to the maker, who may change or clear it:
    // kept unseen, it named a link that now went elsewhere.
    expect(labelled.events[0]?.fields.linkLabel).toBe("Kremlin");
    const edited = updateEvent(labelled, 0, { link: "https://b.example" });
    expect(draftDataset(edited).events[0]?.links).toEqual([
      { label: "Kremlin", url: "https://b.example" },
    ]);
    const renamed = updateEvent(edited, 0, { linkLabel: "Transcript in English" });
    expect(draftDataset(renamed).events[0]?.links).toEqual([
      { label: "Transcript in English", url: "https://b.example" },
    ]);
    const cleared = updateEvent(renamed, 0, { linkLabel: " " });
    expect(draftDataset(cleared).events[0]?.links).toEqual([{ url: "https://b.example" }]);
    // Text for a link of its own: the event's first link is named by it.
    const given = updateEvent(linked, 0, { linkLabel: "The talks" });
    expect(draftDataset(given).events[0]?.links).toEqual([
      { label: "The talks", url: "https://example.com/talks" },
    ]);
    // Longer than the format allows, it is marked on its field; the last valid link stays.
    const long = updateEvent(given, 0, { linkLabel: "x".repeat(121) });
    expect(long.events[0]?.errors.linkLabel).toBeDefined();
    expect(draftDataset(long).events[0]?.links?.[0]?.label).toBe("The talks");
  });

  it("Link text without a link is a problem on the Link field, the text kept and the event still shown", () => {
    const typed = updateEvent(draft(), 0, { link: "", linkLabel: "The talks" });
    const event = typed.events[0];
    // The address is what is missing: the problem sits on Link, and quotes the words it would name.
    expect(event?.errors.link).toMatchObject({
      path: "events[0].links[0].url",
      code: "linkTextWithoutAddress",
      params: { text: { kind: "text", text: "The talks" } },
    });
    expect(event?.errors.linkLabel).toBeUndefined();
    // A notice, not a refusal: the event as typed is the one shown, and the words stay in the draft.
    expect(event?.fields.linkLabel).toBe("The talks");
    expect(event?.valid?.title).toBe(draft().events[0]?.fields.title);
    expect(draftDataset(typed).events[0]?.links).toBeUndefined();
    const linked = updateEvent(typed, 0, { link: "https://example.com/talks" });
    expect(linked.events[0]?.errors).toEqual({});
    expect(draftDataset(linked).events[0]?.links).toEqual([
      { label: "The talks", url: "https://example.com/talks" },
    ]);
    // Cleared text (or only spaces) with no link is no problem.
    expect(updateEvent(typed, 0, { linkLabel: " " }).events[0]?.errors).toEqual({});
    // A title edited meanwhile still shows: the notice does not hold the event back.
    const retitled = updateEvent(typed, 0, { title: "Retitled" });
    expect(draftDataset(retitled).events[0]?.title).toBe("Retitled");
    expect(retitled.events[0]?.errors.link).toMatchObject({ code: "linkTextWithoutAddress" });
  });

  it("maps nested messages to their field: quote paragraph, link", () => {
    let next = updateEvent(draft(), 0, { quote: "Something said", paragraph: "zero" });
    expect(next.events[0]?.errors.paragraph).toBeTruthy();
    next = updateEvent(next, 0, { paragraph: "2", link: "javascript:alert(1)" });
    expect(next.events[0]?.errors.paragraph).toBeUndefined();
    expect(next.events[0]?.errors.link).toMatchObject({ code: "notAWebUrl" });
  });

  it("clears the message once the field is right again", () => {
    const bad = updateEvent(draft(), 0, { start: "2018-13" });
    const good = updateEvent(bad, 0, { start: "2018-04" });
    expect(good.events[0]?.errors).toEqual({});
    expect(draftDataset(good).events[0]?.start).toBe("2018-04");
  });

  it("splits actors and tags on semicolons", () => {
    const next = updateEvent(draft(), 0, { actors: "Japan; Russia ;", tags: "" });
    expect(draftDataset(next).events[0]?.actors).toEqual(["Japan", "Russia"]);
    expect(draftDataset(next).events[0]?.tags).toEqual([]);
  });
});

describe("adding, duplicating, deleting", () => {
  // Review 37 R1: it was dated like its neighbour, valid at once, and a date typed then refused
  // left it in the story at that borrowed date.
  it("adds an event after the chosen one with no start: in the story only once its own date validates", () => {
    const { draft: added, index } = addEvent(draft(), 0, "New event");
    expect(index).toBe(1);
    expect(added.events[1]?.fields.start).toBe("");
    expect(added.events[1]?.valid).toBeNull();
    expect(draftDataset(added).events).toHaveLength(draft().events.length);
    const refused = updateEvent(added, 1, { start: "-0584" });
    expect(refused.events[1]?.valid).toBeNull();
    expect(draftDataset(refused).events).toHaveLength(draft().events.length);
    // A summary may be empty (imported stories often have none): a start alone makes it valid.
    const dated = updateEvent(added, 1, { start: "2017-06-15" });
    expect(dated.events[1]?.valid?.start).toBe("2017-06-15");
    expect(draftDataset(dated).events).toHaveLength(draft().events.length + 1);
    const written = updateEvent(dated, 1, { summary: "Something happened." });
    expect(draftDataset(written).events.find((e) => e.id === "new-event")?.summary).toBe(
      "Something happened.",
    );
  });

  it("gives each new event and copy an id of its own", () => {
    const once = addEvent(draft(), null, "New event").draft;
    const twice = addEvent(once, null, "New event").draft;
    expect(twice.events.at(-1)?.fields.id).toBe("new-event-2");
    const copy = duplicateEvent(draft(), 0);
    expect(copy.draft.events[1]?.fields.id).toBe("e-2018-03-21-copy");
    expect(draftDataset(copy.draft).events).toHaveLength(draft().events.length + 1);
  });

  it("deletes an event", () => {
    const next = deleteEvent(draft(), 0);
    expect(draftDataset(next).events.map((e) => e.id)).not.toContain("e-2018-03-21");
  });
});

describe("places", () => {
  it("adds a place at a position, named and valid", () => {
    const { draft: next, index } = addPlace(draft(), [140.12346, 40.98765], "New place");
    expect(next.places[index]?.valid?.coordinates).toEqual([140.1235, 40.9877]);
    expect(draftDataset(next).places).toHaveLength(4);
  });

  it("keeps the last valid position when a coordinate is mistyped", () => {
    const next = updatePlace(draft(), 0, { latitude: "95" });
    expect(next.places[0]?.errors.latitude).toMatchObject({
      code: "notALatitude",
      params: { value: { kind: "code", text: "95" } },
    });
    expect(draftDataset(next).places[0]?.coordinates).toEqual([139.69, 35.69]);
  });

  // A Russian phone's decimal keypad has only a comma; Number() took "0x2B" for 43.
  it("reads a decimal comma and a minus sign, and refuses hexadecimal and exponents", () => {
    const read = (latitude: string) => {
      const next = updatePlace(draft(), 0, { latitude });
      return next.places[0]?.errors.latitude ? "refused" : next.places[0]?.valid?.coordinates[1];
    };
    expect(read("43,5")).toBe(43.5);
    expect(read(" -12.25 ")).toBe(-12.25);
    expect(read("\u221212,5")).toBe(-12.5);
    expect(read(",5")).toBe(0.5);
    expect(read("0x2B")).toBe("refused");
    expect(read("1e1")).toBe("refused");
    expect(read("43,5,1")).toBe("refused");
    expect(read("")).toBe("refused");
  });

  it("carries a renamed place id into the events that name it", () => {
    const next = updatePlace(draft(), 0, { id: "tokyo-city" });
    const event = draftDataset(next).events.find((e) => e.id === "e-2018-03-21");
    expect(event?.places).toEqual(["tokyo-city"]);
  });

  it("edits a place's status and note, as the event's note is edited; cleared, they leave the place", () => {
    const dataset = smallDataset();
    const places = dataset.places.map((place, i) =>
      i === 0 ? { ...place, status: "Capital", note: "Seat of government." } : place,
    );
    const start = draftFromDataset({ ...dataset, places });
    // They were carried out of sight in `extra`: a maker could neither give them nor correct them.
    expect(start.places[0]?.fields).toMatchObject({
      status: "Capital",
      note: "Seat of government.",
    });
    expect(start.places[0]?.extra).toEqual({});
    const edited = updatePlace(start, 0, { status: "Capital of Japan", note: "" });
    expect(draftDataset(edited).places[0]).toEqual({
      ...places[0],
      status: "Capital of Japan",
      note: undefined,
    });
    expect(Object.keys(draftDataset(edited).places[0] ?? {})).not.toContain("note");
    const added = addPlace(edited, [1, 2], "New place");
    const given = updatePlace(added.draft, added.index, {
      status: "Claimed by both",
      note: "A note.",
    });
    expect(draftDataset(given).places.at(-1)).toMatchObject({
      status: "Claimed by both",
      note: "A note.",
    });
    // The format's limit is said on the field, the last valid status kept.
    const long = updatePlace(edited, 0, { status: "x".repeat(301) });
    expect(long.places[0]?.errors.status).toBeDefined();
    expect(draftDataset(long).places[0]?.status).toBe("Capital of Japan");
  });

  it("takes a deleted place out of its events", () => {
    expect(itemsNamingPlace(draft(), 0)).toEqual({ events: 2, undated: 0 });
    const next = deletePlace(draft(), 0);
    expect(draftDataset(next).events.find((e) => e.id === "e-2018-03-21")?.places).toEqual([]);
  });

  // Typed letter by letter, "tokyo-2" passed through "tokyo", and Tokyo's events went with it.
  it("moves no events from or to an id another place has", () => {
    const start = draft();
    const tokyo = start.places[0]?.fields.id ?? "";
    const eventsOf = (d: typeof start, id: string) =>
      draftDataset(d).events.filter((e) => e.places.includes(id)).length;
    const before = eventsOf(start, tokyo);
    expect(before).toBeGreaterThan(0);
    const added = addPlace(start, [1, 2], "New place");
    let typed = added.draft;
    for (const id of ["t", "to", "tok", "toky", tokyo, `${tokyo}-`, `${tokyo}-2`]) {
      typed = updatePlace(typed, added.index, { id });
    }
    expect(eventsOf(typed, tokyo)).toBe(before);
    expect(eventsOf(typed, `${tokyo}-2`)).toBe(0);
    // Deleted while it is typed as Tokyo's duplicate, it takes nothing from Tokyo's events.
    const duplicate = updatePlace(added.draft, added.index, { id: tokyo });
    expect(itemsNamingPlace(duplicate, added.index)).toEqual({ events: 0, undated: 0 });
    expect(eventsOf(deletePlace(duplicate, added.index), tokyo)).toBe(before);
  });

  it("takes a deleted place's last valid id out of its events while its field holds another", () => {
    const typing = updatePlace(draft(), 0, { id: "Not An Id!" });
    const next = deletePlace(typing, 0);
    expect(next.events.some((e) => e.fields.places.includes("tokyo"))).toBe(false);
  });
});

describe("ids", () => {
  it("a new place's id is a slug of its name", () => {
    const { draft: next, index } = addPlace(draft(), [1, 2], "Étorofu Island (択捉)");
    expect(next.places[index]?.fields.id).toBe("etorofu-island");
  });
  // The placeholder is in the page's language; the id is the same on every page.
  it("a new event, place or period named by a placeholder in another script gets an id of its own kind", () => {
    expect(addEvent(draft(), null, "新しい出来事").draft.events.at(-1)?.fields).toMatchObject({
      id: "new-event",
      title: "新しい出来事",
    });
    const place = addPlace(draft(), [1, 2], "Новое место");
    expect(place.draft.places[place.index]?.fields).toMatchObject({
      id: "new-place",
      name: "Новое место",
    });
    const period = addPeriod(draft(), "2017", "2018", "新时期");
    expect(period.draft.periods[period.index]?.fields).toMatchObject({
      id: "new-period",
      title: "新时期",
    });
  });
  it("an id an earlier item of its kind has is found, and its item left out of the story", () => {
    const one = addPeriod(draft(), "2016", "2017", "First").draft;
    const start = addPeriod(one, "2017", "2018", "Second").draft;
    const first = start.events[0]?.valid?.id ?? "";
    const place = start.places[0]?.valid?.id ?? "";
    const period = start.periods[0]?.valid?.id ?? "";
    let edited = updateEvent(start, 2, { id: first });
    edited = updatePlace(edited, 1, { id: place });
    edited = updatePeriod(edited, 1, { id: period });
    expect(duplicateIdOf(edited, "events", 2)).toBe(first);
    expect(duplicateIdOf(edited, "events", 0)).toBeNull();
    expect(duplicateIdOf(edited, "places", 1)).toBe(place);
    expect(duplicateIdOf(edited, "periods", 1)).toBe(period);
    expect([...duplicateIndexes(edited, "events")]).toEqual([2]);
    expect([...duplicateIndexes(edited, "places")]).toEqual([1]);
    expect([...duplicateIndexes(edited, "periods")]).toEqual([1]);
    // What the forms say is what the story does: exactly those items are missing from it.
    const story = draftDataset(edited);
    expect(story.events).toHaveLength(edited.events.length - 1);
    expect(story.events.filter((event) => event.id === first)).toHaveLength(1);
    expect(story.places).toHaveLength(edited.places.length - 1);
    expect(story.periods).toHaveLength(edited.periods.length - 1);
    // An id of its own again: nothing to say.
    const fixed = updateEvent(edited, 2, { id: "its-own" });
    expect(duplicateIdOf(fixed, "events", 2)).toBeNull();
    expect(duplicateIndexes(fixed, "events").size).toBe(0);
  });

  it("uniqueId counts up", () => {
    expect(uniqueId("a", new Set(["a", "a-2"]))).toBe("a-3");
  });
});

describe("the story's title", () => {
  // Cleared, the field used to snap back to the old title: the draft refused a blank one.
  it("cleared, shows empty with parseDataset's message, while the story keeps its last valid title", () => {
    const cleared = setTitle(draft(), "");
    expect(titleField(cleared)).toMatchObject({
      value: "",
      error: { path: "meta.title", code: "empty" },
    });
    expect(draftDataset(cleared).meta.title).toBe(smallDataset().meta.title);
    expect(storyNeeds(cleared)).toEqual([{ kind: "title" }]);
    // Spaces only are no title either; typing one again is the story's title at once.
    expect(titleField(setTitle(cleared, "   "))).toMatchObject({
      value: "   ",
      error: { code: "empty" },
    });
    const named = setTitle(cleared, "Fishing rights");
    expect(titleField(named)).toEqual({ value: "Fishing rights" });
    expect(draftDataset(named).meta.title).toBe("Fishing rights");
    expect(storyNeeds(named)).toEqual([]);
  });

  it("too long for the format, is kept as typed with its message", () => {
    const long = "x".repeat(161);
    const next = setTitle(draft(), long);
    expect(titleField(next)).toMatchObject({ value: long, error: { path: "meta.title" } });
    expect(draftDataset(next).meta.title).toBe(smallDataset().meta.title);
  });
});

describe("a new story", () => {
  const shipped = {
    ...smallDataset(),
    meta: {
      title: "Shipped",
      source: { title: "An article", publication: "A paper", date: "2018-04-02" },
      licence: "CC BY",
    },
  };

  it("starts blank: its placeholder title, no places, periods or source, one empty event", () => {
    const { draft: story, index } = newStoryDraft("Untitled story");
    expect(index).toBe(0);
    // Nothing of the story on show: its source and licence are not the author's.
    expect(story.meta).toEqual({ title: "Untitled story" });
    expect(story.basedOn).toBe("");
    expect(story.sourceText).toBe("");
    expect(story.places).toEqual([]);
    expect(story.periods).toEqual([]);
    expect(story.events).toHaveLength(1);
    expect(story.events[0]?.fields).toMatchObject({ id: "new-event", title: "", start: "" });
    expect(story.events[0]?.valid).toBeNull();
    expect(draftDataset(story).events).toEqual([]);
    expect(draftFromDataset(shipped).meta.source).toBeDefined();
  });

  it("says what it still needs: a title, then a complete event; nothing once they are there", () => {
    let story = newStoryDraft("Untitled story").draft;
    expect(storyNeeds(story)).toEqual([
      { kind: "title" },
      { kind: "event", index: 0, fields: ["title", "start"] },
    ]);
    story = setTitle(story, "Fishing rights, 1956–2018");
    expect(storyNeeds(story)).toEqual([{ kind: "event", index: 0, fields: ["title", "start"] }]);
    story = updateEvent(story, 0, { title: "A treaty" });
    expect(storyNeeds(story)).toEqual([{ kind: "event", index: 0, fields: ["start"] }]);
    story = updateEvent(story, 0, { start: "1956-10-19" });
    expect(storyNeeds(story)).toEqual([]);
    expect(draftDataset(story).events.map((e) => e.title)).toEqual(["A treaty"]);
  });

  it("a story with every event deleted needs one; an edited story needs no title", () => {
    expect(storyNeeds(draftFromDataset(shipped))).toEqual([]);
    expect(storyNeeds(deleteEvent(newStoryDraft("Untitled").draft, 0))).toEqual([
      { kind: "title" },
      { kind: "noEvents" },
    ]);
  });
});

describe("periods", () => {
  const era: Period = {
    id: "cold-war",
    title: "Cold War",
    start: "1947",
    end: "1991-12",
    i18n: { ja: { title: "冷戦" } },
  };
  const withEra = () => draftFromDataset({ ...smallDataset(), periods: [era] });

  it("come back from the draft as the dataset had them, translations included", () => {
    expect(draftDataset(withEra()).periods).toEqual([era]);
    expect(withEra().periods[0]?.fields).toEqual({
      id: "cold-war",
      title: "Cold War",
      start: "1947",
      end: "1991-12",
      note: "",
    });
  });

  it("are added, valid at once, with an id of their own", () => {
    const once = addPeriod(withEra(), "2017-01-01", "2017-12-31", "New period");
    expect(once.index).toBe(1);
    expect(draftDataset(once.draft).periods[1]).toEqual({
      id: "new-period",
      title: "New period",
      start: "2017-01-01",
      end: "2017-12-31",
    });
    expect(addPeriod(once.draft, "2017", "2018", "New period").draft.periods[2]?.fields.id).toBe(
      "new-period-2",
    );
  });

  it("show an edit at once: title, dates, note", () => {
    const next = updatePeriod(withEra(), 0, { title: "Détente", end: "1979", note: "Historians" });
    expect(draftDataset(next).periods[0]).toMatchObject({
      title: "Détente",
      end: "1979",
      note: "Historians",
      i18n: { ja: { title: "冷戦" } },
    });
  });

  it("keep the last valid band when a date is not one, with parseDataset's message", () => {
    const next = updatePeriod(withEra(), 0, { start: "1947-13" });
    expect(next.periods[0]?.fields.start).toBe("1947-13");
    expect(next.periods[0]?.errors.start).toMatchObject({ code: "notADate" });
    expect(draftDataset(next).periods[0]?.start).toBe("1947");
  });

  it("mark an end before the start on the end, and keep the last valid band", () => {
    const next = updatePeriod(withEra(), 0, { end: "1946" });
    expect(next.periods[0]?.errors.end).toMatchObject({ code: "endBeforeStart" });
    expect(next.periods[0]?.errors.start).toBeUndefined();
    expect(draftDataset(next).periods[0]?.end).toBe("1991-12");
    const fixed = updatePeriod(next, 0, { end: "" });
    expect(fixed.periods[0]?.errors).toEqual({});
    expect(draftDataset(fixed).periods[0]?.end).toBeUndefined();
  });

  it("say an end before the start beside another field's problem (review 22 L2)", () => {
    const next = updatePeriod(withEra(), 0, { title: "", end: "1946" });
    expect(next.periods[0]?.errors.title).toMatchObject({ code: "empty" });
    expect(next.periods[0]?.errors.end).toMatchObject({
      code: "endBeforeStart",
      path: "periods[0].end",
    });
    // A date that is not one is that date's problem alone.
    const bad = updatePeriod(withEra(), 0, { title: "", start: "1947-13", end: "1946" });
    expect(bad.periods[0]?.errors.start).toMatchObject({ code: "notADate" });
    expect(bad.periods[0]?.errors.end).toBeUndefined();
  });

  it("a new period that never validated is not shown; a deleted one goes", () => {
    const added = addPeriod(withEra(), "2017-13", "2018", "New period");
    expect(added.draft.periods[1]?.valid).toBeNull();
    expect(draftDataset(added.draft).periods).toEqual([era]);
    expect(draftDataset(deletePeriod(withEra(), 0)).periods).toEqual([]);
  });

  it("two periods with one id: the later is left out of the dataset", () => {
    const added = addPeriod(withEra(), "2017", "2018", "New period");
    const same = updatePeriod(added.draft, 1, { id: "cold-war" });
    expect(draftDataset(same).periods.map((p) => p.title)).toEqual(["Cold War"]);
  });
});

describe("validateEvent", () => {
  it("checks the places the event names, not every place of the draft (review 16: 58 s at 10,000 events)", () => {
    const dataset = smallDataset();
    const event = dataset.events.find((e) => e.places.length > 0);
    if (!event) throw new Error("the fixture has an event with a place");
    // A place the event does not name, which throws if read past its id.
    const unread = Object.defineProperty({ id: "far-away" }, "name", {
      get() {
        throw new Error("an unnamed place was read");
      },
    }) as unknown as (typeof dataset.places)[number];
    const checked = validateEvent(eventFields(event), [...dataset.places, unread], null);
    expect(checked.errors).toEqual({});
    expect(checked.valid?.places).toEqual(event.places);
    // A place named but not in the draft is still said.
    const missing = validateEvent(
      { ...eventFields(event), places: ["nowhere"] },
      dataset.places,
      null,
    );
    expect(missing.errors.places?.path).toMatch(/places/);
  });

  it("says an end before the start beside an empty title (review 22 L2)", () => {
    const event = smallDataset().events[0];
    if (!event) throw new Error("the fixture has an event");
    const fields = { ...eventFields(event), start: "2018-05", end: "2018-04", title: "" };
    const checked = validateEvent(fields, [], null);
    expect(checked.errors.title).toMatchObject({ code: "empty" });
    expect(checked.errors.end).toMatchObject({ code: "endBeforeStartIgnored" });
    // Days too.
    const close = validateEvent({ ...fields, start: "2018-05-10", end: "2018-05-01" }, [], null);
    expect(close.errors.end).toMatchObject({ code: "endBeforeStartIgnored" });
  });
});

describe("editing an imported story (review 31)", () => {
  /** The small dataset with its first event replaced by `first`'s fields over it. */
  const withFirst = (first: Partial<DatasetEvent>) => {
    const dataset = smallDataset();
    const [head, ...rest] = dataset.events;
    if (!head) throw new Error("no event");
    return draftFromDataset({ ...dataset, events: [{ ...head, ...first }, ...rest] });
  };
  const firstEvent = (d: ReturnType<typeof draft>) => draftDataset(d).events[0];

  it("F1: an edited summary replaces the imported rich text shown in its place; unchanged, it stays", () => {
    const start = withFirst({
      summary: "Eagle has landed",
      body: "<p>Eagle has <em>landed</em></p>",
    });
    // The reader saw the body, never the summary typed over it.
    const edited = updateEvent(start, 0, { summary: "Armstrong steps onto the Moon" });
    expect(firstEvent(edited)?.body).toBeUndefined();
    expect(firstEvent(edited)?.summary).toBe("Armstrong steps onto the Moon");
    // Another field edited, or the summary's spaces only: the body is still the event's text.
    const retitled = updateEvent(start, 0, { title: "Moon landing", summary: "Eagle has landed " });
    expect(firstEvent(retitled)?.body).toBe("<p>Eagle has <em>landed</em></p>");
  });

  it("F2: a changed start or end drops the imported date text; unchanged dates keep it", () => {
    const start = withFirst({ start: "1943-04", displayDate: "Spring 1943", approximate: true });
    // "Spring 1943" was still shown and downloaded for an event now dated 9 May 1944.
    const moved = updateEvent(start, 0, { start: "1944-05-09", approximate: false });
    expect(firstEvent(moved)?.start).toBe("1944-05-09");
    expect(firstEvent(moved)?.displayDate).toBeUndefined();
    const ended = updateEvent(start, 0, { end: "1943-06" });
    expect(firstEvent(ended)?.displayDate).toBeUndefined();
    // Typed through a date that is none yet, then back to the same: the text still describes it.
    const typing = updateEvent(start, 0, { start: "1943-0" });
    expect(firstEvent(typing)?.displayDate).toBe("Spring 1943");
    const back = updateEvent(typing, 0, { start: "1943-04", title: "Spring offensive" });
    expect(firstEvent(back)?.displayDate).toBe("Spring 1943");
    expect(firstEvent(updateEvent(start, 0, { summary: "Edited" }))?.displayDate).toBe(
      "Spring 1943",
    );
  });

  it("F3: replacing or clearing the first link keeps the event's other links", () => {
    const first = { label: "Первая", url: "https://a.example.org/x" };
    const second = { label: "Вторая", url: "https://b.example.org/y" };
    const start = withFirst({ links: [first, second] });
    // Cleared (Ctrl+A, Backspace), then a new address typed letter by letter: the second link
    // was taken for the first and dropped.
    let typed = updateEvent(start, 0, { link: "" });
    expect(firstEvent(typed)?.links).toEqual([second]);
    for (const link of ["h", "https://new.example.org/z"]) typed = updateEvent(typed, 0, { link });
    expect(firstEvent(typed)?.links).toEqual([
      { label: "Первая", url: "https://new.example.org/z" },
      second,
    ]);
    // Cleared, then another field edited: the other link stays.
    const cleared = updateEvent(updateEvent(start, 0, { link: "", linkLabel: "" }), 0, {
      title: "Meeting in Tokyo",
    });
    expect(firstEvent(cleared)?.links).toEqual([second]);
  });

  it("F3: a stored draft keeps the other links apart, and one stored before reads them back", () => {
    const second = { url: "https://b.example.org/y" };
    const start = withFirst({ links: [{ url: "https://a.example.org/x" }, second] });
    const cleared = updateEvent(start, 0, { link: "" });
    const restored = restoreDraft(JSON.parse(JSON.stringify(serialiseDraft(cleared, 1))));
    if (!restored.ok) throw new Error(restored.reason.key);
    const typed = updateEvent(restored.draft, 0, { link: "https://c.example.org/" });
    expect(firstEvent(typed)?.links).toEqual([{ url: "https://c.example.org/" }, second]);
    // Stored before `otherLinks`: with Link empty, the last valid form's links are all others.
    const older = JSON.parse(JSON.stringify(serialiseDraft(cleared, 1)));
    delete older.draft.events[0].otherLinks;
    const reread = restoreDraft(older);
    if (!reread.ok) throw new Error(reread.reason.key);
    expect(reread.draft.events[0]?.otherLinks).toEqual([second]);
  });

  it('F4: an actor or tag with a ";" survives an edit of another field, and can be typed', () => {
    const start = withFirst({ actors: ["Smith; Jones", "Russia"], tags: ["a;b", "c"] });
    // Shown escaped, as our CSV writes it.
    expect(start.events[0]?.fields.actors).toBe("Smith\\; Jones; Russia");
    const retitled = updateEvent(start, 0, { title: "Row one" });
    expect(firstEvent(retitled)?.actors).toEqual(["Smith; Jones", "Russia"]);
    expect(firstEvent(retitled)?.tags).toEqual(["a;b", "c"]);
    const typed = updateEvent(start, 0, { actors: "Foreign Ministry\\; Japan; Russia" });
    expect(firstEvent(typed)?.actors).toEqual(["Foreign Ministry; Japan", "Russia"]);
  });

  const undated: UndatedItem[] = [
    {
      id: "slide-1",
      title: "A walk in {tokyo}",
      places: ["tokyo"],
      actors: [],
      tags: [],
      summary: "",
      i18n: { ja: { title: "{tokyo}を歩く" } },
    },
    { id: "slide-2", title: "Elsewhere", places: ["moscow"], actors: [], tags: [], summary: "" },
  ];
  const withUndated = () => draftFromDataset({ ...smallDataset(), undated });

  it("F5: a renamed place follows into the undated items that name it", () => {
    const next = updatePlace(withUndated(), 0, { id: "tokyo-x" });
    expect(draftDataset(next).undated?.[0]).toMatchObject({
      places: ["tokyo-x"],
      title: "A walk in {tokyo-x}",
      i18n: { ja: { title: "{tokyo-x}を歩く" } },
    });
    expect(draftDataset(next).undated?.[1]).toEqual(undated[1]);
  });

  it("F5: a deleted place leaves the undated items that named it, and they are counted", () => {
    const start = withUndated();
    // Two events and one undated item name Tokyo: counted apart, an undated item is no event.
    expect(itemsNamingPlace(start, 0)).toEqual({ events: 2, undated: 1 });
    const next = deletePlace(start, 0);
    expect(draftDataset(next).undated?.[0]).toMatchObject({ places: [], title: "A walk in Tokyo" });
  });

  it("F6: a renamed place id follows into the titles' {place-id}, translations included", () => {
    const dataset = smallDataset();
    const events = dataset.events.map((event) =>
      event.id === "e-2018-01" ? { ...event, i18n: { ja: { title: "{iturup}の空港" } } } : event,
    );
    const start = draftFromDataset({ ...dataset, events });
    const index = start.events.findIndex((event) => event.fields.id === "e-2018-01");
    const renamed = updatePlace(start, 2, { id: "iturup-island" });
    const event = draftDataset(renamed).events.find((e) => e.id === "e-2018-01");
    // It said "{iturup} does not name a place" and fell off the map.
    expect(renamed.events[index]?.errors).toEqual({});
    expect(event).toMatchObject({
      title: "Airport on {iturup-island}",
      places: ["iturup-island"],
      i18n: { ja: { title: "{iturup-island}の空港" } },
    });
    // Not the author's edit: the translations are not said to be the earlier title's.
    expect(renamed.events[index]?.basis?.title).toBe("Airport on {iturup-island}");
    // Deleted, the token becomes the place's name, and validates.
    const deleted = deletePlace(start, 2);
    expect(deleted.events[index]?.errors).toEqual({});
    expect(draftDataset(deleted).events.find((e) => e.id === "e-2018-01")?.title).toBe(
      "Airport on Etorofu / Iturup",
    );
  });

  it("F6: a title may name a place as {place-id} that its places do not list", () => {
    const next = updateEvent(draft(), 0, { title: "Visit to {moscow}" });
    expect(next.events[0]?.errors).toEqual({});
  });

  it("F7: a moved place takes its outline with it", () => {
    const dataset = smallDataset();
    const ring: [number, number][] = [
      [147, 45],
      [148, 45],
      [148, 45.5],
      [147, 45],
    ];
    const places = dataset.places.map((place) =>
      place.id === "iturup"
        ? { ...place, geometry: { type: "Polygon" as const, coordinates: [ring] } }
        : place,
    );
    const start = draftFromDataset({ ...dataset, places });
    // Typed digit by digit, through a coordinate that is none: it ends where typing at once does.
    let moved = start;
    for (const longitude of ["1", "10", "10.83"]) moved = updatePlace(moved, 2, { longitude });
    moved = updatePlace(moved, 2, { latitude: "-" });
    moved = updatePlace(moved, 2, { latitude: "50.05" });
    const place = draftDataset(moved).places[2];
    expect(place?.coordinates).toEqual([10.83, 50.05]);
    expect(place?.geometry).toEqual({
      type: "Polygon",
      coordinates: [
        [
          [10, 50],
          [11, 50],
          [11, 50.5],
          [10, 50],
        ],
      ],
    });
    // Taken over the world's edge, it cannot be drawn: dropped.
    const edge = updatePlace(start, 2, { latitude: "89.9" });
    expect(draftDataset(edge).places[2]?.geometry).toBeUndefined();
    expect(draftDataset(edge).places[2]?.coordinates).toEqual([147.83, 89.9]);
  });
});
