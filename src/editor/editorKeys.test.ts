import { describe, expect, it } from "vitest";
import { editorKeyAction } from "./editorKeys";

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
