import { describe, expect, it } from "vitest";
import { slashOrderOf, slashReading, slashReadings } from "./slashDates";

describe("dates with slashes", () => {
  it("are read in a given order, or not where they are no date in it", () => {
    expect(slashReading("03/04/2018", "dayFirst")).toBe("2018-04-03");
    expect(slashReading("3/4/2018", "monthFirst")).toBe("2018-03-04");
    expect(slashReading("15/03/2018", "monthFirst")).toBeNull();
    expect(slashReading("29/02/2019", "dayFirst")).toBeNull();
    expect(slashReading("2018/03/04", "dayFirst")).toBeNull();
    expect(slashReading("3/4/18", "dayFirst")).toBeNull();
  });

  it("have two readings only where both are dates and they differ", () => {
    expect(slashReadings("03/04/2018")).toEqual({
      dayFirst: "2018-04-03",
      monthFirst: "2018-03-04",
    });
    expect(slashReadings("04/04/2018")).toBeNull();
    expect(slashReadings("13/04/2018")).toBeNull();
  });

  it("take the order one cell fixes and none contradicts", () => {
    expect(slashOrderOf(["03/04/2018", "2018-01-01", "13/04/2018", "14/04/2018"])).toEqual({
      order: "dayFirst",
      witness: 2,
    });
    expect(slashOrderOf(["03/04/2018", "12/31/2018"])).toEqual({ order: "monthFirst", witness: 1 });
    expect(slashOrderOf(["03/04/2018", "05/06/2018"])).toBeNull();
    expect(slashOrderOf(["13/04/2018", "12/31/2018"])).toBeNull();
    expect(slashOrderOf(["31/31/2018", "03/04/2018"])).toBeNull();
  });
});
