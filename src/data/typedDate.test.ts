import { describe, expect, it } from "vitest";
import { isPartialDate } from "./dates";
import { typedDate } from "./typedDate";

describe("typedDate", () => {
  it("reads dates written in Japanese or Chinese, in full or half width", () => {
    expect(typedDate("2018年3月21日")).toBe("2018-03-21");
    expect(typedDate("２０１８年１２月")).toBe("2018-12");
    expect(typedDate(" 2018 年 ")).toBe("2018");
    expect(typedDate("２０１８－０３－２１")).toBe("2018-03-21");
  });

  it("reads a spreadsheet's date and time as the format's", () => {
    expect(typedDate("2018-03-21 14:30")).toBe("2018-03-21T14:30");
    expect(isPartialDate(typedDate("2018-03-21 14:30"))).toBe(true);
  });

  it("leaves anything else as typed, for the format to refuse", () => {
    expect(typedDate("3/15/2018")).toBe("3/15/2018");
    expect(typedDate("2018年13月")).toBe("2018-13");
    expect(isPartialDate(typedDate("2018年13月"))).toBe(false);
    expect(typedDate("2018-03-21 2:30pm")).toBe("2018-03-21 2:30pm");
  });
});
