/**
 * English's messages for problems come in a later chunk (src/i18n/i18n.ts). When its request
 * fails, a link's problem notice still speaks English words, naming the link's parts as written,
 * never its message key ("urlProblem.notADate").
 */
import { expect, test, waitForApp } from "./fixtures";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

test("a link's bad date is named in English words when the problems' messages cannot load", async ({
  page,
  context,
  watch,
}) => {
  await context.route(/\/assets\/later-[^/]*\.js$/, (route) => route.abort());
  watch.allow(/Failed to load resource|later-[^/]*\.js|dynamically imported module/);
  await page.goto("/?from=2018-13-01");
  await waitForApp(page);
  const notice = page.getByRole("region", { name: "Notices" }).getByRole("status");
  await expect(notice).toContainText(
    "Ignored part of the link that could not be read: from=2018-13-01.",
  );
  await expect(notice).not.toContainText("urlProblem.");
});
