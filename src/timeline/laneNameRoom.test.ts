import { describe, expect, it } from "vitest";
import {
  gutterWidth,
  LANE_LABEL_MAX_PX,
  laneLabelMaxWidth,
  laneLabelWholeWidth,
} from "./laneNameRoom";

describe("gutterWidth", () => {
  it("fits the longest name, CJK counted double", () => {
    expect(gutterWidth(["Japan", "Russia", "Other"])).toBe("min(calc(7ch + 2.5rem), 35%)");
    expect(gutterWidth(["日本", "ロシア"])).toBe("min(calc(7ch + 2.5rem), 35%)");
    expect(gutterWidth(["Соединённые Штаты"])).toBe("min(calc(18ch + 2.5rem), 35%)");
    expect(gutterWidth([])).toBe("min(calc(1ch + 2.5rem), 35%)");
  });

  it("is capped in ch and in share of the timeline, whichever is narrower", () => {
    const long = "Joint Committee on the Settlement of the Kuril Islands Issue";
    expect(gutterWidth(["Japan", long])).toBe("min(calc(25ch + 2.5rem), 35%)");
    expect(gutterWidth(["北方領土問題の解決に関する日露合同委員会"])).toBe(
      "min(calc(25ch + 2.5rem), 35%)",
    );
  });
});

describe("laneLabelMaxWidth", () => {
  it("is a share of a phone's view, a fixed cap on a wider one", () => {
    expect(laneLabelMaxWidth(390)).toBe(156);
    expect(laneLabelMaxWidth(320)).toBe(128);
    expect(laneLabelMaxWidth(720)).toBe(LANE_LABEL_MAX_PX);
    expect(laneLabelMaxWidth(0)).toBe(0);
  });
});

describe("laneLabelWholeWidth", () => {
  it("is the view less the name's inset on both sides, wider than the cut name's room", () => {
    expect(laneLabelWholeWidth(390)).toBe(382);
    expect(laneLabelWholeWidth(390)).toBeGreaterThan(laneLabelMaxWidth(390));
    expect(laneLabelWholeWidth(320.6)).toBe(312);
    expect(laneLabelWholeWidth(4)).toBe(0);
  });
});
