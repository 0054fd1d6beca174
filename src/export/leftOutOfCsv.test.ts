import { expect, it } from "vitest";
import { smallDataset } from "../test/fixtures";
import { leftOutOfCsv } from "./leftOutOfCsv";

it("names what CSV and GeoJSON leave out: the periods, the source, both, or nothing", () => {
  const plain = { ...smallDataset(), periods: [], meta: { title: "Plain" } };
  const period = { id: "p", title: "A period", start: "2017" };
  const source = { title: "The article" };
  expect(leftOutOfCsv(plain)).toBeNull();
  expect(leftOutOfCsv({ ...plain, periods: [period] })).toBe("periods");
  expect(leftOutOfCsv({ ...plain, meta: { title: "With source", source } })).toBe("source");
  expect(leftOutOfCsv({ ...plain, periods: [period], meta: { title: "Both", source } })).toBe(
    "both",
  );
});
