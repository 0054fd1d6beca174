import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../i18n/languages";
import { SaveError, type SaveReason } from "./saveError";

const REASONS: Record<SaveReason, true> = {
  unreachable: true,
  offline: true,
  http: true,
  noDataset: true,
  noEvents: true,
  noSlot: true,
  copyOfCopy: true,
  cannotDraw: true,
};

describe("why a copy or a picture could not be made", () => {
  it.each(LANGUAGES)(
    "is worded for every reason in %s (review 27: English inside a translated sentence)",
    (lang) => {
      const messages = JSON.parse(
        readFileSync(new URL(`../i18n/locales/${lang}.json`, import.meta.url), "utf8"),
      );
      expect(Object.keys(messages.save.reason).sort()).toEqual(Object.keys(REASONS).sort());
    },
  );

  it("carries its reason and values, not a sentence", () => {
    const error = new SaveError("http", { status: 404, url: "/x" });
    expect(error).toBeInstanceOf(Error);
    expect([error.reason, error.values]).toEqual(["http", { status: 404, url: "/x" }]);
  });
});
