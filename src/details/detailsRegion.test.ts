// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { DETAILS_REGION_ID, detailsRegion, isInDetails } from "./detailsRegion";

afterEach(() => {
  document.body.replaceChildren();
});

describe("detailsRegion", () => {
  it("finds the region by its id and tells what is inside it", () => {
    document.body.innerHTML = `<aside id="${DETAILS_REGION_ID}"><button>Share</button></aside><button>Zoom</button>`;
    const [inside, outside] = document.querySelectorAll("button");
    expect(detailsRegion()?.tagName).toBe("ASIDE");
    expect(isInDetails(inside ?? null)).toBe(true);
    expect(isInDetails(detailsRegion())).toBe(true);
    expect(isInDetails(outside ?? null)).toBe(false);
    expect(isInDetails(window)).toBe(false);
  });

  it("finds nothing inside a region that is not on the page", () => {
    document.body.innerHTML = "<button>Share</button>";
    expect(detailsRegion()).toBeNull();
    expect(isInDetails(document.querySelector("button"))).toBe(false);
  });
});
