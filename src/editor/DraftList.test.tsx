// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { act, cleanup, fireEvent, render } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { LANGUAGES } from "../i18n/languages";
import { DraftList } from "./DraftList";
import { LIST_STEP } from "./listWindow";

afterEach(cleanup);

/** A list of `count` items named "Item 0", "Item 1"…, whose press opens the item, as the editor's do. */
function List({ count, opened = null }: { count: number; opened?: number | null }) {
  const [open, setOpen] = useState<number | null>(opened);
  return (
    <DraftList
      label="Events in the draft"
      count={count}
      open={open}
      onChoose={setOpen}
      row={(i) => ({ title: `Item ${i}`, meta: null })}
    />
  );
}

/** The list of the editor, with its open item set from elsewhere (the timeline, the map). */
function Opened({ open }: { open: number }) {
  return (
    <DraftList
      label="L"
      count={10}
      open={open}
      onChoose={() => {}}
      row={(i) => ({ title: `Item ${i}`, meta: null })}
    />
  );
}

/** The item's button (found by its text: by role and name, 600 buttons took jsdom seconds). */
const item = (i: number) => {
  const found = [...document.querySelectorAll("li button")].find(
    (button) => button.textContent === `Item ${i}`,
  );
  if (!(found instanceof HTMLElement)) throw new Error(`Item ${i} is not made`);
  return found;
};
const items = () => document.querySelectorAll("li button");
/** The list's buttons in the Tab order, by name. */
const tabStops = () =>
  [...items()]
    .filter((button) => button instanceof HTMLElement && button.tabIndex === 0)
    .map((button) => button.textContent);
const press = (key: string) => {
  const focused = document.activeElement;
  if (!focused) throw new Error("nothing has focus");
  fireEvent.keyDown(focused, { key });
};

describe("DraftList", () => {
  it("is described, for a screen reader, by a sentence naming its keys", () => {
    render(<List count={3} />);
    const list = document.querySelector("ul");
    const ids = list?.getAttribute("aria-describedby")?.split(" ") ?? [];
    expect(ids).toHaveLength(1);
    const hint = document.getElementById(ids[0] ?? "");
    expect(hint?.className).toBe("visually-hidden");
    expect(hint?.textContent).toMatch(/Up and Down arrow keys.*Home and End.*Enter or Space/);
    // Each list its own: two lists on a page were described by one id.
    render(<List count={3} />);
    const described = [...document.querySelectorAll("ul")].map((ul) =>
      ul.getAttribute("aria-describedby"),
    );
    expect(new Set(described).size).toBe(2);
  });

  it("names the keys in every language", () => {
    for (const lang of LANGUAGES) {
      const file = JSON.parse(readFileSync(`src/i18n/locales/${lang}.json`, "utf8"));
      expect(file.editor.listKeys, lang).toMatch(/Home.*End.*Enter/);
    }
  });

  it("is one Tab stop: the first item, or the open one", () => {
    render(<List count={24} />);
    expect(tabStops()).toEqual(["Item 0"]);
    cleanup();
    render(<List count={24} opened={2} />);
    expect(tabStops()).toEqual(["Item 2"]);
    expect(item(2).getAttribute("aria-current")).toBe("true");
  });

  it("moves focus and the Tab stop with ↑ ↓ Home End, stopping at the ends; Enter's click opens", () => {
    render(<List count={24} opened={2} />);
    act(() => item(2).focus());
    press("ArrowDown");
    expect(document.activeElement).toBe(item(3));
    expect(tabStops()).toEqual(["Item 3"]);
    // Still the open one until pressed.
    expect(item(2).getAttribute("aria-current")).toBe("true");
    press("End");
    expect(document.activeElement).toBe(item(23));
    press("ArrowDown");
    expect(document.activeElement).toBe(item(23));
    press("Home");
    expect(document.activeElement).toBe(item(0));
    press("ArrowUp");
    expect(document.activeElement).toBe(item(0));
    press("ArrowDown");
    fireEvent.click(item(1));
    expect(item(1).getAttribute("aria-current")).toBe("true");
    expect(tabStops()).toEqual(["Item 1"]);
  });

  it("leaves other keys and arrows with a modifier alone", () => {
    render(<List count={5} />);
    act(() => item(0).focus());
    for (const key of ["ArrowRight", "Tab", "a"]) press(key);
    fireEvent.keyDown(item(0), { key: "ArrowDown", shiftKey: true });
    expect(document.activeElement).toBe(item(0));
  });

  it("takes the Tab stop back to the open item when another is opened elsewhere", () => {
    const { rerender } = render(<Opened open={1} />);
    act(() => item(4).focus());
    expect(tabStops()).toEqual(["Item 4"]);
    // From the timeline or the map.
    rerender(<Opened open={6} />);
    expect(tabStops()).toEqual(["Item 6"]);
  });

  it("reaches the items it has not made: ↓ past the last one made, and End", () => {
    const count = LIST_STEP * 3;
    render(<List count={count} />);
    expect(items()).toHaveLength(LIST_STEP);
    act(() => item(0).focus());
    press("End");
    expect(document.activeElement).toBe(item(count - 1));
    expect(items()).toHaveLength(LIST_STEP + 1);
    press("ArrowUp");
    expect(document.activeElement).toBe(item(count - 2));
    // Not made: the item that was left.
    expect(() => item(count - 1)).toThrow();
    press("Home");
    act(() => item(LIST_STEP - 1).focus());
    press("ArrowDown");
    expect(document.activeElement).toBe(item(LIST_STEP));
    press("ArrowDown");
    expect(document.activeElement).toBe(item(LIST_STEP + 1));
    expect(tabStops()).toEqual([`Item ${LIST_STEP + 1}`]);
    // Show more still makes the next ones.
    const more = document.querySelector(".editor-list-more");
    expect(more?.textContent).toMatch(/^Show 200 more/);
    if (more) fireEvent.click(more);
    expect(items()).toHaveLength(LIST_STEP * 2);
    expect(tabStops()).toEqual([`Item ${LIST_STEP + 1}`]);
    // 200 buttons made again at each key: 1.5 s alone in jsdom, more beside the other files.
  }, 20_000);
});
