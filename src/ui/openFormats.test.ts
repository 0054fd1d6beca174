import { expect, it } from "vitest";
import { importText } from "../import/importDataset";
import { templateCsvUrl } from "./openFormats";

it("offers a CSV template whose example row opens as its event, each value in its column", () => {
  const text = decodeURIComponent(templateCsvUrl().replace(/^data:text\/csv;charset=utf-8,/, ""));
  const result = importText(text, "template.csv");
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  expect(result.warnings).toEqual([]);
  const [event] = result.dataset.events;
  // "Russia; Japan" fell under `place kind` once that column was added (review 28).
  expect(event?.actors).toEqual(["Russia", "Japan"]);
  expect(event?.tags).toEqual(["diplomacy"]);
  expect(event?.summary).toBe("The foreign minister lands for talks.");
  expect(result.dataset.places).toEqual([
    { id: "tokyo", name: "Tokyo", kind: "city", coordinates: [139.69, 35.68] },
  ]);
});
