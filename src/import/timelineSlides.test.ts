import { describe, expect, it } from "vitest";
import { importJsonValue, importText } from "./importDataset";

/** Each undated item's title and the date it shows. */
function undatedShown(result: ReturnType<typeof importText>) {
  if (!result.ok) throw new Error("the file opens");
  return (result.dataset.undated ?? []).map((item) => [item.title, item.displayDate]);
}

describe("TimelineJS dates it cannot read (review 28)", () => {
  it("keeps a sheet's unread start as written, with its end, and a year before 1 beside a Display Date", () => {
    const csv = [
      "Year,Month,Day,Time,End Year,End Month,End Day,Display Date,Headline",
      "2018,3,1,,,,,,A dated event",
      "-44,3,15,,,,,Ides of March,Caesar is killed",
      "-44,3,15,,,,,15 March 44 BC,Already says the year",
      "2018,April,1,,,,,,Month written as a word",
      "2018.0,4,1,14:30,2018,4,3,,Year with .0",
      "-13800000000,,,,,,,,The Big Bang",
    ].join("\n");
    expect(undatedShown(importText(csv, "sheet.csv"))).toEqual([
      ["Caesar is killed", "Ides of March, 44 BCE"],
      ["Already says the year", "15 March 44 BC"],
      ["Month written as a word", "2018 April 1"],
      ["Year with .0", "2018.0 4 1 14:30 – 2018-04-03"],
      // Alone, so that the page writes it in the reader's language.
      ["The Big Bang", "13.8 billion years ago"],
    ]);
  });

  it("keeps a JSON slide's unread start the same way", () => {
    const result = importJsonValue({
      events: [
        { start_date: { year: "2018" }, text: { headline: "Dated" } },
        { start_date: { year: "2018", month: "April" }, text: { headline: "Worded month" } },
        {
          start_date: { year: "-44", month: "3", day: "15" },
          display_date: "Ides of March",
          text: { headline: "Caesar" },
        },
      ],
    });
    expect(undatedShown(result)).toEqual([
      ["Worded month", "2018 April"],
      ["Caesar", "Ides of March, 44 BCE"],
    ]);
  });
});
