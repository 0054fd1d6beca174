/**
 * The editor keeps the author's work (review 16): with another tab on the same draft, with the
 * browser's storage full, and on a story of 10,000 events, whose lists are made a part at a time.
 */
import type { Page } from "@playwright/test";
import { generateDataset } from "../scripts/generate-dataset";
import {
  afterMapUpdates,
  expect,
  savedSinceLastChange,
  serveSample,
  test,
  waitForApp,
  waitForMap,
} from "./fixtures";

// Not about the map.
test.use({ webgl: false });

const storyTitle = (page: Page) => page.getByRole("textbox", { name: "Story title" });

async function edit(page: Page) {
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Editing a draft" })).toBeVisible();
}

async function done(page: Page) {
  await page.getByRole("button", { name: "Done", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Editing a draft" })).toHaveCount(0);
}

test("Edit after Done in a tab opens another tab's newer save, and says so; nothing is overwritten", async ({
  page,
  context,
}) => {
  const other = await context.newPage();
  for (const tab of [page, other]) {
    await tab.goto("/");
    await waitForApp(tab);
  }
  await edit(page);
  await storyTitle(page).fill("Title A1");
  await savedSinceLastChange(page);
  await done(page);
  await edit(other);
  await expect(storyTitle(other)).toHaveValue("Title A1");
  await done(other);

  await edit(page);
  await storyTitle(page).fill("Title A2, important work");
  await savedSinceLastChange(page);
  await done(page);
  // The other tab had left the editor with A1: it opens A2, and says why.
  await edit(other);
  await expect(storyTitle(other)).toHaveValue("Title A2, important work");
  await expect(
    other.getByText(/^Another tab saved this draft after you pressed Done here/),
  ).toBeVisible();
  await other.getByRole("button", { name: "Add event" }).click();
  await savedSinceLastChange(other);
  // A reload reopens the saved draft: the other tab's, built on A2.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Editing a draft" })).toBeVisible();
  await expect(storyTitle(page)).toHaveValue("Title A2, important work");
  await expect(
    page.getByRole("list", { name: "Events in the draft" }).getByRole("button"),
  ).toHaveCount(25);
  await other.close();
});

test("with the browser's storage full, Done keeps saying autosave is off, and leaving asks first", async ({
  page,
}) => {
  // Storage refuses once the page says so: IndexedDB's writes and localStorage's.
  await page.addInitScript(() => {
    const full = () => (window as unknown as { __full?: boolean }).__full === true;
    const refuse = () => new DOMException("The quota has been exceeded.", "QuotaExceededError");
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<IDBObjectStore["put"]>) {
      if (full()) throw refuse();
      return put.apply(this, args);
    };
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (full()) throw refuse();
      setItem.call(this, key, value);
    };
  });
  await page.goto("/");
  await waitForApp(page);
  await edit(page);
  await storyTitle(page).fill("Early title, saved");
  await savedSinceLastChange(page);
  await page.evaluate(() => {
    (window as unknown as { __full?: boolean }).__full = true;
  });
  await storyTitle(page).fill("Later title, after an hour of work");
  await expect(page.getByText(/^Autosave is off/)).toBeVisible();
  await done(page);
  const notice = page.getByRole("status").or(page.getByRole("alert")).filter({
    hasText:
      "Autosave is off: your latest changes to the draft are kept only while this page is open.",
  });
  await expect(notice).toBeVisible();
  // The banner no longer says the draft is kept in this browser (review 34 F5).
  await expect(page.locator(".provenance-detail")).toHaveText(
    "What you are editing, not published, and kept only while this page is open: the browser's storage refused it.",
  );
  const download = page.waitForEvent("download");
  await notice.getByRole("button", { name: "Download the draft" }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);

  // Leaving asks; staying keeps the work.
  const asked: string[] = [];
  page.on("dialog", (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  // Not awaited: the dismissed dialog stops the reload, which would be waited for to the end.
  await page.evaluate(() => setTimeout(() => location.reload(), 0));
  await expect.poll(() => asked).toEqual(["beforeunload"]);
  await edit(page);
  await expect(storyTitle(page)).toHaveValue("Later title, after an hour of work");
});

test.describe("a story of 10,000 events", () => {
  test("the editor lists them a part at a time; the open event is listed wherever it is", async ({
    page,
    context,
  }) => {
    const body = JSON.stringify(generateDataset({ events: 10_000, seed: 7 }));
    await context.route(
      (url) => url.pathname === "/e2e-editor-10k.json",
      (route) => route.fulfill({ body, contentType: "application/json" }),
    );
    await page.goto("/?data=/e2e-editor-10k.json");
    await waitForApp(page);
    await edit(page);
    const list = page.getByRole("list", { name: "Events in the draft" });
    await expect(list.getByRole("button")).toHaveCount(200);
    const more = page.getByRole("button", { name: "Show 200 more (9,800 not listed)" });
    await more.click();
    await expect(list.getByRole("button")).toHaveCount(400);
    await expect(
      page.getByRole("button", { name: "Show 200 more (9,600 not listed)" }),
    ).toBeVisible();

    // An event opened from the timeline (here through the store) is listed after the gap.
    const id = await page.evaluate(() => window.__app?.store.getState().index?.events[7000]?.id);
    await page.evaluate((event) => window.__app?.store.getState().selectEvent(event ?? null), id);
    const open = list.locator('button[aria-current="true"]');
    await expect(open).toHaveCount(1);
    await expect(list.getByRole("button")).toHaveCount(401);
    await expect(page.getByRole("form", { name: /^Event:/ })).toBeVisible();
    // Typing in it reaches the draft.
    const title = page.getByRole("form", { name: /^Event:/ }).getByLabel("Title", { exact: true });
    await title.fill("Renamed far down");
    await expect(open).toContainText("Renamed far down");

    // Saved in chunks (review 34 F3: each save wrote the whole draft): the change rewrites its
    // chunk and the head, and a reload reopens the draft whole.
    await savedSinceLastChange(page);
    const stored = () =>
      page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open("keyval-store");
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const keys = await new Promise<IDBValidKey[]>((resolve) => {
          const request = db.transaction("keyval").objectStore("keyval").getAllKeys();
          request.onsuccess = () => resolve(request.result);
        });
        db.close();
        return keys.map(String).filter((key) => key.startsWith("draft:v1:events:")).length;
      });
    expect(await stored()).toBe(10);
    await page.evaluate(() => {
      const written: string[] = [];
      (window as unknown as { __written: string[] }).__written = written;
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args: Parameters<IDBObjectStore["put"]>) {
        written.push(String(args[1]));
        return put.apply(this, args);
      };
    });
    await title.fill("Renamed far down, again");
    await savedSinceLastChange(page);
    expect(
      await page.evaluate(() => (window as unknown as { __written: string[] }).__written),
    ).toEqual([expect.stringMatching(/^draft:v1:events:\w+:\d+$/), "draft:v1"]);
    await page.reload();
    await waitForApp(page);
    await expect(page.getByText(/^Draft restored/)).toBeVisible({ timeout: 30_000 });
    const titles = await page.evaluate(() =>
      (window.__app?.store.getState().editor?.history.present.events ?? []).map(
        (event) => event.fields.title,
      ),
    );
    expect(titles).toHaveLength(10_000);
    expect(titles.filter((one) => one === "Renamed far down, again")).toHaveLength(1);
  });
});

// Review 23 H2: a link to another dataset (an embed's Open full view among them) showed the
// draft left in this browser instead, and dropped its `data` and `event`.
test("a link to another dataset opens it, not the draft kept in this browser, and offers the draft back", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await waitForApp(page);
  await edit(page);
  await storyTitle(page).fill("A kept draft");
  await savedSinceLastChange(page);
  await done(page);
  const path = await serveSample(context, "markTwain");
  await page.goto(`/?data=${path}&event=hannibal-gazette`);
  await waitForApp(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Mark Twain");
  await expect(
    page.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 }),
  ).toHaveText("Hannibal Gazette");
  expect(new URL(page.url()).searchParams.get("data")).toBe(path);
  const kept = page.getByText("A draft you saved in this browser is kept");
  await expect(kept).toBeVisible();
  await page.getByRole("button", { name: "Reopen the draft" }).click();
  await expect(storyTitle(page)).toHaveValue("A kept draft");
  // Edit on the linked story reopens the draft too (one is kept): said, with how to edit the story
  // on show instead (review 35 F1: it opened with no word, and the notice above stayed up).
  await done(page);
  await page.goto(`/?data=${path}&event=hannibal-gazette`);
  await waitForApp(page);
  await expect(kept).toBeVisible();
  await edit(page);
  await expect(storyTitle(page)).toHaveValue("A kept draft");
  await expect(
    page.getByText(/^Edit opened the draft kept in this browser, “A kept draft”, not “Mark Twain/),
  ).toBeVisible();
  await expect(kept).toHaveCount(0);
});

// Edit on a link's story reopened the draft kept of another story (said, review 35 F1) in the
// link's story's view: the timeline on Mark Twain's 1800s around a draft of 2018's events, the map
// on the Mississippi. The view is the draft's story's own, as opening that story shows it.
test.describe("with the map", () => {
  test.use({ webgl: true });
  test("Edit on another story than the kept draft's shows the draft's story where it opens", async ({
    page,
    context,
  }) => {
    const view = () =>
      page.evaluate(() => {
        const center = window.__app?.map?.getCenter();
        return {
          window: window.__app?.store.getState().timeWindow,
          center: center ? [Math.round(center.lng), Math.round(center.lat)] : null,
        };
      });
    await page.goto("/");
    await waitForApp(page);
    await waitForMap(page);
    await afterMapUpdates(page);
    await expect.poll(() => page.evaluate(() => window.__app?.map?.isMoving())).toBe(false);
    const opening = await view();
    await edit(page);
    await storyTitle(page).fill("A kept draft");
    await savedSinceLastChange(page);
    await done(page);
    const path = await serveSample(context, "markTwain");
    await page.goto(`/?data=${path}`);
    await waitForApp(page);
    await waitForMap(page);
    await afterMapUpdates(page);
    await expect.poll(() => page.evaluate(() => window.__app?.map?.isMoving())).toBe(false);
    expect((await view()).window).not.toEqual(opening.window);
    await edit(page);
    await expect(page.getByText(/^Edit opened the draft kept in this browser/)).toBeVisible();
    await afterMapUpdates(page);
    await expect.poll(() => page.evaluate(() => window.__app?.map?.isMoving())).toBe(false);
    await expect.poll(view).toEqual(opening);
  });
});

// Review 22 H2: Back from a selection made while editing left the editor for the published story.
test("Back and Forward while editing step through the draft's selections and stay in the editor", async ({
  page,
}) => {
  await page.goto("/");
  await waitForApp(page);
  await edit(page);
  await storyTitle(page).fill("Edited before Back");
  const list = page.getByRole("list", { name: "Events in the draft" });
  await list.getByRole("button").nth(2).click();
  await expect.poll(() => new URL(page.url()).searchParams.get("event")).not.toBeNull();
  const chosen = new URL(page.url()).searchParams.get("event");
  await list.getByRole("button").nth(4).click();
  await expect.poll(() => new URL(page.url()).searchParams.get("event")).not.toBe(chosen);
  await page.goBack();
  await expect.poll(() => new URL(page.url()).searchParams.get("event")).toBe(chosen);
  await expect(page.getByRole("heading", { name: "Editing a draft" })).toBeVisible();
  await expect(storyTitle(page)).toHaveValue("Edited before Back");
  await expect
    .poll(() => page.evaluate(() => window.__app?.store.getState().selectedEventId))
    .toBe(chosen);
  await page.goForward();
  await expect(page.getByRole("heading", { name: "Editing a draft" })).toBeVisible();
  await expect(storyTitle(page)).toHaveValue("Edited before Back");
});

// Review 22 L3: a reload reopened the draft on the Events tab with nothing open, though the
// author had a place open on the Places tab (and the link's event stayed selected).
test("a reload reopens the draft on the tab and the place the author had open", async ({
  page,
}) => {
  await page.goto("/");
  await waitForApp(page);
  await edit(page);
  await storyTitle(page).fill("Reloaded with a place open");
  await page.getByRole("list", { name: "Events in the draft" }).getByRole("button").nth(2).click();
  await expect.poll(() => new URL(page.url()).searchParams.get("event")).not.toBeNull();
  await page.getByRole("tab", { name: "Places" }).click();
  const place = page.getByRole("list", { name: "Places in the draft" }).getByRole("button").nth(3);
  const name = (await place.locator(".editor-list-title").textContent()) ?? "";
  await place.click();
  await expect(page.getByRole("form", { name: `Place: ${name}` })).toBeVisible();
  await savedSinceLastChange(page);
  await page.reload();
  await waitForApp(page);
  await expect(storyTitle(page)).toHaveValue("Reloaded with a place open");
  await expect(page.getByRole("tab", { name: "Places" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("form", { name: `Place: ${name}` })).toBeVisible();
});
