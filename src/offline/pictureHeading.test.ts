import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../data/schema";
import { loadLanguage } from "../i18n/i18n";
import { createAppStore } from "../store/appStore";
import { event, TOKYO } from "../test/fixtures";
import { pictureHeading } from "./picture";

const dataset: Dataset = {
  meta: { title: "Ties", i18n: { ja: { title: "日露関係" } } },
  places: [TOKYO],
  periods: [],
  events: [
    event("summit", "2018-04-15", {
      title: "A summit",
      approximate: true,
      places: ["tokyo"],
      i18n: { ja: { title: "首脳会談" } },
    }),
  ],
};

describe("pictureHeading", () => {
  beforeAll(() => loadLanguage("ja"));

  it("titles the picture in the page's language, the date worded as the app words it", () => {
    const store = createAppStore();
    store.getState().datasetLoaded(dataset, { kind: "default" }, []);
    store.getState().selectEvent("summit");
    expect(pictureHeading(store.getState())).toEqual({
      title: "Ties",
      subtitle: "A summit — c. mid-April 2018",
    });
    store.getState().setLang("ja");
    expect(pictureHeading(store.getState())).toEqual({
      title: "日露関係",
      subtitle: "首脳会談 — 2018年4月中旬頃",
    });
  });
});
