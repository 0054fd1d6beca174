import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { PANEL_FIRST_KEYS } from "../../scripts/laterMessagesPlugin";
import { SRC, sourceFiles } from "../test/sourceFiles";

/** The panels' message keys a file words that the first load does not carry. */
function laterPanelKeys(text: string): string[] {
  const groups = Object.keys(PANEL_FIRST_KEYS).join("|");
  const pattern = new RegExp(`["'\`](${groups})\\.([A-Za-z0-9_]+|\\$\\{)`, "g");
  return (
    [...text.matchAll(pattern)]
      .filter(([, group, key]) => !(PANEL_FIRST_KEYS[group ?? ""] ?? []).includes(key ?? ""))
      .map(([, group, key]) => `${group}.${key}`)
      // The host script's file, named in comments, is not a message.
      .filter((key) => key !== "embed.js")
  );
}

describe("the panels' English messages", () => {
  it("are imported by every module that words them (they are not in the first load)", () => {
    const missing = sourceFiles()
      .filter((path) => laterPanelKeys(readFileSync(path, "utf8")).length > 0)
      .filter(
        (path) => !/^import "(\.\/|\.\.\/ui\/)panelMessages";$/m.test(readFileSync(path, "utf8")),
      )
      .map((path) => relative(SRC, path));
    expect(missing).toEqual([]);
  });

  it("finds the keys a module words, not the ones the first load has", () => {
    expect(
      laterPanelKeys('t("open.button"); t("open.chooseFile"); t(`embed.sizes.small`)'),
    ).toEqual(["open.chooseFile", "embed.sizes"]);
  });
});
