import { beforeAll, describe, expect, it } from "vitest";
import { utc } from "../data/dates";
import type { Dataset } from "../data/schema";
import { loadLanguage } from "../i18n/i18n";
import { isolate } from "../i18n/isolate";
import { createAppStore } from "../store/appStore";
import { event, TOKYO } from "../test/fixtures";
import { pictureFileName, pictureFooter, pictureHeading, picturePlan } from "./picture";

const dataset: Dataset = {
  meta: {
    title: "Ties",
    source: {
      title: "Chilly ties",
      author: "Cai Hong",
      publication: "China Daily",
      date: "2018-04-02",
    },
    i18n: {
      ja: { title: "日露関係", labels: { Japan: "日本", Russia: "ロシア" } },
      ru: { title: "Отношения", labels: { Japan: "Япония", Russia: "Россия" } },
    },
  },
  places: [TOKYO],
  periods: [],
  events: [
    event("summit", "2018-04-15", {
      title: "A summit",
      approximate: true,
      places: ["tokyo"],
      actors: ["Japan"],
      i18n: { ja: { title: "首脳会談" } },
    }),
    event("visit", "2018-03-21", { actors: ["Russia", "Japan"] }),
    event("talks", "2018-02-01", { actors: ["Japan"] }),
    event("aside", "2018-01-10"),
  ],
};

function storeIn(lang: "en" | "ja" | "ru") {
  const store = createAppStore();
  store.getState().datasetLoaded(dataset, { kind: "default" }, []);
  store.getState().selectEvent("summit");
  store.getState().setTimeWindow({ start: utc(2017, 11), end: utc(2018, 5) });
  store.getState().setLang(lang);
  return store;
}

describe("pictureHeading", () => {
  beforeAll(() => Promise.all([loadLanguage("ja"), loadLanguage("ru")]));

  it("titles the picture in the page's language, the date worded as the app words it", () => {
    expect(pictureHeading(storeIn("en").getState())).toEqual({
      title: "Ties",
      subtitle: `${isolate("A summit")} — c. mid-April 2018`,
    });
    expect(pictureHeading(storeIn("ja").getState())).toEqual({
      title: "日露関係",
      subtitle: `${isolate("首脳会談")} — 2018年4月中旬頃`,
    });
  });

  it("names the picture's file by the title it shows, in the page's language", () => {
    expect(pictureFileName(storeIn("en").getState())).toBe("ties.png");
    expect(pictureFileName(storeIn("ja").getState())).toBe("日露関係.png");
    expect(pictureFileName(storeIn("ru").getState())).toBe("отношения.png");
  });
});

/** The source's parts, each isolated (a right-to-left one keeps the date after it whole). */
const cited = (separator: string) =>
  ["Chilly ties", "Cai Hong", "China Daily"].map(isolate).join(separator);

describe("pictureFooter", () => {
  it("cites the source with its date as the page writes it (its parts joined with 、 in Japanese, as the About panel does), and credits the map, in the page's language", () => {
    expect(pictureFooter(storeIn("en").getState(), "Natural Earth")).toEqual({
      source: `Source: ${cited(", ")}, 2 April 2018`,
      attribution: "Map: Natural Earth",
    });
    expect(pictureFooter(storeIn("ja").getState(), "Natural Earth")).toEqual({
      source: `出典：${cited("、")}、2018年4月2日`,
      attribution: "地図：Natural Earth",
    });
    expect(pictureFooter(storeIn("ru").getState(), "Natural Earth")).toEqual({
      source: `Источник: ${cited(", ")}, 2 апреля 2018 г.`,
      attribution: "Карта: Natural Earth",
    });
  });
});

describe("picturePlan", () => {
  it("names the page's lanes and months in the page's language", () => {
    const plan = picturePlan(storeIn("ja").getState(), "Natural Earth", 2.5);
    expect(plan.lanes.map((lane) => lane.label)).toEqual(["日本", "ロシア", "その他"]);
    const ticks = plan.timeline?.ticks.map((tick) => tick.label) ?? [];
    expect(ticks).toContain("4月");
    expect(ticks.filter((label) => /[A-Za-z]/.test(label))).toEqual([]);
    expect(plan.noMap).toBe("このブラウザーでは地図を描けませんでした。");

    const russian = picturePlan(storeIn("ru").getState(), "Natural Earth", 2.5);
    expect(russian.lanes.map((lane) => lane.label)).toEqual(["Япония", "Россия", "Прочее"]);
    expect(russian.timeline?.ticks.some((tick) => tick.label.startsWith("апр"))).toBe(true);
  });

  it("puts each event of the window in its lane, the selected one marked", () => {
    const plan = picturePlan(storeIn("en").getState(), "Natural Earth", 2.5);
    expect(plan.lanes.map((lane) => lane.label)).toEqual(["Japan", "Russia", "Other"]);
    expect(plan.timeline?.marks.map((mark) => [mark.lane, mark.selected])).toEqual([
      [2, false],
      [0, false],
      [1, false],
      [0, true],
    ]);
    expect((plan.layout.map?.width ?? 0) / (plan.layout.map?.height ?? 1)).toBeCloseTo(2.5, 6);
    expect(plan.colourVars).toHaveLength(3);
  });

  // Review 29 F1, F2: the last story's map, or "The map could not be drawn", and its credit.
  it("has no map and no map credit for a story the page shows no map for", () => {
    const store = createAppStore();
    store
      .getState()
      .datasetLoaded(
        { ...dataset, places: [], events: dataset.events.map((e) => ({ ...e, places: [] })) },
        { kind: "default" },
        [],
      );
    store.getState().setTimeWindow({ start: utc(2017, 11), end: utc(2018, 5) });
    for (const aspect of [2.5, 0]) {
      const plan = picturePlan(store.getState(), "Natural Earth", aspect);
      expect(plan.layout.map).toBeNull();
      expect(plan.footer.attribution).toBe("");
      expect(plan.footer.source).toMatch(/^Source: /);
      expect(plan.timeline?.marks).toHaveLength(4);
    }
    // With places, the map and its credit.
    const withPlaces = picturePlan(storeIn("en").getState(), "Natural Earth", 2.5);
    expect(withPlaces.layout.map).not.toBeNull();
    expect(withPlaces.footer.attribution).toBe("Map: Natural Earth");
  });

  it("leaves out the lanes a filter empties, as the page does, each kept lane in its page colour", () => {
    const store = storeIn("en");
    store.getState().setActors(["Russia"]);
    const plan = picturePlan(store.getState(), "Natural Earth", 2.5);
    // An empty Japan and Other lane were drawn beside the one event shown.
    expect(plan.lanes.map((lane) => lane.label)).toEqual(["Russia"]);
    expect(plan.colourVars).toEqual(["--lane-russia"]);
    expect(plan.timeline?.marks.map((mark) => mark.lane)).toEqual([0]);
  });
});
