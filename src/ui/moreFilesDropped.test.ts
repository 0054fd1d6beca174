import { describe, expect, it } from "vitest";
import { i18n, loadLanguage } from "../i18n/i18n";
import { noticeText } from "../store/viewSlice";
import { moreFilesDropped } from "./moreFilesDropped";

describe("moreFilesDropped", () => {
  it("names the file opened and every file left, in the page's language", async () => {
    const notice = moreFilesDropped("one.csv", ["two.csv", "three.json"]);
    expect(notice.kind).toBe("info");
    const en = i18n.getFixedT("en");
    expect(noticeText(notice.text, en, "en")).toBe(
      "One file opens at a time: one.csv. Not opened: two.csv and three.json.",
    );
    await loadLanguage("ja");
    expect(noticeText(notice.text, i18n.getFixedT("ja"), "ja")).toBe(
      "一度に開けるファイルは1つです：one.csv。開かなかったファイル：two.csv、three.json。",
    );
  });
});
