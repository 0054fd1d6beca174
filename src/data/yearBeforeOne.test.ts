import { describe, expect, it } from "vitest";
import { yearBeforeOne } from "./yearBeforeOne";

describe("yearBeforeOne", () => {
  it("reads a year before 1 as ISO 8601's expanded years and people write it", () => {
    expect(yearBeforeOne("-0584")).toBe(-584);
    expect(yearBeforeOne("-0044-03-15")).toBe(-44);
    expect(yearBeforeOne("0000")).toBe(0);
    expect(yearBeforeOne("44 BCE")).toBe(-44);
    expect(yearBeforeOne("3,500 bc")).toBe(-3500);
    expect(yearBeforeOne("753 B.C.")).toBe(-753);
  });

  it("is null for a year from 1 on and for any other text", () => {
    for (const text of ["0584", "2018-03-21", "0 BCE", "BCE", "2018-13-45", ""]) {
      expect(yearBeforeOne(text)).toBeNull();
    }
  });
});
