/**
 * The editor, as an author uses it: add an event and see it on the timeline,
 * mistype a date and keep the event, undo and redo, reload or lose the tab
 * and find the draft, place a place by clicking the map, quote the source and
 * see the check pass and fail, download the JSON and validate it.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Locator, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, executablePath } from "../playwright.config";
import { generateDataset } from "../scripts/generate-dataset";
import {
  afterMapUpdates,
  axe,
  expect,
  hideWebGL,
  savedSinceLastChange,
  test,
  waitForApp,
  waitForMap,
} from "./fixtures";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

const SOURCE = [
  "A headline",
  "By a reporter",
  "",
  "The minister arrived in Tokyo on Monday for two days of talks.",
  "",
  "Both sides agreed to meet again in the autumn.",
].join("\n");

async function startEditing(page: Page) {
  await page.goto("/");
  await waitForApp(page);
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Editing a draft" })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => window.__app?.store.getState().source.kind))
    .toBe("draft");
}

/**
 * Add an event with a title and summary; returns when it is on the timeline. It is put in a
 * quiet stretch of the opening view, where it is drawn as a mark of its own. Its Id is typed as
 * `new-event`, which the tests below name it by: left alone, a new event's id follows its title,
 * dated or not (editorReview37.spec, editorReview41.spec).
 */
async function addEvent(page: Page, title: string) {
  await page.getByRole("button", { name: "Add event" }).click();
  const form = page.getByRole("form", { name: /^Event:/ });
  await form.getByLabel("Start", { exact: true }).fill("2017-06-15");
  await form.getByLabel("Title", { exact: true }).fill(title);
  await form.getByLabel("Id (used in links)", { exact: true }).fill("new-event");
  await form.getByLabel("Summary").fill("Written in the editor.");
  await expect(page.locator(`[data-event-id="new-event"]`)).toBeVisible();
}

const eventStart = (page: Page, id: string) =>
  page.evaluate(
    (eventId) => window.__app?.store.getState().index?.byId.get(eventId)?.start ?? null,
    id,
  );

// The session's code (the draft, autosave, undo keys) and the panel's: either may fail to come.
for (const chunk of ["editorSession", "EditorPanel"]) {
  test(`the editor's code loads on demand; when it cannot (${chunk}), a notice says so and Edit works again`, async ({
    page,
    watch,
  }) => {
    watch.allow(/ERR_INTERNET_DISCONNECTED/);
    // With or without the ?retry=N of a part's next try (src/ui/retryImport.ts).
    const code = new RegExp(`/assets/${chunk}-[\\w-]+\\.js(\\?.*)?$`);
    const editorCode: string[] = [];
    page.on("request", (request) => {
      if (code.test(request.url())) editorCode.push(request.url());
    });
    await page.route(code, (route) => route.abort("internetdisconnected"));
    await page.goto("/");
    await waitForApp(page);
    // Reading the story does not download the editor.
    expect(editorCode).toEqual([]);
    const edit = page.getByRole("button", { name: "Edit", exact: true });
    await edit.click();
    await expect(
      page.getByRole("alert").filter({ hasText: "The editor could not be loaded" }),
    ).toContainText("Check your connection");
    await expect(edit).toBeEnabled();
    await expect(page.getByRole("heading", { name: "Editing a draft" })).toHaveCount(0);

    await page.unroute(code);
    await edit.click();
    await expect(page.getByRole("heading", { name: "Editing a draft" })).toBeVisible();
  });
}

// One page for the three (each opened the editor and added an event): the date the first step
// leaves wrong is typed again out of view, and the event is then copied.
test("an added event shows on the timeline, a bad date is marked inline while it stays, the timeline follows a new date out of view, and a copy's id an earlier event has is marked", async ({
  page,
}) => {
  // Its former tests' time together: the suite's minute was each one's allowance.
  test.setTimeout(180_000);
  await startEditing(page);
  await test.step("an added event shows on the timeline; a bad date is marked inline while the event stays", async () => {
    // Every edit re-indexes the draft: the timeline is redrawn, never blanked for a frame.
    await page.evaluate(() => {
      const marks = () => document.querySelector('[data-testid="timeline-events"]');
      const record = window as unknown as { blanked: number };
      record.blanked = 0;
      let shown = marks();
      new MutationObserver(() => {
        const now = marks();
        if (shown && !now) record.blanked++;
        shown = now;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await addEvent(page, "Talks in the editor");
    await expect(page.locator(`[data-event-id="new-event"]`)).toHaveAttribute(
      "aria-label",
      /Talks in the editor/,
    );
    expect(await page.evaluate(() => (window as unknown as { blanked: number }).blanked)).toBe(0);

    const form = page.getByRole("form", { name: /^Event:/ });
    const start = form.getByLabel("Start", { exact: true });
    await expect(form.getByText("15 June 2017")).toBeVisible();
    await start.fill("2018-13-45");
    await expect(form.getByText(/^Start: .*is not a date/)).toBeVisible();
    await expect(start).toHaveAttribute("aria-invalid", "true");
    // The event keeps its last valid date on the timeline, and the typed text is kept.
    await expect.poll(() => eventStart(page, "new-event")).toBe("2017-06-15");
    await expect(page.locator(`[data-event-id="new-event"]`)).toBeVisible();
    await expect(start).toHaveValue("2018-13-45");
  });
  await test.step("the timeline follows the event being edited when its new date lies out of view", async () => {
    const form = page.getByRole("form", { name: /^Event:/ });
    // The opening view is 2016–2018: the event stayed there, off-screen, behind an "earlier" hint.
    await form.getByLabel("Start", { exact: true }).fill("1956-10-19");
    await expect(form.getByText("19 October 1956")).toBeVisible();
    // The draft is re-indexed once typing pauses; the window then takes in October 1956.
    const day = Date.UTC(1956, 9, 19);
    await expect
      .poll(() =>
        page.evaluate((at) => {
          const view = window.__app?.store.getState().timeWindow;
          return Boolean(view && view.start <= at && view.end > at);
        }, day),
      )
      .toBe(true);
  });
  await test.step("an id an earlier event has is marked on the copy, kept off the timeline until it has its own", async () => {
    await page.getByRole("button", { name: "Duplicate", exact: true }).click();
    const form = page.getByRole("form", { name: /^Event:/ });
    const id = form.getByLabel("Id (used in links)", { exact: true });
    await expect(id).not.toHaveValue("new-event");
    await id.fill("new-event");
    // Said where it is typed and in the list; before, the copy vanished from the story unsaid.
    await expect(
      form.getByText(/^Id \(used in links\): .*new-event.* is used by an earlier event/),
    ).toBeVisible();
    await expect(id).toHaveAttribute("aria-invalid", "true");
    await expect(
      form.getByText("Not on the timeline yet: fix the fields marked below."),
    ).toBeVisible();
    const list = page.getByRole("list", { name: "Events in the draft" });
    await expect(list.getByRole("button", { name: /1 problem/ })).toHaveCount(1);
    await expect(page.locator('[data-event-id="new-event"]')).toHaveCount(1);
    await id.fill("talks-again");
    await expect(page.locator('[data-event-id="talks-again"]')).toBeVisible();
    await expect(id).not.toHaveAttribute("aria-invalid", "true");
    await expect(list.getByRole("button", { name: /problem/ })).toHaveCount(0);
  });
});

/** How many Tabs from the focused control until `target` has focus; `limit` + 1 when it never does. */
async function tabsTo(page: Page, target: Locator, limit = 30): Promise<number> {
  for (let tabs = 1; tabs <= limit; tabs++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return tabs;
  }
  return limit + 1;
}

// Review F11: each item of a list was a Tab stop of its own, 22 Tabs from the third event of the
// shipped story's list to its form, and the tabs took ← → but not Home and End.
// One page for both (each opened the editor on the shipped story): the lists are walked before
// anything is added to them.
test("each of the editor's lists is one Tab stop, and Add event and Add place pressed from the keyboard focus the new item's Title or Name", async ({
  page,
}) => {
  // Its former tests' time together: the suite's minute was each one's allowance.
  test.setTimeout(120_000);
  await startEditing(page);
  await test.step("each of the editor's lists is one Tab stop, walked with ↑ ↓ Home End: Tab goes from the chosen item to its form; the tabs take Home and End", async () => {
    const lists = [
      { tab: "Events", list: "Events in the draft", form: /^Event:/, field: "Title", count: 24 },
      { tab: "Places", list: "Places in the draft", form: /^Place:/, field: "Name", count: 13 },
      { tab: "Periods", list: "Periods in the draft", form: /^Period:/, field: "Title", count: 3 },
    ] as const;
    /** The draft's own text of the item's first field (the list shows it with its places named). */
    const draftText = (tab: (typeof lists)[number]["tab"], index: number) =>
      page.evaluate(
        ([tab, index]) => {
          const draft = window.__app?.store.getState().editor?.history.present;
          if (tab === "Places") return draft?.places[index]?.fields.name;
          return draft?.[tab === "Events" ? "events" : "periods"][index]?.fields.title;
        },
        [tab, index] as const,
      );
    for (const { tab, list: name, form, field, count } of lists) {
      await page.getByRole("tab", { name: tab }).click();
      const list = page.getByRole("list", { name });
      const items = list.getByRole("button");
      await expect(items).toHaveCount(count);
      // One Tab stop, the first item while none is open (soft: the Tabs below say more when not).
      await expect.soft(list.locator('button[tabindex="0"]')).toHaveCount(1);
      await expect.soft(items.first()).toHaveAttribute("tabindex", "0");
      // The reviewer's walk: the third item, Enter, then Tab to the form.
      await items.nth(2).focus();
      await page.keyboard.press("Enter");
      await expect(items.nth(2)).toHaveAttribute("aria-current", "true");
      await expect(items.nth(2)).toBeFocused();
      const input = page.getByRole("form", { name: form }).getByLabel(field, { exact: true });
      await expect(input).toHaveValue((await draftText(tab, 2)) ?? "no such item");
      expect(await tabsTo(page, input), `Tabs from the chosen ${tab} item to its form`).toBe(1);
      // And back: the chosen item, the list's one Tab stop.
      await page.keyboard.press("Shift+Tab");
      await expect(items.nth(2)).toBeFocused();
      await expect(list.locator('button[tabindex="0"]')).toHaveCount(1);
      await expect(items.nth(2)).toHaveAttribute("tabindex", "0");
      // ↑ ↓ move focus and the stop with it; Home and End go to the ends, where the arrows stop.
      await page.keyboard.press("ArrowUp");
      await expect(items.nth(1)).toBeFocused();
      await expect(items.nth(1)).toHaveAttribute("tabindex", "0");
      await page.keyboard.press("ArrowDown");
      await expect(items.nth(2)).toBeFocused();
      await page.keyboard.press("End");
      await expect(items.last()).toBeFocused();
      await page.keyboard.press("ArrowDown");
      await expect(items.last()).toBeFocused();
      await page.keyboard.press("Home");
      await expect(items.first()).toBeFocused();
      await page.keyboard.press("ArrowUp");
      await expect(items.first()).toBeFocused();
      // Focus moved, nothing else did: the chosen item is still the open one.
      await expect(items.nth(2)).toHaveAttribute("aria-current", "true");
      await expect(list.locator('[aria-current="true"]')).toHaveCount(1);
    }

    // The tabs: ← → went round already; Home and End now go to the first and the last.
    const tabs = page.getByRole("tablist", { name: "Edit" }).getByRole("tab");
    await tabs.filter({ hasText: "Events" }).click();
    await page.keyboard.press("End");
    await expect(page.getByRole("tab", { name: "Source" })).toBeFocused();
    await expect(page.getByRole("tab", { name: "Source" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await page.keyboard.press("Home");
    await expect(page.getByRole("tab", { name: "Events" })).toBeFocused();
    await expect(page.getByRole("tab", { name: "Events" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await page.keyboard.press("ArrowLeft");
    await expect(page.getByRole("tab", { name: "Source" })).toBeFocused();
  });
  await test.step("Add event and Add place pressed from the keyboard put focus on the new item's Title or Name, ready to name it", async () => {
    // Back on the Events tab, which the step before left on Source.
    await page.getByRole("tab", { name: "Events" }).click();
    // Focus stayed on Add event: the Title lay past Duplicate, Delete and the list's 25 events.
    await page.getByRole("button", { name: "Add event" }).focus();
    await page.keyboard.press("Enter");
    const title = page.getByRole("form", { name: /^Event:/ }).getByLabel("Title", { exact: true });
    await expect(title).toBeFocused();
    await page.keyboard.type("Talks in Tokyo");
    await expect(title).toHaveValue("Talks in Tokyo");
    // Add place too: its Name, while the map still waits for a click to put the place there.
    await page.getByRole("tab", { name: "Places" }).click();
    await page.getByRole("button", { name: "Add place" }).focus();
    await page.keyboard.press("Enter");
    const name = page.getByRole("form", { name: /^Place:/ }).getByLabel("Name", { exact: true });
    await expect(name).toBeFocused();
    await page.keyboard.type("Sapporo");
    await expect(name).toHaveValue("Sapporo");
  });
});

test("a long list is one Tab stop too: 200 events listed, Tab goes on to Show more and then the form; ↓ and End reach the events not listed", async ({
  page,
  context,
}) => {
  const dataset = generateDataset({ events: 450, seed: 11 });
  const body = JSON.stringify(dataset);
  await context.route(
    (url) => url.pathname === "/e2e-editor-450.json",
    (route) => route.fulfill({ body, contentType: "application/json" }),
  );
  await page.goto("/?data=/e2e-editor-450.json");
  await waitForApp(page);
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  const list = page.getByRole("list", { name: "Events in the draft" });
  const items = list.getByRole("button");
  await expect(items).toHaveCount(200);
  await items.nth(2).click();
  const title = page.getByRole("form", { name: /^Event:/ }).getByLabel("Title", { exact: true });
  await expect(title).toBeVisible();
  await items.nth(2).focus();
  // 199 Tabs before: the 197 events after it, Show more, then the Title.
  expect(await tabsTo(page, title, 250)).toBe(2);
  await expect(page.getByRole("button", { name: /^Show 200 more/ })).toHaveCount(1);

  // ↓ from the last event listed goes on to the next, made for it; End to the very last.
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await expect(items.nth(2)).toBeFocused();
  await items.nth(199).focus();
  await page.keyboard.press("ArrowDown");
  const focusedIndex = () =>
    page.evaluate(() => document.activeElement?.getAttribute("data-index") ?? null);
  await expect.poll(focusedIndex).toBe("200");
  await expect(items).toHaveCount(201);
  await page.keyboard.press("End");
  await expect.poll(focusedIndex).toBe("449");
  await page.keyboard.press("Enter");
  await expect(page.locator(":focus")).toHaveAttribute("aria-current", "true");
  const lastTitle = await page.evaluate(
    () => window.__app?.store.getState().editor?.history.present.events[449]?.fields.title,
  );
  await expect(title).toHaveValue(lastTitle ?? "no such event");
  expect(await tabsTo(page, title)).toBe(2);
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await expect.poll(focusedIndex).toBe("449");
  await page.keyboard.press("Home");
  await expect.poll(focusedIndex).toBe("0");
});

test("on a Russian page, a new event, place and period are named in Russian until the author names them", async ({
  page,
}) => {
  await page.goto("/?lang=ru");
  await waitForApp(page);
  await page.getByRole("button", { name: "Редактировать", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Редактирование черновика" })).toBeVisible();
  // The draft's English titles name their places in English too, not in the page's Russian
  // (review 26: "…and the острова Хабомаи at the end of World War II").
  const events = page.getByRole("list", { name: "События в черновике" });
  await expect(events.getByText(/^The Soviet Union takes .*Habomai/)).toBeVisible();
  await expect(events).not.toContainText("Хабомаи");

  await page.getByRole("button", { name: "Добавить событие" }).click();
  const event = page.getByRole("form", { name: /^Событие:/ });
  await expect(event.getByLabel("Название", { exact: true })).toHaveValue("Новое событие");
  await expect(page.getByRole("list", { name: "События в черновике" })).toContainText(
    "Новое событие",
  );

  await page.getByRole("tab", { name: "Места" }).click();
  await page.getByRole("button", { name: "Добавить место" }).click();
  const place = page.getByRole("form", { name: /^Место:/ });
  await expect(place.getByLabel("Название", { exact: true })).toHaveValue("Новое место");

  await page.getByRole("tab", { name: "Периоды" }).click();
  await page.getByRole("button", { name: "Добавить период" }).click();
  const period = page.getByRole("form", { name: /^Период:/ });
  await expect(period.getByLabel("Название", { exact: true })).toHaveValue("Новый период");
  // The ids are the dataset's, the same on every page: a slug of no Latin letters is none.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const draft = window.__app?.store.getState().editor?.history.present;
        return [
          draft?.events.find((e) => e.fields.title === "Новое событие")?.fields.id,
          draft?.places.at(-1)?.fields.id,
          draft?.periods.at(-1)?.fields.id,
        ];
      }),
    )
    .toEqual(["new-event", "new-place", "new-period"]);
});

/** Delete the draft's first event: the count of events shown, and the count before. */
async function deleteFirst(page: Page) {
  const count = () => page.evaluate(() => window.__app?.store.getState().index?.events.length ?? 0);
  const before = await count();
  await page.getByRole("list", { name: "Events in the draft" }).getByRole("button").first().click();
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await expect.poll(count).toBe(before - 1);
  return { count, before };
}

// One page for both (each opened the editor and deleted the first event): the second deletes the
// next first event.
test("undo and redo, with the buttons and the keyboard, deletes included; Done, then Edit keeps them", async ({
  page,
}) => {
  // Its former tests' time together: the suite's minute was each one's allowance.
  test.setTimeout(120_000);
  await startEditing(page);
  await test.step("undo and redo, with the buttons and the keyboard, deletes included", async () => {
    const { count, before } = await deleteFirst(page);
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await expect.poll(count).toBe(before);
    await page.getByRole("button", { name: "Redo", exact: true }).click();
    await expect.poll(count).toBe(before - 1);
    await page.keyboard.press("Control+z");
    await expect.poll(count).toBe(before);
    await page.keyboard.press("Control+Shift+z");
    await expect.poll(count).toBe(before - 1);
  });
  // Done then Edit read the draft again from storage with no history: a delete (whose notice still
  // said "Undo brings it back") or a replaced draft could not come back, and the editor said
  // "Draft restored" as after a reload.
  await test.step("Done, then Edit: Undo still reaches back, and the draft is not said to be restored", async () => {
    const { count, before } = await deleteFirst(page);
    await expect(page.getByText(/Undo brings it back/)).toBeVisible();
    await page.getByRole("button", { name: "Done", exact: true }).click();
    await expect(page.getByRole("button", { name: "Edit", exact: true })).toBeVisible();
    await expect(page.getByText(/Undo brings it back/)).toHaveCount(0);
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    const undo = page.getByRole("button", { name: "Undo", exact: true });
    await expect(undo).toBeEnabled();
    await expect(page.getByText(/Draft restored/)).toHaveCount(0);
    await undo.click();
    await expect.poll(count).toBe(before);
  });
});

/** Where focus has been, in order (one entry per change), from now until `until`'s element has it. */
async function recordFocus(page: Page, untilId: string) {
  await page.evaluate((id) => {
    const trail: string[] = [];
    Object.assign(window, { __focusTrail: trail });
    const stopAt = performance.now() + 20_000;
    // A task loop and a frame loop: a gap of one frame or one task is seen.
    const record = () => {
      const active = document.activeElement;
      const name =
        !active || active === document.body
          ? "BODY"
          : `${active.tagName}${active.id ? `#${active.id}` : ""}`;
      if (trail.at(-1) !== name) trail.push(name);
      return active?.id === id || performance.now() > stopAt;
    };
    const task = () => {
      if (!record()) setTimeout(task, 0);
    };
    const frame = () => {
      if (!record()) requestAnimationFrame(frame);
    };
    task();
    frame();
  }, untilId);
  return () => page.evaluate(() => (window as unknown as { __focusTrail: string[] }).__focusTrail);
}

test("Edit pressed from the keyboard keeps focus while the editor's code loads, then gives it to the editor", async ({
  page,
}) => {
  // The editor panel's code, slow to come: focus fell to the page (<body>) while it loaded. Held
  // until the button has been seen busy (a fixed 1.5 s delay let a slow run miss that state).
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/EditorPanel-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/");
  await waitForApp(page);
  const edit = page.getByRole("button", { name: "Edit", exact: true });
  // Focus (or hover) on Edit already asks for the panel's code.
  const panelAsked = page.waitForRequest(/\/assets\/EditorPanel-[\w-]+\.js$/);
  await edit.focus();
  await panelAsked;
  const trail = await recordFocus(page, "editor-title");
  await page.keyboard.press("Enter");
  // The button holds focus and says it is busy until the editor is there.
  const opening = page.getByRole("button", { name: "Opening editor…" });
  await expect(opening).toBeFocused();
  await expect(opening).toHaveAttribute("aria-busy", "true");
  await expect(opening).toHaveAttribute("aria-disabled", "true");
  release();
  await expect(page.getByRole("heading", { name: "Editing a draft" })).toBeFocused();
  expect(await trail()).toEqual(["BUTTON", "H2#editor-title"]);
});

/** The ids of axe's findings on the page (WCAG 2.1 A and AA, and best practice). */
const violations = async (page: Page) =>
  (await axe(page).withTags(WCAG_AND_BEST_PRACTICE).analyze()).violations.map((v) => v.id);

const WCAG_AND_BEST_PRACTICE = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

const selectedEvent = (page: Page) =>
  page.evaluate(() => window.__app?.store.getState().selectedEventId ?? null);

// One page for both: the draft the first step discards is begun again for the second.
test("focus follows the editor on Edit, Done and Discard, and from Delete to Undo and back", async ({
  page,
}) => {
  // Its former tests' time together: the suite's minute was each one's allowance.
  test.setTimeout(120_000);
  await test.step("focus follows the editor: into it on Edit, to the event's details on Done, to Edit on Discard", async () => {
    await page.goto("/");
    await waitForApp(page);
    const edit = page.getByRole("button", { name: "Edit", exact: true });
    await edit.focus();
    await page.keyboard.press("Enter");
    const editorHeading = page.getByRole("heading", { name: "Editing a draft" });
    await expect(editorHeading).toBeFocused();

    const list = page.getByRole("list", { name: "Events in the draft" });
    await list.getByRole("button").nth(2).focus();
    await page.keyboard.press("Enter");
    // A change, which Discard draft will ask about.
    const titleField = page
      .getByRole("form", { name: /^Event:/ })
      .getByLabel("Title", { exact: true });
    await titleField.press("End");
    await titleField.pressSequentially(" (edited)");
    const title = await titleField.inputValue();
    expect(title).toMatch(/ \(edited\)$/);
    await expect.poll(() => selectedEvent(page)).not.toBeNull();
    await page.getByRole("button", { name: "Done", exact: true }).focus();
    await page.keyboard.press("Enter");
    // The details show the event that was being edited, and hold the focus.
    await expect(page.getByRole("heading", { level: 2, name: title })).toBeFocused();

    // Edit resumes the draft; Discard draft asks first (focus on Cancel; Escape keeps the draft and
    // goes back to Discard draft), then gives focus back to Edit.
    await edit.focus();
    await page.keyboard.press("Enter");
    await expect(editorHeading).toBeFocused();
    const discardDraft = page.getByRole("button", { name: "Discard draft", exact: true });
    await discardDraft.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Cancel" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(discardDraft).toBeFocused();
    await expect(discardDraft).toHaveAttribute("aria-expanded", "false");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Discard the draft" }).focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.evaluate(() => window.__app?.store.getState().source.kind))
      .toBe("default");
    await expect(edit).toBeFocused();
  });
  await test.step("Delete puts focus on Undo; Undo brings the event back selected and takes the notice away; Redo deletes it again, saying so", async () => {
    // Edit again after the discard: a fresh draft of the published story.
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Editing a draft" })).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => window.__app?.store.getState().source.kind))
      .toBe("draft");
    const list = page.getByRole("list", { name: "Events in the draft" });
    await list.getByRole("button").nth(1).click();
    const form = page.getByRole("form", { name: /^Event:/ });
    const title = await form.getByLabel("Title", { exact: true }).inputValue();
    await expect.poll(() => selectedEvent(page)).not.toBeNull();
    const id = await selectedEvent(page);
    await expect(page).toHaveURL(new RegExp(`[?&]event=${id}(&|$)`));

    await page.getByRole("button", { name: "Delete", exact: true }).focus();
    await page.keyboard.press("Enter");
    const notice = page.getByRole("status").filter({ hasText: `Deleted “${title}”` });
    await expect(notice).toBeVisible();
    await expect(form).toHaveCount(0);
    const undo = page.getByRole("button", { name: "Undo", exact: true });
    await expect(undo).toBeFocused();
    await expect.poll(() => selectedEvent(page)).toBeNull();

    await page.keyboard.press("Enter");
    await expect(notice).toHaveCount(0);
    await expect.poll(() => selectedEvent(page)).toBe(id);
    await expect(page).toHaveURL(new RegExp(`[?&]event=${id}(&|$)`));
    await expect(form.getByLabel("Title", { exact: true })).toHaveValue(title);
    // Undo has nothing left to undo: focus goes to the event it brought back, in the list.
    await expect(undo).toBeDisabled();
    await expect(list.locator('[aria-current="true"]')).toBeFocused();
    await expect(list.locator('[aria-current="true"]')).toContainText(title);

    // Redo deletes it again and says so as Delete did; with nothing left to redo, focus is on Undo.
    const redo = page.getByRole("button", { name: "Redo", exact: true });
    await redo.click();
    await expect(notice).toBeVisible();
    await expect(form).toHaveCount(0);
    await expect(redo).toBeDisabled();
    await expect(undo).toBeFocused();
    // Undone from the Places tab, the event is shown on the Events tab, focus on its line.
    await page.getByRole("tab", { name: "Places" }).click();
    await undo.click();
    await expect(page.getByRole("tab", { name: "Events" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await expect(form.getByLabel("Title", { exact: true })).toHaveValue(title);
    await expect(list.locator('[aria-current="true"]')).toBeFocused();
    await expect(notice).toHaveCount(0);

    await page.getByRole("button", { name: "Done", exact: true }).click();
    await expect(page.getByRole("heading", { level: 2, name: title })).toBeFocused();
  });
});

// One page for both (each opened the editor on the shipped story): the place is deleted after
// the undone event is gone.
test("an undo that takes away the event being edited leaves focus on a control that remains; Delete place says what went", async ({
  page,
}) => {
  // Its former tests' time together: the suite's minute was each one's allowance.
  test.setTimeout(120_000);
  await startEditing(page);
  await test.step("an undo that takes away the event being edited leaves focus on a control that remains", async () => {
    await page.getByRole("button", { name: "Add event" }).click();
    const form = page.getByRole("form", { name: /^Event:/ });
    const title = form.getByLabel("Title", { exact: true });
    await title.fill("Taken back by undo");
    // Ctrl+Z typed in a box that is no field of the draft (the search, Find a place) is the box's
    // own: it took the title back, then the event, out of sight (review 35 F14).
    const search = page.getByRole("combobox", { name: "Search events and places" });
    await search.fill("shimod");
    await search.press("Control+z");
    await search.press("Control+z");
    const find = form.getByRole("searchbox", { name: "Find a place" });
    await find.fill("tok");
    await find.press("Control+z");
    await expect(title).toHaveValue("Taken back by undo");
    await expect(page.getByRole("button", { name: "Redo", exact: true })).toBeDisabled();
    // The first undo takes back the typing, the second the event, with its form.
    await title.press("Control+z");
    await expect(title).toHaveValue("New event");
    await title.press("Control+z");
    await expect(form).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Redo", exact: true })).toBeFocused();
    // Redo brings it back; the Undo button, pressed, takes it away again.
    await page.keyboard.press("Control+Shift+z");
    await expect(form).toBeVisible();
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await expect(form).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Redo", exact: true })).toBeFocused();
  });
  // Deleting Tokyo took it off 8 events, unsaid.
  await test.step("Delete place says which place went and how many events named it, its id half typed; Undo brings it back", async () => {
    await page.getByRole("tab", { name: "Places" }).click();
    const list = page.getByRole("list", { name: "Places in the draft" });
    await list.getByRole("button", { name: /^Tokyo/ }).click();
    // Its id typed as one no place can have: the events that name it still show it ticked.
    await page
      .getByRole("form", { name: /^Place:/ })
      .getByLabel("Id (used in links)")
      .fill("Tokyo City");
    await page.getByRole("tab", { name: "Events" }).click();
    await page
      .getByRole("list", { name: "Events in the draft" })
      .getByRole("button", { name: /Lavrov lands in Tokyo/ })
      .click();
    await expect(
      page.getByRole("form", { name: /^Event:/ }).getByRole("checkbox", { name: "Tokyo" }),
    ).toBeChecked();
    await page.getByRole("tab", { name: "Places" }).click();
    await list.getByRole("button", { name: /^Tokyo/ }).click();
    await page.getByRole("button", { name: "Delete place", exact: true }).click();
    const notice = page
      .getByRole("status")
      .filter({ hasText: "Deleted the place “Tokyo”, which 8 events named. Undo brings it back." });
    await expect(notice).toBeVisible();
    await expect(list.getByRole("button", { name: /^Tokyo/ })).toHaveCount(0);
    // The id the events named goes with it, not only the one typed.
    const named = () =>
      page.evaluate(
        () =>
          window.__app?.store
            .getState()
            .editor?.history.present.events.filter((event) => event.fields.places.includes("tokyo"))
            .length,
      );
    expect(await named()).toBe(0);
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await expect(notice).toHaveCount(0);
    await expect(list.getByRole("button", { name: /^Tokyo/ })).toHaveCount(1);
  });
});

test("a reload reopens the draft with a notice, and Discard returns to the published story", async ({
  page,
}) => {
  await startEditing(page);
  await addEvent(page, "Kept across a reload");
  await expect(page.getByText(/Saved in this browser at/)).toBeVisible();
  await page
    .getByRole("form", { name: /^Event:/ })
    .getByLabel("Summary")
    .fill("Written in the editor, then the page was reloaded.");
  await savedSinceLastChange(page);
  await expect(page).toHaveURL(/[?&]event=new-event/);
  await page.reload();
  await expect(page.getByText(/Draft restored, saved/)).toBeVisible();
  await expect(page.locator(`[data-event-id="new-event"]`)).toHaveAttribute(
    "aria-label",
    /Kept across a reload/,
  );
  // The link's event is the draft's own: still selected, not "No event 'new-event'" from the
  // published story, which loads first.
  await expect
    .poll(() => page.evaluate(() => window.__app?.store.getState().selectedEventId))
    .toBe("new-event");
  await expect(page).toHaveURL(/[?&]event=new-event/);
  await expect(page.getByText(/No event/)).toHaveCount(0);
  // Discarding the restored draft asks first; Cancel keeps it.
  await page.getByRole("button", { name: "Discard", exact: true }).click();
  const question = page.getByText(/^Discard this draft, “.*”\? Its changes are lost/);
  await expect(question).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(question).toHaveCount(0);
  await expect(page.locator(`[data-event-id="new-event"]`)).toHaveCount(1);
  await page.getByRole("button", { name: "Discard", exact: true }).click();
  await page.getByRole("button", { name: "Discard the draft" }).click();
  await expect
    .poll(() => page.evaluate(() => window.__app?.store.getState().source.kind))
    .toBe("default");
  await expect(page.locator(`[data-event-id="new-event"]`)).toHaveCount(0);
  await page.reload();
  await waitForApp(page);
  await expect(page.getByText(/Draft restored/)).toHaveCount(0);
});

test("the story's title cleared stays empty and says a title is needed; the work and the story's title are kept", async ({
  page,
}) => {
  await startEditing(page);
  await addEvent(page, "Written before the title was cleared");
  const title = page.getByRole("textbox", { name: "Story title" });
  const shipped = await title.inputValue();
  expect(shipped).not.toBe("");
  // Emptied the way a person does: all selected, then Backspace (it used to come back at once).
  await title.click();
  await title.press("ControlOrMeta+a");
  await title.press("Backspace");
  await expect(title).toHaveValue("");
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(".editor-head .editor-error")).toHaveText(
    "Story title: must not be empty",
  );
  await expect(page.locator("#editor-needs")).toContainText("Give it a title");
  // The story on show keeps its last title, and the event typed before stays.
  await expect(page.getByRole("heading", { level: 1 })).toContainText(shipped);
  await expect(page.locator(`[data-event-id="new-event"]`)).toBeVisible();
  expect(await violations(page)).toEqual([]);

  // A reload finds it as it was left: empty, saying so, the event there.
  await savedSinceLastChange(page);
  await page.reload();
  await expect(page.getByText(/Draft restored, saved/)).toBeVisible();
  await expect(title).toHaveValue("");
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(`[data-event-id="new-event"]`)).toHaveAttribute(
    "aria-label",
    /Written before the title was cleared/,
  );

  // A new title is the story's at once.
  await title.fill("Talks on the islands");
  await expect(title).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(".editor-head .editor-error")).toHaveCount(0);
  await expect(page.locator("#editor-needs")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Talks on the islands");
});

test("the story's titles in other languages are said to be the earlier title's once the English one changes, and give way to it on request", async ({
  page,
}) => {
  await startEditing(page);
  const title = page.getByRole("textbox", { name: "Story title" });
  const note = page.locator("#editor-title-translations");
  await expect(note).toHaveText(
    "Titles in other languages, kept from the story: Japanese, Russian and Chinese.",
  );
  await title.fill("Japan and Russia, 2018");
  // A Japanese reader would still see 日ロ関係、2018年: the editor says so beside the field.
  await expect(note).toContainText(
    "The titles in Japanese, Russian and Chinese were written for the earlier title, “Japan–Russia relations, 2018”: readers in those languages still see them.",
  );
  await expect(title).toHaveAttribute("aria-describedby", /editor-title-translations/);
  expect(await violations(page)).toEqual([]);
  await note.getByRole("button", { name: "Show this title in every language" }).click();
  await expect(note).toHaveCount(0);
  // The story's other translated texts stay (its Japanese description).
  await expect
    .poll(() =>
      page.evaluate(() => {
        const i18n = window.__app?.store.getState().index?.dataset.meta.i18n;
        return [i18n?.ja?.title ?? null, Boolean(i18n?.ja?.description)];
      }),
    )
    .toEqual([null, true]);

  // The draft on a Japanese page: its header shows the new title.
  await savedSinceLastChange(page);
  await page.goto("/?lang=ja");
  await expect(page.getByText(/下書きを復元しました/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Japan and Russia, 2018");
});

/** The saved draft on a Japanese page, the event titled `title` open in its details. */
async function readerOnJapanesePage(page: Page, title: string) {
  await savedSinceLastChange(page);
  await page.goto("/?lang=ja");
  await waitForApp(page);
  await expect(page.getByText(/下書きを復元しました/)).toBeVisible();
  await page
    .getByRole("list", { name: "下書きの出来事" })
    .getByRole("button", { name: title })
    .click();
  await page.getByRole("button", { name: "完了", exact: true }).click();
  await expect(page.locator("#details-title")).toBeVisible();
}

test("an event's texts in other languages are said to be the earlier text's once the English one changes, and give way to it on request", async ({
  page,
}) => {
  await startEditing(page);
  await page.getByRole("list", { name: "Events in the draft" }).getByRole("button").first().click();
  const form = page.getByRole("form", { name: /^Event:/ });
  const title = form.getByLabel("Title", { exact: true });
  const summary = form.getByLabel("Summary", { exact: true });
  const earlier = await title.inputValue();
  const id = await selectedEvent(page);
  await expect(title).toHaveAccessibleDescription(
    "Titles in other languages, kept from the story: Japanese, Russian and Chinese.",
  );
  await expect(summary).toHaveAccessibleDescription(
    "Summaries in other languages, kept from the story: Japanese, Russian and Chinese.",
  );
  await title.fill("The Soviet Union takes the southern Kurils");
  // A Japanese reader would still see the earlier title's translation: the form says so.
  await expect(title).toHaveAccessibleDescription(
    /^The titles in Japanese, Russian and Chinese were written for the earlier title, “.+”: readers in those languages still see them\./,
  );
  expect(earlier.startsWith("The Soviet Union takes {iturup}")).toBe(true);
  await expect(form.getByText(/^The titles in .* were written for/)).toContainText(
    "“The Soviet Union takes {iturup}",
  );
  // The summary is unchanged: its translations still fit it.
  await expect(summary).toHaveAccessibleDescription(/^Summaries in other languages, kept/);
  expect(await violations(page)).toEqual([]);

  const translated = () =>
    page.evaluate((eventId) => {
      const i18n = window.__app?.store.getState().index?.byId.get(eventId ?? "")?.i18n;
      return [i18n?.ja?.title ?? null, Boolean(i18n?.ja?.summary)];
    }, id);
  const drop = form.getByRole("button", { name: "Show this title in every language" });
  await drop.click();
  await expect(drop).toHaveCount(0);
  await expect(title).not.toHaveAccessibleDescription(/other languages/);
  // Focus goes back to the title, not to the page (review 22 M4).
  await expect(title).toBeFocused();
  // Its other translated texts stay (the Japanese summary); Undo brings the titles back.
  await expect.poll(translated).toEqual([null, true]);
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(drop).toBeVisible();
  await expect.poll(translated).toEqual([expect.any(String), true]);
  await page.getByRole("button", { name: "Redo", exact: true }).click();
  await expect.poll(translated).toEqual([null, true]);

  // The draft on a Japanese page: the event shows the new title, in English, marked so.
  await readerOnJapanesePage(page, "The Soviet Union takes the southern Kurils");
  const heading = page.locator("#details-title");
  await expect(heading).toHaveText("The Soviet Union takes the southern Kurils");
  await expect(heading).toHaveAttribute("lang", "en");
});

test("a place's status and note are typed in its form, shown to a reader, kept across a reload; its translated status is marked once changed", async ({
  page,
}) => {
  await startEditing(page);
  await page.getByRole("tab", { name: "Places" }).click();
  const list = page.getByRole("list", { name: "Places in the draft" });
  // A disputed island's status has its translations: changed, the form says they are the earlier one's.
  await list.getByRole("button", { name: /^Kunashir/ }).click();
  const island = page.getByRole("form", { name: /^Place:/ });
  const islandStatus = island.getByLabel("Status", { exact: true });
  await expect(islandStatus).toHaveValue(/^Administered by Russia/);
  await expect(islandStatus).toHaveAccessibleDescription(
    /Statuses in other languages, kept from the story: Japanese, Russian and Chinese\.$/,
  );
  await islandStatus.fill("Administered by Russia; claimed by Japan");
  await expect(islandStatus).toHaveAccessibleDescription(
    /The statuses in Japanese, Russian and Chinese were written for the earlier status, “Administered by Russia/,
  );
  await expect(
    island.getByRole("button", { name: "Show this status in every language" }),
  ).toBeVisible();
  expect(await violations(page)).toEqual([]);

  // A place with neither: the maker gives it both.
  await list.getByRole("button", { name: /^Moscow/ }).click();
  const form = page.getByRole("form", { name: "Place: Moscow" });
  await form.getByLabel("Status", { exact: true }).fill("Capital of Russia");
  await form.getByLabel("Note", { exact: true }).fill("The talks were prepared here.");
  await savedSinceLastChange(page);

  // The reader's view of the place, after a reload.
  await page.goto("/?place=moscow");
  await expect(page.getByText(/Draft restored, saved/)).toBeVisible();
  await page.getByRole("button", { name: "Done", exact: true }).click();
  await expect(page.locator("#details-title")).toHaveText("Moscow");
  await expect(page.locator(".place-status")).toHaveText("Capital of Russia");
  await expect(page.locator(".details-note")).toHaveText("The talks were prepared here.");
  // And in the form again, as typed.
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await page.getByRole("tab", { name: "Places" }).click();
  await list.getByRole("button", { name: /^Moscow/ }).click();
  await expect(form.getByLabel("Status", { exact: true })).toHaveValue("Capital of Russia");
  await expect(form.getByLabel("Note", { exact: true })).toHaveValue(
    "The talks were prepared here.",
  );
  await list.getByRole("button", { name: /^Kunashir/ }).click();
  await expect(islandStatus).toHaveValue("Administered by Russia; claimed by Japan");
});

test("a link typed in the editor carries no English word: a Japanese reader sees it named in Japanese", async ({
  page,
}) => {
  await startEditing(page);
  await addEvent(page, "Linked in the editor");
  await page
    .getByRole("form", { name: /^Event:/ })
    .getByLabel("Link", { exact: true })
    .fill("https://example.com/talks");
  await expect
    .poll(() =>
      page.evaluate(() => window.__app?.store.getState().index?.byId.get("new-event")?.links),
    )
    .toEqual([{ url: "https://example.com/talks" }]);
  await readerOnJapanesePage(page, "Linked in the editor");
  const links = page.getByRole("list", { name: "リンク" });
  await expect(links.getByRole("link")).toHaveText("リンク");
  await expect(links.getByRole("link")).toHaveAttribute("href", "https://example.com/talks");
});

test("a link's text is the maker's: typed, it names the link for readers, after a reload too; cleared, the page names it", async ({
  page,
}) => {
  await startEditing(page);
  await addEvent(page, "Linked with words");
  const form = page.getByRole("form", { name: /^Event:/ });
  await form.getByLabel("Link", { exact: true }).fill("https://example.com/talks");
  const text = form.getByLabel("Link text", { exact: true });
  await expect(text).toHaveValue("");
  await expect(text).toHaveAccessibleDescription(/^Optional: without it, the page says “Link”/);
  await text.fill("Transcript of the talks");
  await readerOnJapanesePage(page, "Linked with words");
  const links = page.getByRole("list", { name: "リンク" });
  await expect(links.getByRole("link")).toHaveText("Transcript of the talks");
  await expect(links.getByRole("link")).toHaveAttribute("href", "https://example.com/talks");
  // The maker's words are the dataset's English, said so to a Japanese reader's screen reader.
  await expect(links.getByRole("link")).toHaveAttribute("lang", "en");
  // Cleared in the editor, the reader's page names the link in its own language.
  await page.getByRole("button", { name: "編集", exact: true }).click();
  await page
    .getByRole("list", { name: "下書きの出来事" })
    .getByRole("button", { name: "Linked with words" })
    .click();
  const jaText = page.getByRole("form", { name: /^出来事/ }).getByLabel("リンクの表示テキスト");
  await expect(jaText).toHaveValue("Transcript of the talks");
  await jaText.fill("");
  // Done at once, within the typing's pause: the story on show still gets the cleared text.
  await page.getByRole("button", { name: "完了", exact: true }).click();
  await expect(links.getByRole("link")).toHaveText("リンク");
  await expect(links.getByRole("link")).not.toHaveAttribute("lang");
});

test("Link text typed without a link is kept, marked on the Link field, until the address is given", async ({
  page,
}) => {
  await startEditing(page);
  await addEvent(page, "Words before the address");
  const form = page.getByRole("form", { name: /^Event:/ });
  const link = form.getByLabel("Link", { exact: true });
  const text = form.getByLabel("Link text", { exact: true });
  await text.fill("Transcript of the talks");
  // The address is what is missing: the Link field says so, in the form's words.
  const missing =
    /^Link: is empty, so the Link text .Transcript of the talks. is not shown: give the link's address, or clear its text$/;
  await expect(link).toHaveAttribute("aria-invalid", "true");
  await expect(link).toHaveAccessibleDescription(missing);
  // A notice, not a refusal: the event stays on the timeline; the words stay after a reload.
  await expect(page.locator(`[data-event-id="new-event"]`)).toBeVisible();
  await savedSinceLastChange(page);
  await page.reload();
  await expect(page.getByText(/Draft restored, saved/)).toBeVisible();
  await page
    .getByRole("list", { name: "Events in the draft" })
    .getByRole("button", { name: /^Words before the address/ })
    .click();
  await expect(text).toHaveValue("Transcript of the talks");
  await expect(link).toHaveAccessibleDescription(missing);
  await link.fill("https://example.com/talks");
  await expect(link).not.toHaveAttribute("aria-invalid");
  await expect(link).toHaveAccessibleDescription("");
  await page.getByRole("button", { name: "Done", exact: true }).click();
  const links = page.getByRole("list", { name: "Links" });
  await expect(links.getByRole("link")).toHaveText("Transcript of the talks");
  await expect(links.getByRole("link")).toHaveAttribute("href", "https://example.com/talks");
});

test("a reload right after typing keeps the typing", async ({ page }) => {
  await startEditing(page);
  await addEvent(page, "Typed before a quick reload");
  await expect(page.getByText(/Saved in this browser at/)).toBeVisible();
  // Within autosave's 300 ms: only pagehide's synchronous copy can keep this (IndexedDB's write
  // begun then did not land).
  await page
    .getByRole("form", { name: /^Event:/ })
    .getByLabel("Title", { exact: true })
    .fill("Retitled just before the reload");
  await page.reload();
  await expect(page.getByText(/Draft restored, saved/)).toBeVisible();
  await expect(page.locator(`[data-event-id="new-event"]`)).toHaveAttribute(
    "aria-label",
    /Retitled just before the reload/,
  );
});

test("a tab killed mid-edit loses nothing: the next visit finds the draft", async ({ baseURL }) => {
  // Two browsers of its own, one after the other, beside the workers' two: slow on a busy machine.
  test.slow();
  const profile = mkdtempSync(join(tmpdir(), "editor-profile-"));
  try {
    // Like the file's other tests, on the SVG map (the contexts it makes itself need telling).
    const launch = async () => {
      const context = await chromium.launchPersistentContext(profile, {
        executablePath,
        args: CHROMIUM_ARGS,
        baseURL,
      });
      await hideWebGL(context);
      return context;
    };
    const first = await launch();
    const page = first.pages()[0] ?? (await first.newPage());
    await startEditing(page);
    await addEvent(page, "Written before the crash");
    await page
      .getByRole("form", { name: /^Event:/ })
      .getByLabel("Summary")
      .fill("Typed just before the tab died.");
    // Autosave's moment (within half a second of the change), then the tab dies.
    await savedSinceLastChange(page);
    await first.close();

    const second = await launch();
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto("/");
    await expect(again.getByText(/Draft restored, saved/)).toBeVisible();
    await expect
      .poll(() =>
        again.evaluate(() => window.__app?.store.getState().index?.byId.get("new-event")?.summary),
      )
      .toBe("Typed just before the tab died.");
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test.describe("with MapLibre", () => {
  test.use({ webgl: true });
  test("a place is put where the map is clicked, and can be given to an event", async ({
    page,
  }) => {
    await startEditing(page);
    await waitForMap(page);
    await page.getByRole("tab", { name: "Places" }).click();
    await page.getByRole("button", { name: "Add place" }).click();
    await expect(page.getByRole("button", { name: /Click the map to place it/ })).toBeVisible();
    const map = page.getByTestId("map");
    // The layout settles around the new form first (the map may change size).
    let box = await map.boundingBox();
    await expect
      .poll(async () => {
        const now = await map.boundingBox();
        const same = JSON.stringify(now) === JSON.stringify(box);
        box = now;
        return same;
      })
      .toBe(true);
    if (!box) throw new Error("no map");
    const x = Math.round(box.width * 0.3);
    const y = Math.round(box.height * 0.4);
    // The camera must be still, or the pixel would mean another place by the time of the click.
    await expect.poll(() => page.evaluate(() => window.__app?.map?.isMoving())).toBe(false);
    await map.click({ position: { x, y } });
    const form = page.getByRole("form", { name: /^Place:/ });
    await form.getByLabel("Name").fill("Harbour office");
    // The place is where the click was, to within a pixel (the mouse moves by whole pixels).
    // Typed on an iPhone too: its decimal keypad has no minus sign for a place west of zero.
    expect(await form.getByLabel("Longitude").getAttribute("inputmode")).toBeNull();
    const longitude = Number(await form.getByLabel("Longitude").inputValue());
    const latitude = Number(await form.getByLabel("Latitude").inputValue());
    const at = await page.evaluate(
      (lngLat) => window.__app?.map?.project(lngLat) ?? { x: Number.NaN, y: Number.NaN },
      [longitude, latitude] as [number, number],
    );
    expect(Math.abs(at.x - x)).toBeLessThan(1.5);
    expect(Math.abs(at.y - y)).toBeLessThan(1.5);
    await expect(page.getByTestId("edit-marker")).toBeVisible();
    // Named by a message (review 26: the literal English on every page).
    await expect(page.getByTestId("edit-marker")).toHaveAttribute(
      "aria-label",
      "The place being edited: drag to move it",
    );
    await expect
      .poll(() =>
        page.evaluate(() => window.__app?.store.getState().index?.places.get("new-place")?.name),
      )
      .toBe("Harbour office");

    await page.getByRole("tab", { name: "Events" }).click();
    await addEvent(page, "Opening of the harbour office");
    const eventForm = page.getByRole("form", { name: /^Event:/ });
    await eventForm.getByLabel("Find a place").fill("harbour");
    await eventForm.getByLabel("Harbour office").check();
    await expect
      .poll(() =>
        page.evaluate(() => window.__app?.store.getState().index?.byId.get("new-event")?.places),
      )
      .toEqual(["new-place"]);
  });
});

// One page for both (each opened the editor and added an event to quote): the mouse's quote first,
// from an empty source, then the keyboard's replaces it.
test("a selection in the source is quoted and checked, with a mouse or from the keyboard alone; one changed word fails the check", async ({
  page,
}) => {
  // Its former tests' time together: the suite's minute was each one's allowance.
  test.setTimeout(120_000);
  await startEditing(page);
  await addEvent(page, "The minister arrives");
  await test.step("a sentence selected in the source is quoted and checked; one changed word fails the check", async () => {
    await page.getByRole("tab", { name: "Source" }).click();
    await page.getByLabel("Source text", { exact: true }).fill(SOURCE);
    await page.getByRole("button", { name: "Show numbered paragraphs" }).click();
    // Select the first sentence of paragraph 1, as a mouse would.
    await page.evaluate(() => {
      const paragraph = document.querySelector('.editor-source-text [data-paragraph="1"]');
      const text = paragraph?.lastChild;
      if (!text?.textContent) throw new Error("no paragraph");
      const from = text.textContent.indexOf("The minister");
      const range = document.createRange();
      range.setStart(text, from);
      range.setEnd(text, from + "The minister arrived in Tokyo on Monday".length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    });
    await page.getByRole("button", { name: "Quote this" }).click();
    const form = page.getByRole("form", { name: /^Event:/ });
    await expect(form.getByLabel("Quote")).toHaveValue("The minister arrived in Tokyo on Monday");
    await expect(form.getByLabel("Paragraph")).toHaveValue("1");
    await expect(page.getByTestId("quote-check")).toHaveText(/Found verbatim in the source/);
    await form.getByLabel("Quote").fill("The minister arrived in Osaka on Monday");
    await expect(page.getByTestId("quote-check")).toHaveText(/Not in the source/);
    await expect(page.getByRole("list", { name: "Events in the draft" })).toContainText(
      "quote not in the source",
    );
    // An article saved as Windows-1252 (Notepad's "ANSI"): its “ ” — read as �, and said, where
    // every quote with them failed the check with no word why (review 35 F8).
    await page.getByRole("tab", { name: "Source" }).click();
    const ansi = Buffer.from("The minister said \x93we will return\x94 \x97 and left.\n", "latin1");
    await page.getByLabel("Source text file").setInputFiles({
      name: "article.txt",
      mimeType: "text/plain",
      buffer: ansi,
    });
    await expect(page.getByRole("alert").filter({ hasText: "not saved as UTF-8" })).toHaveText(
      /^Line 1 of the file has a character that could not be read/,
    );
  });
  // Review 19 L1: the numbered paragraphs cannot be selected from a keyboard; the text box can.
  await test.step("from the keyboard alone a selection in the source's text box is quoted; the headline is not, and says why", async () => {
    await page.getByRole("tab", { name: "Source" }).click();
    // The step before left a text: the tab opens on its numbered paragraphs.
    await page.getByRole("button", { name: "Paste or edit the text" }).click();
    // Not by its label: a label around a text box names it with its text as well.
    const box = page.locator(".editor-source textarea");
    await box.fill("A headline only");
    await page.getByRole("button", { name: "Show numbered paragraphs" }).click();
    await expect(page.locator(".editor-source-text")).toHaveText(/^No numbered paragraph yet/);
    await page.getByRole("button", { name: "Paste or edit the text" }).click();
    await box.fill(SOURCE);
    // The caret at the end, "the autumn." selected with Shift + ←, then Tab to Quote this.
    await box.press("Control+End");
    for (const _ of "the autumn.") await box.press("Shift+ArrowLeft");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Quote this" })).toBeFocused();
    await page.keyboard.press("Enter");
    const form = page.getByRole("form", { name: /^Event:/ });
    await expect(form.getByLabel("Quote")).toHaveValue("the autumn.");
    await expect(form.getByLabel("Paragraph")).toHaveValue("2");
    await expect(page.getByTestId("quote-check")).toHaveText(/Found verbatim in the source/);
    // The headline has no number to quote it by.
    await page.getByRole("tab", { name: "Source" }).click();
    await page.getByRole("button", { name: "Paste or edit the text" }).click();
    await box.press("Control+Home");
    await box.press("Shift+End");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "first block" })).toHaveText(
      /has no paragraph number/,
    );
    await expect(form).toHaveCount(0);
  });
});

// One page for both (each opened the editor and added an event): the event is then mistyped.
test("the downloaded JSON passes npm run validate, Download JSON says when the file holds less than the form shows, and two tabs on one draft are told about each other", async ({
  page,
  context,
}, testInfo) => {
  // Its former tests' time together: the suite's minute was each one's allowance.
  test.setTimeout(180_000);
  await startEditing(page);
  await addEvent(page, "Exported event");
  await test.step("the downloaded JSON passes npm run validate", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download JSON" }).first().click(),
    ]);
    const file = testInfo.outputPath("draft.json");
    await download.saveAs(file);
    const output = execFileSync("npx", ["tsx", "scripts/validate.ts", file], { encoding: "utf8" });
    expect(output).toMatch(/valid/i);
    expect(output).toContain("events");
    // Only the format's fields: not the page's own order and interval of each event.
    const saved = JSON.parse(readFileSync(file, "utf8")) as { events: Record<string, unknown>[] };
    expect(saved.events.length).toBeGreaterThan(10);
    expect(saved.events.filter((event) => "order" in event || "interval" in event)).toEqual([]);
  });
  // Review 22 M1: the file held an item's last valid values, and nothing said so.
  await test.step("Download JSON says when the file holds less than the form shows", async () => {
    const form = page.getByRole("form", { name: /^Event:/ });
    await form.getByLabel("Start", { exact: true }).fill("2016-13-45");
    await expect(form.locator(".editor-error")).toContainText("2016-13-45");
    await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download JSON" }).first().click(),
    ]);
    await expect(
      page.getByText("1 item has fields with problems, flagged in the lists: the file holds what"),
    ).toBeVisible();
    // Put right, the next download says nothing, and the notice goes.
    await form.getByLabel("Start", { exact: true }).fill("2016-12-15");
    await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download JSON" }).first().click(),
    ]);
    await expect(page.getByText(/fields with problems/)).toHaveCount(0);
    // The header's Download of the draft on show says so too (review 35 F9: it said nothing).
    await form.getByLabel("Start", { exact: true }).fill("2016-13-45");
    await page.getByRole("button", { name: "Download", exact: true }).click();
    await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /^CSV/ }).click(),
    ]);
    await expect(page.getByText(/^1 item has fields with problems/)).toBeVisible();
  });
  await test.step("two tabs on one draft are told about each other", async () => {
    const other = await context.newPage();
    await other.goto("/");
    await expect(other.getByText(/Draft restored/)).toBeVisible();
    await expect(
      page.getByRole("alert").filter({ hasText: "also open in another tab" }),
    ).toBeVisible();
    await other.close();
  });
});

// The alert came above the tabs as the editor opened, and moved Add event under the pointer (a
// press landed beside it). It comes at the panel's foot: nothing above it moves.
// One page for both (each opened the editor with storage refused): the alert's coming is watched
// first, then an event is added under it.
test("storage refused: autosave says it is off, offers a download, and its alert moves none of the editor's controls", async ({
  page,
}) => {
  // Its former tests' time together: the suite's minute was each one's allowance.
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    Object.defineProperty(window, "indexedDB", {
      value: {
        open: () => {
          throw new DOMException("blocked", "SecurityError");
        },
      },
    });
    // Where Add event is in each frame, and whether the alert is up then: one entry a change.
    const boxes: { x: number; y: number; alert: boolean }[] = [];
    (window as { __addEventBoxes?: typeof boxes }).__addEventBoxes = boxes;
    const look = () => {
      const button = [...document.querySelectorAll(".editor button")].find(
        (b) => b.textContent === "Add event",
      );
      if (button) {
        const box = button.getBoundingClientRect();
        const alert = [...document.querySelectorAll('[role="alert"]')].some((a) =>
          a.textContent?.includes("Autosave is off"),
        );
        const last = boxes.at(-1);
        if (!last || last.x !== box.x || last.y !== box.y || last.alert !== alert)
          boxes.push({ x: box.x, y: box.y, alert });
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await startEditing(page);
  await test.step("storage refused: the alert that autosave is off moves none of the editor's controls", async () => {
    await expect(page.getByRole("alert").filter({ hasText: "Autosave is off" })).toBeVisible();
    await afterMapUpdates(page);
    const boxes = await page.evaluate(
      () =>
        (window as { __addEventBoxes?: { x: number; y: number; alert: boolean }[] })
          .__addEventBoxes,
    );
    const before = boxes?.filter((box) => !box.alert) ?? [];
    const after = boxes?.filter((box) => box.alert) ?? [];
    // Seen both before and after the alert came, in the same place.
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    for (const box of [...before, ...after])
      expect({ x: box.x, y: box.y }).toEqual({ x: before[0]?.x, y: before[0]?.y });
  });
  await test.step("storage refused: autosave says it is off and offers a download", async () => {
    // Said as the editor opens, at its foot (it moves nothing: the step before).
    const alert = page.getByRole("alert").filter({ hasText: "Autosave is off" });
    await expect(alert).toBeVisible();
    await addEvent(page, "Not saved anywhere");
    await expect(alert).toBeVisible();
    await expect(alert.getByRole("button", { name: "Download the draft" })).toBeVisible();
    // Typing further down the form, the maker still sees it (review 34 F5: it scrolled away), and
    // the field focus scrolls to is not under it.
    const link = page.getByLabel("Link", { exact: true });
    await link.focus();
    await expect(alert).toBeInViewport({ ratio: 1 });
    await expect(link).toBeInViewport({ ratio: 1 });
    const linkBox = await link.boundingBox();
    const alertBox = await alert.boundingBox();
    expect(linkBox && alertBox && linkBox.y + linkBox.height <= alertBox.y).toBe(true);
    await link.scrollIntoViewIfNeeded();
    await expect(alert).toBeInViewport({ ratio: 1 });
    await expect(link).toBeInViewport();
  });
});

// One MapLibre page for both sizes: the phone's, then the same page widened to a desktop's (each
// had a page load of its own, ~4 CPU-s more here).
test.describe("edit mode has no axe violations", () => {
  test.use({ webgl: true });
  test("on a phone, then on a desktop", async ({ page }, testInfo) => {
    // Its former tests' time together: the suite's minute was each one's allowance.
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    await waitForApp(page);
    /** An event added with a half-typed date, then axe over the page, photographed. */
    const addAndScan = async (name: string) => {
      await page.getByRole("button", { name: "Add event" }).click();
      await page
        .getByRole("form", { name: /^Event:/ })
        .getByLabel("Start", { exact: true })
        .fill("2018-13");
      const result = await axe(page).withTags(WCAG_AND_BEST_PRACTICE).analyze();
      await testInfo.attach(`editor-${name}.png`, {
        body: await page.screenshot(),
        contentType: "image/png",
      });
      expect(
        result.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
        ),
      ).toEqual([]);
    };
    await test.step("phone", async () => {
      const menu = page.getByRole("button", { name: "Island names, language and dataset" });
      await menu.click();
      await page.getByRole("button", { name: "Edit", exact: true }).click();
      // The phone's menu folds once editing begins, rather than cover the editor.
      await expect(menu).toHaveAttribute("aria-expanded", "false");
      await addAndScan("phone");
    });
    await test.step("desktop", async () => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await addAndScan("desktop");
    });
  });
});
