/**
 * TimelineJS 2's own example (src/import/samples/timelinejs2/, unedited) is refused saying it is
 * TimelineJS 2, which neither the explorer nor TimelineJS 3 reads, and what to do instead.
 */
import { expect, openSample, test } from "./fixtures";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

const SAID = {
  en: "This is a TimelineJS 2 file",
  ja: "これは TimelineJS 2のファイル",
  ru: "Это файл TimelineJS 2",
  zh: "这是 TimelineJS 2 文件",
};

for (const [lang, said] of Object.entries(SAID)) {
  test(`example_json.json through ?data= says it is TimelineJS 2, in ${lang}`, async ({
    page,
    context,
    watch,
  }) => {
    watch.allow(/Failed to load resource/);
    await openSample(page, context, "timelineJs2", lang === "en" ? "" : `lang=${lang}`);
    await expect(page.getByText(said)).toBeVisible();
    await expect(page.getByText(said)).toContainText("TimelineJS 3");
    await expect(page.locator("body")).not.toContainText("datasetIssue.");
  });
}
