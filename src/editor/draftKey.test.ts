// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { COPY_ELEMENT_ID } from "../offline/embeddedCopy";

/** A page that is a one-file copy saved at `savedAt`, and the copy's draft key read on it. */
async function keyOfCopy(savedAt: string): Promise<string> {
  vi.resetModules();
  document.body.innerHTML = "";
  const data = document.createElement("script");
  data.type = "application/json";
  data.id = COPY_ELEMENT_ID;
  data.textContent = JSON.stringify({ dataset: {}, view: "", savedAt, shipped: false });
  document.body.append(data);
  return (await import("./draftKey.single")).DRAFT_KEY;
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("a one-file copy's draft key (review 27 F1)", () => {
  it("is its own for each copy, apart from the site's", async () => {
    const site = (await import("./draftKey")).DRAFT_KEY;
    const one = await keyOfCopy("2026-12-06T10:00:00.000Z");
    const other = await keyOfCopy("2026-12-06T10:05:00.000Z");
    expect(new Set([site, one, other]).size).toBe(3);
    expect(await keyOfCopy("2026-12-06T10:00:00.000Z")).toBe(one);
  });
});
