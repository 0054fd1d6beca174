import { describe, expect, it, vi } from "vitest";
import * as site from "./address";
import * as copy from "./address.single";

// No page here to carry a saved view: the fragment is all (address.single.test.ts has one).
vi.mock("../offline/embeddedCopy", () => ({ readOfflineCopy: () => null }));

const fakeWindow = (pathname: string, search: string, hash: string) =>
  ({ location: { pathname, search, hash } }) as unknown as Window;

describe("where the URL state lives", () => {
  it("on the site: the query string, keeping the fragment", () => {
    const win = fakeWindow("/", "?event=a", "#timeline");
    expect(site.readQuery(win)).toBe("?event=a");
    expect(site.addressWith(win, "?event=b")).toBe("/?event=b#timeline");
  });

  it("on the site: a fragment in the URL format (an embed host's link form) is the state, and goes once written", () => {
    for (const hash of ["#event=nagato-summit", "#?event=nagato-summit"]) {
      const win = fakeWindow("/", "", hash);
      expect(site.readQuery(win)).toBe("?event=nagato-summit");
      expect(site.addressWith(win, "?event=b")).toBe("/?event=b");
    }
    // It wins over the query it was pasted after.
    expect(site.readQuery(fakeWindow("/", "?event=a", "#place=iturup&lang=ja"))).toBe(
      "?place=iturup&lang=ja",
    );
    // A fragment with no key of ours is no state.
    expect(site.readQuery(fakeWindow("/", "?event=a", "#event-list"))).toBe("?event=a");
  });

  it("in the one-file copy: the fragment, read and written as a query, the file's own query left alone", () => {
    const win = fakeWindow("/home/me/copy.html", "?x=1", "#event=a&names=ru");
    expect(copy.readQuery(win)).toBe("?event=a&names=ru");
    expect(copy.addressWith(win, "?event=b")).toBe("/home/me/copy.html?x=1#event=b");
    expect(copy.addressWith(win, "")).toBe("/home/me/copy.html?x=1#");
  });
});

describe("the one-file copy's share link", () => {
  it("is the copy's own deep link", async () => {
    const { shareLink } = await import("./shareLink.single");
    const here = "file:///d/copy.html#names=ru";
    expect(shareLink("nagato-summit", { kind: "default" }, "./", "null", "en", here)).toBe(
      "file:///d/copy.html#event=nagato-summit",
    );
    // The reader's language goes with it, as in the site's links.
    expect(shareLink("nagato-summit", { kind: "default" }, "./", "null", "ja", here)).toBe(
      "file:///d/copy.html#event=nagato-summit&lang=ja",
    );
  });
});
