import { describe, expect, it } from "vitest";
import { rowWidth } from "../timeline/toolbarFold";
import { headerFolds } from "./headerFold";

describe("headerFolds", () => {
  // The tools' row as measured at 1001–1439 px (0.3rem gaps): English's, Russian's and Japanese's.
  const gap = 4.8;
  const english = rowWidth([328, 233, 117, 44, 84, 49, 64], gap, 0);
  const russian = rowWidth([416, 235, 184, 118, 72, 89, 80], gap, 0);
  const japanese = rowWidth([294, 232, 153, 47, 101, 47, 74], gap, 0);

  it("always folds up to 1000 px, measured or not", () => {
    expect(headerFolds(true, 968, english)).toBe(true);
    expect(headerFolds(true, 968, null)).toBe(true);
  });

  it("keeps the tools inline where their row fits the header's room (1001 and 1280 px in English)", () => {
    expect(headerFolds(false, 1001 - 32, english)).toBe(false);
    expect(headerFolds(false, 1280 - 32, english)).toBe(false);
    expect(headerFolds(false, 1280 - 32, russian)).toBe(false);
    expect(headerFolds(false, russian, russian)).toBe(false);
  });

  it("folds them where the row would wrap: Russian at 1100 px, Japanese at 1005", () => {
    expect(headerFolds(false, 1100 - 32, russian)).toBe(true);
    expect(headerFolds(false, 1005 - 32, japanese)).toBe(true);
    // A tenth of a px too wide wraps: Russian's 1222.08 px at 1254 px, in 1222.
    expect(headerFolds(false, 1254 - 32, 1222.08)).toBe(true);
  });

  it("shows them inline to be measured while the row or the room is not known", () => {
    expect(headerFolds(false, 1068, null)).toBe(false);
    expect(headerFolds(false, 0, russian)).toBe(false);
  });
});
