import { describe, expect, it } from "vitest";
import { type AxisStyle, drawAxis } from "./drawAxis";
import { laneGeometry } from "./laneGeometry";
import { timeTicks } from "./ticks";

const style: AxisStyle = {
  tick: "minor-line",
  majorTick: "major-line",
  label: "minor-text",
  majorLabel: "major-text",
  font: "400 11px test",
  majorFont: "600 11px test",
};

/** A 2D context that records the text it is asked to draw and the lines it strokes. */
function recordingContext() {
  const texts: { text: string; x: number; y: number; fill: string; font: string }[] = [];
  const strokes: { colour: string; lines: number }[] = [];
  let lines = 0;
  const context = {
    lineWidth: 0,
    strokeStyle: "",
    fillStyle: "",
    globalAlpha: 1,
    font: "",
    textBaseline: "",
    beginPath: () => {
      lines = 0;
    },
    moveTo: () => {
      lines++;
    },
    lineTo: () => {},
    stroke() {
      strokes.push({ colour: String(this.strokeStyle), lines });
    },
    fillText(text: string, x: number, y: number) {
      texts.push({ text, x, y, fill: String(this.fillStyle), font: this.font });
    },
  };
  return { context: context as unknown as CanvasRenderingContext2D, texts, strokes };
}

describe("drawAxis", () => {
  it("draws every tick's line and label, majors in the major style", () => {
    const geometry = laneGeometry(300, [1, 1, 1]);
    const view = { start: Date.UTC(2015, 0, 1), end: Date.UTC(2019, 0, 1) };
    const ticks = timeTicks(view, 800, 100);
    const majors = ticks.filter((tick) => tick.major).length;
    expect(majors).toBeGreaterThan(0);
    const { context, texts, strokes } = recordingContext();
    drawAxis(context, ticks, 800, geometry, style);
    // The last tick, 2019, lies on the right edge: its line is drawn, its label would be cut.
    expect(ticks.at(-1)?.x).toBe(800);
    expect(texts.map((t) => t.text)).toEqual(ticks.slice(0, -1).map((tick) => tick.label));
    texts.forEach((text, i) => {
      const tick = ticks[i];
      expect(text.x).toBe((tick?.x ?? 0) + 3);
      expect(text.y).toBeGreaterThan(geometry.lanesHeight);
      expect(text.fill).toBe(tick?.major ? "major-text" : "minor-text");
      expect(text.font).toBe(tick?.major ? style.majorFont : style.font);
    });
    expect(strokes).toEqual([
      { colour: "minor-line", lines: ticks.length - majors },
      { colour: "major-line", lines: majors },
    ]);
  });
});
