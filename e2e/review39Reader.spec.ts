/**
 * Review 39 R5, R6: the failed dataset's alert reads its message and problems, not its buttons;
 * a timeline count's dates run from the earliest to the latest.
 */
import { expect, test, waitForApp } from "./fixtures";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false, viewport: { width: 1280, height: 800 } });

const buttons: Record<"en" | "ru", string[]> = {
  en: ["Try again", "Back to the default dataset", "Open another dataset…"],
  ru: ["Повторить", "Вернуться к набору данных по умолчанию", "Открыть другой набор данных…"],
};

for (const lang of ["en", "ru"] as const) {
  test(`a failed dataset's alert holds its title and problems, not its buttons (${lang})`, async ({
    page,
    watch,
  }) => {
    watch.allow(/404/);
    await page.goto(`/?lang=${lang}&data=/missing.json`);
    const panel = page.locator("section.dataset-problems");
    // One live region, read out once: the whole section was the alert, and read the buttons'
    // names as part of the message ("…HTTP 404 Not Found Try again Back to the default dataset…").
    const alert = page.getByRole("alert").filter({ has: page.locator("#dataset-problems-title") });
    await expect(alert).toHaveCount(1);
    await expect(alert.getByRole("heading")).toContainText("/missing.json");
    await expect(alert.getByRole("listitem")).toContainText("404");
    for (const name of buttons[lang]) {
      await expect(alert).not.toContainText(name);
      // The buttons stay in the panel, after the message, in view.
      await expect(panel.getByRole("button", { name })).toBeVisible();
    }
    await expect(alert.getByRole("button")).toHaveCount(0);
  });
}

test("a count's name runs from its earliest date to its latest, not backwards", async ({
  page,
}) => {
  await page.goto("/?lang=en");
  await waitForApp(page);
  // The default view's count of an approximate late March and the 23 March it holds: named
  // "c. late March 2018 – 23 March 2018", the first and last to start, it ended before it began.
  await expect(
    page.getByRole("button", {
      name: "2 events, c. late March 2018, too close to draw apart: press to see them",
      exact: true,
    }),
  ).toHaveCount(1);
});
