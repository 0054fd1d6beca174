// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { createAppStore } from "../store/appStore";
import { smallDataset } from "../test/fixtures";
import { draftFromDataset } from "./draft";
import { EDITOR_FIELD } from "./editorField";
import { editorKeyAction, installEditorKeys, undoesDraft } from "./editorKeys";

const key = (
  k: string,
  mods: Partial<Record<"ctrlKey" | "metaKey" | "shiftKey" | "altKey", boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe("editorKeyAction", () => {
  it("reads Ctrl/⌘+Z as undo and Shift+Ctrl/⌘+Z or Ctrl+Y as redo", () => {
    expect(editorKeyAction(key("z", { ctrlKey: true }))).toBe("undo");
    expect(editorKeyAction(key("z", { metaKey: true }))).toBe("undo");
    expect(editorKeyAction(key("Z", { metaKey: true, shiftKey: true }))).toBe("redo");
    expect(editorKeyAction(key("y", { ctrlKey: true }))).toBe("redo");
  });
  it("leaves other keys alone", () => {
    expect(editorKeyAction(key("z"))).toBeNull();
    expect(editorKeyAction(key("z", { ctrlKey: true, altKey: true }))).toBeNull();
    expect(editorKeyAction(key("s", { ctrlKey: true }))).toBeNull();
  });
});

describe("undoesDraft (review 35 F14)", () => {
  const html = (markup: string, selector: string) => {
    document.body.innerHTML = markup;
    return document.querySelector(selector);
  };

  it("is the draft's in its fields, on its buttons and boxes, and on the page", () => {
    expect(undoesDraft(html(`<div class="${EDITOR_FIELD}"><input id="t"></div>`, "#t"))).toBe(true);
    expect(
      undoesDraft(
        html(`<label class="${EDITOR_FIELD}">Text<textarea id="t"></textarea></label>`, "#t"),
      ),
    ).toBe(true);
    expect(undoesDraft(html('<input type="checkbox" id="t">', "#t"))).toBe(true);
    expect(undoesDraft(html('<button id="t">Add</button>', "#t"))).toBe(true);
    expect(undoesDraft(document.body)).toBe(true);
    expect(undoesDraft(null)).toBe(true);
  });

  it("is the browser's in a text box that is no field of the draft, and in a modal dialog", () => {
    expect(undoesDraft(html('<input type="search" id="t">', "#t"))).toBe(false);
    expect(undoesDraft(html('<div class="editor"><input type="search" id="t"></div>', "#t"))).toBe(
      false,
    );
    expect(undoesDraft(html('<dialog open><textarea id="t"></textarea></dialog>', "#t"))).toBe(
      false,
    );
    expect(undoesDraft(html('<dialog open><button id="t">Open</button></dialog>', "#t"))).toBe(
      false,
    );
  });
});

describe("installEditorKeys: the browser's own undo", () => {
  it("never reaches a field of the draft, which the draft's history undoes (review 35 F14)", () => {
    const store = createAppStore();
    store.getState().editStart(draftFromDataset(smallDataset()));
    const stop = installEditorKeys(store);
    document.body.innerHTML = `<div class="${EDITOR_FIELD}"><input id="title"></div><input type="search" id="search">`;
    const undo = (id: string, inputType = "historyUndo") => {
      const event = new InputEvent("beforeinput", { inputType, cancelable: true, bubbles: true });
      document.getElementById(id)?.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(undo("title")).toBe(true);
    expect(undo("title", "historyRedo")).toBe(true);
    expect(undo("title", "insertText")).toBe(false);
    expect(undo("search")).toBe(false);
    stop();
  });
});
