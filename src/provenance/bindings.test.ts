import { afterEach, describe, expect, it, vi } from "vitest";
import { createAppStore } from "../store/appStore";
import { smallDataset } from "../test/fixtures";
import { titleFor } from "../ui/documentTitle";
import { announceOrigin } from "./announceOrigin";
import { bindQuoteCheck, selectQuoteCheck } from "./browserQuoteCheck";
import { quoteMark } from "./quoteMark";

const PAGE = "https://maps.example.org";

/** smallDataset with its first event quoting the text below, and its second quoting nothing in it. */
function quotedDataset(text?: string) {
  const dataset = smallDataset();
  dataset.meta = { title: "Quoted", source: { title: "An article", ...(text ? { text } : {}) } };
  const [first, second] = dataset.events;
  if (!first || !second) throw new Error("fixture changed");
  first.quote = { text: "the first paragraph", paragraph: 1 };
  second.quote = { text: "words nobody wrote", paragraph: 1 };
  return dataset;
}
const ARTICLE = "Headline\n\nThis is the first paragraph.";

afterEach(() => vi.unstubAllGlobals());

describe("the tab title", () => {
  it("carries another dataset's origin, and not the shipped one's", () => {
    const store = createAppStore();
    store.getState().datasetLoaded(smallDataset(), { kind: "default" }, []);
    expect(titleFor(store, "x", PAGE)).toBe("Test dataset");
    store
      .getState()
      .datasetLoaded(smallDataset(), { kind: "url", url: "https://example.org/a.json" }, []);
    store.getState().selectEvent("e-1945");
    expect(titleFor(store, "x", PAGE)).toMatch(
      / — Test dataset \(data from example\.org, not this site's\)$/,
    );
  });
});

describe("announceOrigin", () => {
  it("says where a dataset comes from once, when it opens", () => {
    const store = createAppStore();
    announceOrigin(store, PAGE);
    store.getState().datasetLoaded(smallDataset(), { kind: "default" }, []);
    expect(store.getState().announcement.text).toBe("");
    store.getState().datasetLoaded(smallDataset(), { kind: "file", name: "mine.json" }, []);
    expect(store.getState().announcement).toEqual({
      text: "Opened “Test dataset”. A file from your computer (not shared).",
      seq: 1,
    });
    store.getState().selectEvent("e-1945");
    expect(store.getState().announcement.seq).toBe(1);
    // A draft is announced when editing starts, not at every edit that re-indexes it.
    store.getState().datasetLoaded(smallDataset(), { kind: "draft" }, []);
    store.getState().datasetLoaded(smallDataset(), { kind: "draft" }, []);
    expect(store.getState().announcement).toEqual({
      text: "Opened “Test dataset”. Your draft (not published).",
      seq: 2,
    });
  });
});

describe("bindQuoteCheck", () => {
  it("checks quotes against a source text on the dataset's origin", async () => {
    const fetch = vi.fn(async () => new Response(ARTICLE));
    vi.stubGlobal("fetch", fetch);
    const store = createAppStore();
    bindQuoteCheck(store, PAGE);
    const source = { kind: "url", url: "https://news.example.com/d/x.json" } as const;
    store.getState().datasetLoaded(quotedDataset("article.txt"), source, []);
    expect(selectQuoteCheck(store.getState()).kind).toBe("checking");
    await vi.waitFor(() => expect(selectQuoteCheck(store.getState()).kind).toBe("checked"));
    expect(fetch).toHaveBeenCalledWith("https://news.example.com/d/article.txt", {
      credentials: "same-origin",
    });
    const [first, second] = store.getState().index?.dataset.events ?? [];
    const check = selectQuoteCheck(store.getState());
    expect(quoteMark(check, first?.id ?? "").status).toBe("checked");
    expect(quoteMark(check, second?.id ?? "").status).toBe("mismatch");
  });

  it("never checks a text elsewhere, nor a dataset without one", () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    const store = createAppStore();
    bindQuoteCheck(store, PAGE);
    const source = { kind: "url", url: "https://news.example.com/x.json" } as const;
    store.getState().datasetLoaded(quotedDataset("https://maps.example.org/a.txt"), source, []);
    expect(selectQuoteCheck(store.getState())).toEqual({
      kind: "not-checked",
      reason: "quoteReason.otherSite",
    });
    store.getState().datasetLoaded(quotedDataset(), source, []);
    expect(selectQuoteCheck(store.getState()).kind).toBe("not-checked");
    expect(fetch).not.toHaveBeenCalled();
  });
});
