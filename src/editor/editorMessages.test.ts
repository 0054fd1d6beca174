import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { EDITOR_FIRST_KEYS } from "../../scripts/laterMessagesPlugin";

const SRC = new URL("..", import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The editor's message keys a file words that the first load does not carry. */
function laterEditorKeys(text: string): string[] {
  const keys = [...text.matchAll(/["'`]editor\.([A-Za-z0-9_]+|\$\{)/g)].map(
    (match) => match[1] ?? "",
  );
  return keys.filter((key) => !EDITOR_FIRST_KEYS.includes(key));
}

describe("the editor's English messages", () => {
  it("are imported by every module that words them (they are not in the first load)", () => {
    const missing = sources(SRC)
      .filter((path) => laterEditorKeys(readFileSync(path, "utf8")).length > 0)
      .filter(
        (path) =>
          !/^import "(\.\/|\.\.\/editor\/)editorMessages";$/m.test(readFileSync(path, "utf8")),
      )
      .map((path) => relative(SRC, path));
    expect(missing).toEqual([]);
  });

  it("finds the keys a module words", () => {
    expect(laterEditorKeys('t("editor.edit"); t("editor.restored", {})')).toEqual(["restored"]);
  });
});
