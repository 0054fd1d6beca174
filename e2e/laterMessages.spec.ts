/**
 * English's messages for problems come in a later chunk (src/i18n/i18n.ts). When its request
 * fails, a link's problem notice still speaks English words, naming the link's parts as written,
 * never its message key ("urlProblem.notADate").
 */
import { expect, test, waitForApp } from "./fixtures";
import { PARTLY_BROKEN } from "./support/partlyBroken";

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

test("a dataset's problems are listed in English words when the problems' messages cannot load", async ({
  page,
  context,
  watch,
}) => {
  await context.route(/\/assets\/later-[^/]*\.js$/, (route) => route.abort());
  await context.route(
    (url) => url.pathname === "/partly.json",
    (route) => route.fulfill({ body: PARTLY_BROKEN, contentType: "application/json" }),
  );
  watch.allow(/Failed to load resource|later-[^/]*\.js|dynamically imported module/);
  await page.goto("/?data=/partly.json");
  await waitForApp(page);
  const list = page.locator("section.dataset-problems").getByRole("list");
  const items = list.getByRole("listitem");
  await expect(items).toHaveCount(2);
  // Where each problem is and the file's own value, as written; no message key.
  await expect(items.first()).toHaveText(
    `events[0].start: "2018-13-45" (the description of this problem could not be loaded)`,
  );
  await expect(items.nth(1)).toHaveText(
    `events[1].places[1]: "nowhere" (the description of this problem could not be loaded)`,
  );
  await expect(items.first().locator("code")).toHaveText(["events[0].start", "2018-13-45"]);
  await expect(list).not.toContainText(/datasetIssue/);
});
