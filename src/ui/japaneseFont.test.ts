// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { hasJapanese } from "./japaneseFont";

/** How many times the stylesheet was fetched; `failNext` makes the next fetch fail. */
let fetches = 0;
let failNext = false;

/** Roots handed to the Chinese check once Japanese is seen. */
let beyond: HTMLElement[] = [];

/**
 * A fresh module (nothing asked for yet) over a fresh stylesheet. The Chinese check is a stub:
 * the real one imports the stylesheet too, and a slow machine (CI) ran that import after the next
 * test's reset, counting a fetch in a test that expects none.
 */
async function fresh() {
  vi.resetModules();
  vi.doMock("./beyondJapanese", () => ({
    watchBeyondJapanese: (root: HTMLElement) => {
      beyond.push(root);
    },
  }));
  vi.doMock("@fontsource/noto-sans-jp/400.css", () => {
    fetches++;
    if (failNext) {
      failNext = false;
      throw new Error("offline");
    }
    return {};
  });
  return import("./japaneseFont");
}

/** Let mutation records and dynamic imports settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

let root: HTMLElement;

beforeEach(() => {
  fetches = 0;
  failNext = false;
  beyond = [];
  root = document.createElement("main");
  document.body.append(root);
});

afterEach(() => {
  document.body.replaceChildren();
});

describe("hasJapanese", () => {
  it("finds kana and kanji, in full and half width", () => {
    expect(hasJapanese("択捉島")).toBe(true);
    expect(hasJapanese("えとろふ")).toBe(true);
    expect(hasJapanese("Island エトロフ")).toBe(true);
    expect(hasJapanese("ｴﾄﾛﾌ")).toBe(true);
  });

  it("finds none in Latin, Cyrillic or Korean text", () => {
    expect(hasJapanese("Iturup")).toBe(false);
    expect(hasJapanese("Итуруп")).toBe(false);
    expect(hasJapanese("서울")).toBe(false);
    expect(hasJapanese("")).toBe(false);
  });
});

describe("loadJapaneseFont", () => {
  it("fetches the stylesheet once, and again only after a failure", async () => {
    const { loadJapaneseFont } = await fresh();
    failNext = true;
    loadJapaneseFont();
    // Waited for, not a fixed while: on a loaded CI machine an import can take longer.
    await vi.waitFor(() => expect(fetches).toBe(1));
    await settle();
    loadJapaneseFont();
    await vi.waitFor(() => expect(fetches).toBe(2));
    loadJapaneseFont();
    await settle();
    expect(fetches).toBe(2);
  });
});

describe("watchForJapanese", () => {
  it("loads the font at once when the page already shows Japanese", async () => {
    root.innerHTML = "<h1>択捉島</h1>";
    const { watchForJapanese } = await fresh();
    watchForJapanese(root);
    await vi.waitFor(() => expect(fetches).toBe(1));
    await vi.waitFor(() => expect(beyond).toEqual([root]));
  });

  it("waits for Japanese outside the language switch's own names", async () => {
    root.innerHTML = `<nav data-font-exempt><button>日本語</button></nav><p>Iturup</p>`;
    const { watchForJapanese } = await fresh();
    watchForJapanese(root);
    root.append(Object.assign(document.createElement("p"), { textContent: "Kurils" }));
    const exempt = document.createElement("span");
    exempt.dataset.fontExempt = "";
    exempt.textContent = "中文";
    root.append(exempt);
    root.querySelector("nav")?.append(document.createTextNode("日本語"));
    const wrapped = document.createElement("div");
    wrapped.innerHTML = `<span data-font-exempt>日本語</span> English`;
    root.append(wrapped);
    await settle();
    expect(fetches).toBe(0);

    const place = document.createElement("li");
    place.innerHTML = "<span>択捉島</span>";
    root.append(place);
    await vi.waitFor(() => expect(fetches).toBe(1));
  });

  it("notices a text node whose characters change to Japanese", async () => {
    root.innerHTML = "<p>Iturup</p>";
    const { watchForJapanese } = await fresh();
    watchForJapanese(root);
    const text = root.querySelector("p")?.firstChild as Text;
    text.data = "Iturup Island";
    await settle();
    expect(fetches).toBe(0);
    text.data = "イトゥルップ";
    await vi.waitFor(() => expect(fetches).toBe(1));
  });

  it("notices Japanese typed into a field", async () => {
    const { watchForJapanese } = await fresh();
    watchForJapanese(root);
    const field = document.createElement("input");
    document.body.append(field);
    field.value = "etorofu";
    field.dispatchEvent(new Event("input", { bubbles: true }));
    await settle();
    expect(fetches).toBe(0);
    // A field outside the watched element is not watched.
    field.value = "えとろふ";
    field.dispatchEvent(new Event("input", { bubbles: true }));
    await settle();
    expect(fetches).toBe(0);
    const search = document.createElement("textarea");
    root.append(search);
    await settle();
    search.value = "えとろふ";
    search.dispatchEvent(new Event("input", { bubbles: true }));
    await vi.waitFor(() => expect(fetches).toBe(1));
  });

  it("notices Japanese a page puts in a field without typing (review 35: the editor's place names)", async () => {
    // A form added with its values set (the editor opening a place, or a restored draft).
    const { watchForJapanese } = await fresh();
    watchForJapanese(root);
    const form = document.createElement("form");
    const field = document.createElement("input");
    field.value = "択捉島";
    form.append(field);
    root.append(form);
    await vi.waitFor(() => expect(fetches).toBe(1));
  });

  it("notices a field's value attribute set to Japanese, as React keeps it in step", async () => {
    const field = document.createElement("input");
    field.value = "Iturup";
    root.append(field);
    const { watchForJapanese } = await fresh();
    watchForJapanese(root);
    // React sets the value, then the attribute (`defaultValue`) to match.
    const set = (value: string) => {
      field.value = value;
      field.defaultValue = value;
    };
    set("Iturup Island");
    await settle();
    expect(fetches).toBe(0);
    set("択捉島");
    await vi.waitFor(() => expect(fetches).toBe(1));
  });

  it("stops watching when told to", async () => {
    const { watchForJapanese } = await fresh();
    const stop = watchForJapanese(root);
    stop();
    root.append(Object.assign(document.createElement("p"), { textContent: "択捉島" }));
    const field = document.createElement("input");
    root.append(field);
    field.value = "択捉";
    field.dispatchEvent(new Event("input", { bubbles: true }));
    await settle();
    expect(fetches).toBe(0);
  });
});
