/**
 * Review 37: the picture keeps a lane's sub-rows (R8), and a failed `?data=` page offers one way
 * back and a picker named for what failed (R9).
 */
import { expect, test, waitForApp } from "./fixtures";
import { downloadPicture, recordPictureCalls } from "./pictureCalls";

test.use({ webgl: false });

interface Mark {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Records the picture's (2400×1350) see-through bars and its points, in CSS px of the 1× picture. */
function recordMarks(): void {
  const marks: Mark[] = [];
  Object.assign(window, { __marks: marks });
  const ofPicture = (ctx: CanvasRenderingContext2D) =>
    ctx.canvas.width === 2400 && ctx.canvas.height === 1350;
  const at = (ctx: CanvasRenderingContext2D, x: number, y: number) => {
    const { a, d, e, f } = ctx.getTransform();
    return [(a * x + e) / 2, (d * y + f) / 2] as const;
  };
  const proto = CanvasRenderingContext2D.prototype;
  const fillRect = proto.fillRect;
  proto.fillRect = function (this: CanvasRenderingContext2D, ...args: Parameters<typeof fillRect>) {
    // The timeline's spans are the only see-through rectangles.
    if (ofPicture(this) && this.globalAlpha < 1) {
      const [x, y, width, height] = args;
      const [x0, y0] = at(this, x, y);
      const [x1, y1] = at(this, x + width, y + height);
      marks.push({ x0, x1, y0, y1 });
    }
    return Reflect.apply(fillRect, this, args);
  };
  const arc = proto.arc;
  proto.arc = function (this: CanvasRenderingContext2D, ...args: Parameters<typeof arc>) {
    if (ofPicture(this)) {
      const [x, y, r] = args;
      const [x0, y0] = at(this, x - r, y - r);
      const [x1, y1] = at(this, x + r, y + r);
      marks.push({ x0, x1, y0, y1 });
    }
    return Reflect.apply(arc, this, args);
  };
}

// R8: the Japan lane's four rows were drawn as one line, "Abe and Putin hold 20 meetings"
// (2013–2017) over the Nagato summit's bar and the others.
test("Download image keeps a lane's rows: no span or point covers another", async ({
  page,
}, testInfo) => {
  await page.addInitScript(recordPictureCalls);
  await page.addInitScript(recordMarks);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/?event=nagato-summit");
  await waitForApp(page);
  await page.evaluate(() => {
    (window as unknown as { __marks: Mark[] }).__marks.length = 0;
  });
  const picture = await downloadPicture(page);
  expect(picture.download.suggestedFilename()).toMatch(/\.png$/);
  await picture.download.saveAs(testInfo.outputPath("picture.png"));
  const marks = await page.evaluate(() => (window as unknown as { __marks: Mark[] }).__marks);
  // The meetings' bar and the summit's, at least.
  expect(marks.filter((mark) => mark.x1 - mark.x0 > 12).length).toBeGreaterThanOrEqual(2);
  const covered: string[] = [];
  marks.forEach((a, i) => {
    for (const b of marks.slice(i + 1)) {
      const overlap =
        a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
      if (overlap) covered.push(`${JSON.stringify(a)} and ${JSON.stringify(b)}`);
    }
  });
  expect(covered).toEqual([]);
  // The lanes' rows are seen: the marks lie on more lines than there are lanes (named at 13 px).
  const laneNames = picture.texts.filter((call) => call.font.startsWith("13px"));
  expect(laneNames.map((call) => call.text)).toContain("Japan");
  const lines = new Set(marks.map((mark) => Math.round((mark.y0 + mark.y1) / 2)));
  expect(lines.size).toBeGreaterThan(laneNames.length);
});

// R9: "Show the shipped story" and "Open another file…" in the header beside the panel's "Back to
// the default dataset" (two names for one action) and "Open dataset…"; no file had been opened.
test("a broken ?data= address offers one way back and a picker named for an address", async ({
  page,
}) => {
  await page.route(
    (url) => url.pathname === "/mine/broken.json",
    (route) =>
      route.fulfill({ contentType: "application/json", body: '{"meta": {"title": "Broken"' }),
  );
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/?data=/mine/broken.json");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No dataset open");
  // The problems panel: its alert reads the message, its buttons beside it (review 39 R5).
  const panel = page
    .locator("section.dataset-problems")
    .filter({ has: page.getByRole("alert").filter({ hasText: "/mine/broken.json" }) });
  await expect(panel).toContainText("Could not open");
  await expect(panel).toContainText("Broken JSON");
  const back = page.getByRole("button", { name: /default dataset|shipped story/ });
  await expect(back).toHaveCount(1);
  await expect(back).toHaveText("Back to the default dataset");
  await expect(page.getByRole("button", { name: "Open another file…" })).toHaveCount(0);
  const picker = panel.getByRole("button", { name: "Open another dataset…" });
  await expect(picker).toBeVisible();
  await picker.click();
  await expect(page.getByRole("dialog", { name: "Open your own story" })).toBeVisible();
  await page.keyboard.press("Escape");

  // The same words in the page's other languages.
  await page.getByRole("radio", { name: "日本語" }).check();
  await expect(panel.getByRole("button", { name: "既定のデータセットに戻る" })).toBeVisible();
  await expect(panel.getByRole("button", { name: "別のデータセットを開く…" })).toBeVisible();

  await panel.getByRole("button", { name: "既定のデータセットに戻る" }).click();
  await waitForApp(page);
  await expect(panel).toHaveCount(0);
});
