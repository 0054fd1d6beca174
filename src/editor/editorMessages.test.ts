import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { EDITOR_FIRST_KEYS } from "../../scripts/laterMessagesPlugin";
import { SRC, sourceFiles } from "../test/sourceFiles";

/** The editor's message keys a file words that the first load does not carry. */
function laterEditorKeys(text: string): string[] {
  const keys = [...text.matchAll(/["'`]editor\.([A-Za-z0-9_]+|\$\{)/g)].map(
    (match) => match[1] ?? "",
  );
  return keys.filter((key) => !EDITOR_FIRST_KEYS.includes(key));
}

describe("the editor's English messages", () => {
  it("are imported by every module that words them (they are not in the first load)", () => {
    const missing = sourceFiles()
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
