import { describe, expect, it } from "vitest";
import { DAY_MS, utc } from "../data/dates";
import { drawPictureAxis } from "./picture";
import { timelinePicture } from "./pictureLayout";

/** A 2D context that records the text it is asked to draw, with its font and colour. */
function recordingContext() {
  const texts: { text: string; x: number; fill: string; font: string }[] = [];
  const context = {
    strokeStyle: "",
    fillStyle: "",
    font: "",
    beginPath: () => {},
    moveTo: () => {},
    lineTo: () => {},
    stroke: () => {},
    fillText(text: string, x: number) {
      texts.push({ text, x, fill: String(this.fillStyle), font: this.font });
    },
  };
  return { context: context as unknown as CanvasRenderingContext2D, texts };
}

describe("drawPictureAxis", () => {
  it.each(["en", "ja", "ru", "zh"] as const)(
    "draws the labels that begin a year (a month, under a year) in semibold, as the page's axis does: %s",
    (lang) => {
      const weights = new Set<boolean>();
      // 20 and 150 days: the months' labels stand out ("2018" among them); 1500: the years'.
      for (const days of [20, 150, 1500]) {
        const window = { start: utc(2018, 3, 2) - days * DAY_MS, end: utc(2018, 3, 2) };
        const picture = timelinePicture([], [], window, 1000, () => true, null, lang);
        const { context, texts } = recordingContext();
        drawPictureAxis(context, picture, 100, 1100, 150, { ink: "ink", muted: "muted" }, "test");
        expect(texts.map((t) => [t.text, t.x])).toEqual(
          picture.labels.map((label) => [label.text, label.x + 100]),
        );
        for (const label of picture.labels) weights.add(label.major);
        texts.forEach((text, i) => {
          const major = picture.labels[i]?.major;
          // The page's weights (resolveAxisStyle): semibold, and regular (the font's default).
          const weight = /^(\d+) /.exec(text.font)?.[1] ?? "400";
          expect([text.text, weight]).toEqual([text.text, major ? "600" : "400"]);
          expect(text.font).toMatch(/\b12px test$/);
          expect([text.text, text.fill]).toEqual([text.text, major ? "ink" : "muted"]);
        });
      }
      expect(weights).toEqual(new Set([true, false]));
    },
  );
});
