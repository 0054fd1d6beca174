import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import type { Dataset } from "../src/data/schema";
import { axe, expect, holdRequests, test, waitForApp, waitForMap } from "./fixtures";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

const dataset = JSON.parse(readFileSync("data/japan-russia-2018.json", "utf8")) as Dataset;
const total = dataset.events.length;

const state = (page: Page) =>
  page.evaluate(() => {
    const s = window.__app?.store.getState();
    return { event: s?.selectedEventId ?? null, place: s?.selectedPlaceId ?? null };
  });

const searchBox = (page: Page) => page.getByRole("combobox", { name: "Search events and places" });
const results = (page: Page) => page.getByRole("listbox", { name: "Search results" });
const status = (page: Page) => page.getByRole("status").filter({ hasText: /results?\b/ });

/** Ids of the events drawn on the timeline (the marks are buttons named by their titles). */
const drawnIds = (page: Page) =>
  page
    .getByTestId("timeline-events")
    .getByRole("button")
    .evaluateAll((buttons) =>
      buttons.map((button) => (button as HTMLElement).dataset.eventId ?? ""),
    );

/** Each place's count of shown events, as the map's places source has it. */
const mapPlaceCounts = (page: Page) =>
  page.evaluate(async () => {
    const source = window.__app?.map?.getSource("places") as
      | { getData: () => Promise<GeoJSON.FeatureCollection> }
      | undefined;
    const data = await source?.getData();
    const counts: Record<string, number> = {};
    for (const feature of data?.features ?? []) {
      const { id, count } = feature.properties as { id: string; count: number };
      counts[id] = count;
    }
    return counts;
  });

/** Titles of the event results, in order. */
async function eventTitles(page: Page): Promise<string[]> {
  // Each option's full content (its date, kind and snippet) comes with the results' code, each
  // in its own Suspense boundary: read before, some were still their bare titles (a busy run).
  await expect(results(page).locator('[role="option"]:not(:has(.search-line))')).toHaveCount(0);
  const options = results(page).getByRole("option");
  const out: string[] = [];
  for (const option of await options.all()) {
    const text = (await option.textContent()) ?? "";
    if (text.startsWith("Place")) continue;
    out.push(text);
  }
  return out;
}

test("every naming form of an island finds the same place and events", async ({ page }) => {
  await page.goto("/");
  await waitForApp(page);
  const box = searchBox(page);
  let first: string[] | null = null;
  for (const form of ["Etorofu", "Iturup", "ITURUP", "択捉", "Итуруп"]) {
    await box.fill(form);
    // The island by its name, and where its note names it, the islands as a whole below it.
    await expect(status(page)).toHaveText(/^[34] results: [12] places?, 2 events\.$/);
    const options = results(page).getByRole("option");
    await expect(options.first()).toContainText("Etorofu / Iturup");
    await expect(options.first()).toContainText("Place");
    // The match is marked, in whatever form it was found.
    await expect(options.first().locator("mark").first()).toBeVisible();
    // The islands as a whole, found by their note, do not repeat their name as "Also called"
    // (review 25: a screen reader read it twice).
    await expect(
      options.filter({ hasText: "Northern Territories / Southern Kurils" }).filter({
        hasText: "Also called",
      }),
    ).toHaveCount(0);
    const titles = (await eventTitles(page)).map((text) =>
      text.replace(/(Place|Also called): .*$/, ""),
    );
    if (first === null) first = titles;
    else expect(titles.map((t) => t.slice(0, 40))).toEqual(first.map((t) => t.slice(0, 40)));
    // Enter picks the first result: the island.
    await box.press("Enter");
    expect(await state(page)).toEqual({ event: null, place: "iturup" });
    await expect(
      page.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 }),
    ).toContainText("Etorofu");
    await expect(results(page)).toBeHidden();
  }
  expect(first).toHaveLength(2);
  await expect(page).toHaveURL(/[?&]place=iturup(&|$)/);
});

test("results are keyboard-driven, highlighted, diacritic-blind, and the query survives a reload", async ({
  page,
}) => {
  await page.goto("/");
  await waitForApp(page);
  await waitForMap(page);
  const box = searchBox(page);
  await box.click();
  await box.pressSequentially("LAVRÖV", { delay: 30 });
  await expect(results(page)).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  const options = results(page).getByRole("option");
  expect(await options.count()).toBeGreaterThanOrEqual(3);
  await expect(options.first().locator("mark").first()).toHaveText(/lavrov/i);

  await box.press("ArrowDown");
  await box.press("ArrowDown");
  const activeId = await box.getAttribute("aria-activedescendant");
  expect(activeId).toBeTruthy();
  const second = results(page).locator(`[id="${activeId}"]`);
  await expect(second).toHaveAttribute("aria-selected", "true");
  const secondText = (await second.textContent()) ?? "";
  await box.press("Enter");
  const chosen = await state(page);
  expect(chosen.event).not.toBeNull();
  const heading = page
    .getByRole("complementary", { name: "Details" })
    .getByRole("heading", { level: 2 });
  await expect(heading).toHaveText(
    dataset.events.find((e) => e.id === chosen.event)?.title.replace(/\{[^}]+\}/g, "") ?? "",
  );
  expect(secondText).toContain((await heading.textContent()) ?? "-");

  // The query is in the address (q=) and comes back with it.
  await expect(page).toHaveURL(/[?&]q=LAVR%C3%96V(&|$)/);
  await page.reload();
  await waitForApp(page);
  await expect(searchBox(page)).toHaveValue("LAVRÖV");
  expect(await state(page)).toEqual(chosen);

  // Escape closes the list, then clears the box.
  await searchBox(page).focus();
  await expect(results(page)).toBeVisible();
  await searchBox(page).press("Escape");
  await expect(results(page)).toBeHidden();
  await searchBox(page).press("Escape");
  await expect(searchBox(page)).toHaveValue("");
});

test("a click on a result selects it; a search for nothing says so", async ({ page }) => {
  await page.goto("/");
  await waitForApp(page);
  const box = searchBox(page);
  await box.fill("trojan horse");
  await expect(status(page)).toHaveText("1 result: 1 event.");
  await results(page).getByRole("option").first().click();
  expect((await state(page)).event).toBe("joint-projects-legal-framework");
  // A click in the box, which kept focus, shows the results again.
  await expect(results(page)).toBeHidden();
  await box.click();
  await expect(results(page).getByRole("option")).toHaveCount(1);
  await box.fill("zzzz-nothing");
  await expect(page.getByRole("status").filter({ hasText: "No results." })).toBeAttached();
  await expect(results(page)).toBeHidden();
});

// A press that starts on a result's first words and ends after its full content has arrived
// (the content's code loads with the first search) still chooses it.
test("a result pressed while its content arrives is still chosen", async ({ page }) => {
  const release = await holdRequests(page, /\/assets\/SearchOptions-[^/]+\.js$/);
  await page.goto("/");
  await waitForApp(page);
  await searchBox(page).fill("trojan horse");
  const option = results(page).getByRole("option").first();
  await expect(option).toBeVisible();
  await expect(option.locator(".search-line")).toHaveCount(0);
  // Read until it has one: under load the list can be between two renders (seen once, CI=true).
  let box = null as Awaited<ReturnType<typeof option.boundingBox>>;
  await expect.poll(async () => (box = await option.boundingBox())).not.toBeNull();
  if (!box) throw new Error("the result has no box");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  release();
  await expect(option.locator(".search-line")).toBeVisible();
  await page.mouse.up();
  await expect.poll(async () => (await state(page)).event).toBe("joint-projects-legal-framework");
  await expect(results(page)).toBeHidden();
});

// The shipped dataset's other languages are fetched as typing starts, and the dataset is indexed
// again with them: a result pressed as they arrive is still chosen (the list left the page while
// the new index was built, and Chromium fires no click once the pressed node is gone).
test("a result pressed while the other languages arrive is still chosen", async ({ page }) => {
  const release = await holdRequests(page, /\/assets\/japan-russia-2018\.(ja|ru|zh)-[^/]+\.json$/);
  await page.goto("/");
  await waitForApp(page);
  await searchBox(page).fill("trojan horse");
  const option = results(page).getByRole("option").first();
  await expect(option.locator(".search-line")).toBeVisible();
  let box = null as Awaited<ReturnType<typeof option.boundingBox>>;
  await expect.poll(async () => (box = await option.boundingBox())).not.toBeNull();
  if (!box) throw new Error("the result has no box");
  const indexed = () =>
    page.evaluate(() => {
      const dataset = window.__app?.store.getState().index?.dataset;
      return Object.keys(dataset?.events[0]?.i18n ?? {}).sort();
    });
  expect(await indexed()).toEqual([]);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  release();
  await expect.poll(indexed).toEqual(["ja", "ru", "zh"]);
  await page.mouse.up();
  await expect.poll(async () => (await state(page)).event).toBe("joint-projects-legal-framework");
  await expect(results(page)).toBeHidden();
});

test.describe("with MapLibre", () => {
  test.use({ webgl: true });
  // One MapLibre page load for both (each reloads its link once): the filter's step ends with it
  // cleared, the opening view again, where the search's step begins.
  test("filtering to one actor, then only the search's matches, change the timeline, the map and the count together", async ({
    page,
  }) => {
    // Its former tests' time together: the suite's minute was each one's allowance.
    test.setTimeout(120_000);
    await page.goto("/");
    await waitForApp(page);
    await waitForMap(page);
    await test.step("filtering to one actor changes the timeline, the map and the count together", async () => {
      const actor = "United States";
      const expected = dataset.events.filter((event) => (event.actors ?? []).includes(actor));
      const expectedIds = new Set(expected.map((event) => event.id));
      const expectedCounts: Record<string, number> = {};
      for (const place of dataset.places) expectedCounts[place.id] = 0;
      for (const event of expected) {
        for (const id of event.places ?? []) expectedCounts[id] = (expectedCounts[id] ?? 0) + 1;
      }

      const toggle = page.getByRole("button", { name: /^Filters/ });
      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
      const box = page.getByRole("checkbox", { name: new RegExp(`^${actor} \\d+ events?$`) });
      await expect(box).toHaveAccessibleName(`${actor} ${expected.length} events`);
      await box.check();

      const check = async () => {
        // The count.
        await expect(page.getByTestId("event-count")).toContainText(
          `${expected.length} of ${total} events`,
        );
        // The sentence: in the open panel's foot, else in the toolbar's line (one at a time).
        const open = (await toggle.getAttribute("aria-expanded")) === "true";
        const line = open ? page.locator(".filters-showing") : page.getByTestId("filter-summary");
        await expect(line).toBeVisible();
        await expect(line).toContainText(`Showing ${expected.length} of ${total} events`);
        // The timeline: only the actor's events are drawn.
        const drawn = await drawnIds(page);
        expect(drawn.length).toBeGreaterThan(0);
        for (const id of drawn) expect(expectedIds.has(id), id).toBe(true);
        // The map: each place's circle counts only the actor's events.
        await expect.poll(() => mapPlaceCounts(page)).toEqual(expectedCounts);
      };
      await check();
      await expect(page).toHaveURL(/[?&]actors=United\+States(&|$)/);

      // Escape closes the panel and gives focus back to its button.
      await page.keyboard.press("Escape");
      await expect(toggle).toHaveAttribute("aria-expanded", "false");
      await expect(toggle).toBeFocused();

      // The link keeps the filter.
      await page.reload();
      await waitForApp(page);
      await waitForMap(page);
      await check();

      // Back undoes the filter; clear filters does too.
      await page.goBack();
      await expect(page.getByTestId("event-count")).toHaveText(` — ${total} events`);
      await page.goForward();
      await expect(page.getByTestId("filter-summary")).toContainText(`Showing ${expected.length}`);
      await page
        .getByTestId("filter-summary")
        .getByRole("button", { name: "Clear filters" })
        .click();
      await expect(page.getByTestId("event-count")).toHaveText(` — ${total} events`);
      await expect(page.getByTestId("filter-summary")).toBeHidden();
    });
    await test.step("only matches: narrows the timeline, the map and the count to the search's matches, in the link too", async () => {
      const query = "Lavrov";
      // The events whose own words name him (no place or translation spells him in Latin letters).
      const expected = dataset.events.filter((event) =>
        JSON.stringify({ ...event, i18n: undefined })
          .toLowerCase()
          .includes("lavrov"),
      );
      const expectedIds = new Set(expected.map((event) => event.id));
      const expectedCounts: Record<string, number> = {};
      for (const place of dataset.places) expectedCounts[place.id] = 0;
      for (const event of expected) {
        for (const id of event.places ?? []) expectedCounts[id] = (expectedCounts[id] ?? 0) + 1;
      }
      const shownOf = `${expected.length} of ${total} events`;

      const box = searchBox(page);
      await box.fill(query);
      await expect(status(page)).toHaveText(
        `${expected.length} results: ${expected.length} events.`,
      );
      const only = page.getByRole("button", { name: "Show only matches on the timeline and map" });
      await expect(only).toHaveAttribute("aria-pressed", "false");
      await only.click();
      await expect(only).toHaveAttribute("aria-pressed", "true");
      // The list stays open, and focus in the box.
      await expect(results(page)).toBeVisible();
      await expect(box).toBeFocused();

      const drawn = () => drawnIds(page);
      const check = async () => {
        await expect(page.getByTestId("event-count")).toContainText(shownOf);
        await expect(page.getByTestId("filter-summary")).toContainText(`Showing ${shownOf}`);
        // Every match is in the opening window (March to May 2018), and only they are drawn.
        await expect.poll(async () => (await drawn()).sort()).toEqual([...expectedIds].sort());
        await expect.poll(() => mapPlaceCounts(page)).toEqual(expectedCounts);
      };
      await check();
      await expect(page).toHaveURL(/[?&]q=Lavrov&only=1(&|$)/);

      // The link reproduces the narrowed view.
      await page.reload();
      await waitForApp(page);
      await waitForMap(page);
      await check();
      await searchBox(page).focus();
      await expect(only).toHaveAttribute("aria-pressed", "true");

      // Off again: every event, the summary gone, the key out of the address.
      await only.click();
      await expect(only).toHaveAttribute("aria-pressed", "false");
      await expect(page.getByTestId("event-count")).toHaveText(` — ${total} events`);
      await expect(page.getByTestId("filter-summary")).toBeHidden();
      await expect.poll(async () => (await drawn()).length).toBeGreaterThan(expected.length);
      await expect(page).not.toHaveURL(/only=/);
      await expect(page).toHaveURL(/[?&]q=Lavrov(&|$)/);
    });
  });
});

test("only matches: keyboard on and off; a query that matches nothing says so on the timeline, naming the search, and its button shows the rest", async ({
  page,
}) => {
  await page.goto("/?q=Lavrov");
  await waitForApp(page);
  const box = searchBox(page);
  await box.focus();
  await expect(results(page)).toBeVisible();
  // Tab reaches the toggle; the list stays open while it has focus.
  await page.keyboard.press("Tab");
  const only = page.getByRole("button", { name: "Show only matches on the timeline and map" });
  await expect(only).toBeFocused();
  await page.keyboard.press("Space");
  await expect(only).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("event-count")).toContainText(`4 of ${total} events`);
  // Escape goes back to the box, the list closed.
  await page.keyboard.press("Escape");
  await expect(box).toBeFocused();
  await expect(results(page)).toBeHidden();

  // More words that nothing matches: the timeline says the search leaves none (not the filters,
  // which are off), with a way out that turns "only matches" off.
  await box.fill("Lavrov zzqx");
  const empty = page.getByTestId("timeline-empty");
  await expect(empty.locator("p")).toHaveText("No event matches “Lavrov zzqx”.");
  await expect(page.getByTestId("event-count")).toContainText(`0 of ${total} events`);
  await expect(empty.getByRole("button", { name: "Clear filters" })).toHaveCount(0);
  await empty.getByRole("button", { name: "Show non-matching events too" }).click();
  await expect(empty).toBeHidden();
  await expect(page.getByTestId("event-count")).toHaveText(` — ${total} events`);
  await expect(page).not.toHaveURL(/only=/);
  // The query stays in the box; clearing it would have turned the filter off as well.
  await expect(box).toHaveValue("Lavrov zzqx");
  // The button went: focus goes on to the events it brought back.
  await expect(page.getByTestId("timeline-events").locator('[tabindex="0"]')).toBeFocused();

  // Filters that leave nothing by themselves are named, and Clear filters turns "only matches"
  // off with them. (The one Soviet Union event is not about the economy.)
  await page.goto("/?q=Lavrov&only=1&actors=Soviet%20Union&tags=economy");
  await waitForApp(page);
  await expect(empty.locator("p")).toHaveText("No event matches the filters.");
  await empty.getByRole("button", { name: "Clear filters" }).click();
  await expect(empty).toBeHidden();
  await expect(page.getByTestId("event-count")).toHaveText(` — ${total} events`);
  await expect(page).not.toHaveURL(/only=|actors=|tags=/);

  // In each language.
  for (const [lang, words, button] of [
    ["ja", "「Lavrov zzqx」に一致する出来事はありません。", "一致しない出来事も表示"],
    [
      "ru",
      "Ни одно событие не соответствует запросу «Lavrov zzqx».",
      "Показать и несовпадающие события",
    ],
    ["zh", "没有与“Lavrov zzqx”匹配的事件。", "同时显示不匹配的事件"],
  ] as const) {
    await page.goto(`/?q=Lavrov%20zzqx&only=1&lang=${lang}`);
    await waitForApp(page);
    await expect(empty.locator("p")).toHaveText(words);
    await expect(empty.getByRole("button", { name: button })).toBeVisible();
  }
});

// With "only matches" on, a selected event that did not match was still drawn (5 marks for
// Lavrov's 4), and lanes with no match kept their empty rows, as under the actor and tag filters.
test("a selected event the search or the filters hide is not drawn, the details say why, and lanes they leave empty take no row", async ({
  page,
}) => {
  const lavrov = dataset.events
    .filter((event) => JSON.stringify({ ...event, i18n: undefined }).includes("Lavrov"))
    .map((event) => event.id);
  // Not about Lavrov, in the opening window with the 4 matches, alone in its lane (United Kingdom).
  const other = "skripal-nerve-agent-attack";
  await page.goto(`/?q=Lavrov&only=1&event=${other}`);
  await waitForApp(page);
  await expect(page.getByTestId("event-count")).toContainText(`4 of ${total} events`);
  await expect.poll(async () => (await drawnIds(page)).sort()).toEqual([...lavrov].sort());
  await expect(page.getByTestId("details-hidden")).toHaveText(
    "Not on the timeline: this event does not match the search.",
  );
  // Every lane named beside the timeline holds a mark: the matches' two (Japan, Russia) of six.
  const lanes = page.locator(".tl-gutter-lane");
  await expect(lanes).toHaveCount(2);
  const emptyLanes = await page.evaluate(() => {
    const marks = [
      ...document.querySelectorAll('[data-testid="timeline-events"] [data-event-id]'),
    ].map((mark) => {
      const box = mark.getBoundingClientRect();
      return box.top + box.height / 2;
    });
    return [...document.querySelectorAll<HTMLElement>(".tl-gutter-lane")]
      .filter((lane) => {
        const box = lane.getBoundingClientRect();
        return !marks.some((y) => y >= box.top && y < box.bottom);
      })
      .map((lane) => lane.textContent);
  });
  expect(emptyLanes).toEqual([]);

  // The actor filter alike: the selected event outside it is not drawn, and the details say so.
  const selected = "putin-victory-speech";
  await page.goto(`/?actors=United+States&event=${selected}`);
  await waitForApp(page);
  await expect(page.getByTestId("details-hidden")).toHaveText(
    "Not on the timeline: the filters leave this event out.",
  );
  const drawn = await drawnIds(page);
  expect(drawn.length).toBeGreaterThan(0);
  expect(drawn).not.toContain(selected);
  const us = new Set(
    dataset.events
      .filter((event) => (event.actors ?? []).includes("United States"))
      .map((e) => e.id),
  );
  for (const id of drawn) expect(us.has(id), id).toBe(true);
});

async function openEverything(page: Page) {
  await page.goto("/?actors=Japan");
  await waitForApp(page);
  await page
    .getByRole("region", { name: "Story" })
    .getByRole("button", { name: "Story mode" })
    .click();
  await page.getByRole("button", { name: /^Filters/ }).click();
  await searchBox(page).fill("kuril");
  await expect(results(page)).toBeVisible();
}

async function axeViolations(page: Page): Promise<string[]> {
  const found = await axe(page)
    .include(".toolbar")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  return found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`);
}

test.describe("the toolbar", () => {
  test("has no axe violations with the search, the filters and the story all open", async ({
    page,
  }) => {
    await openEverything(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test.describe("in the dark theme", () => {
    test.use({ colorScheme: "dark" });
    test("has no axe violations either", async ({ page }) => {
      await openEverything(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test("has 44 px targets and no axe violations", async ({ page }, testInfo) => {
      await openEverything(page);
      await searchBox(page).blur();
      const targets = page.locator(
        ".toolbar button:visible, .toolbar input:visible, .toolbar select:visible, .toolbar label.facet:visible, .toolbar label.segmented:visible",
      );
      const small: string[] = [];
      for (const target of await targets.all()) {
        const box = await target.boundingBox();
        if (!box) continue;
        const type = await target.getAttribute("type");
        // Checkboxes and radios are targets through their labels, measured as such.
        if (type === "checkbox" || type === "radio") continue;
        if (box.height < 44 || box.width < 44) {
          small.push(
            `${(await target.textContent())?.trim() || (await target.getAttribute("aria-label"))}: ${box.width}x${box.height}`,
          );
        }
      }
      expect(small).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath("toolbar-phone.png") });
      await testInfo.attach("toolbar-phone", {
        path: testInfo.outputPath("toolbar-phone.png"),
        contentType: "image/png",
      });
      expect(await axeViolations(page)).toEqual([]);
    });

    // Focus kept in the box kept the phone's keyboard up, over the details of what was chosen.
    test("a tapped result leaves the box: the details' heading takes focus", async ({ page }) => {
      await page.goto("/");
      await waitForApp(page);
      await searchBox(page).tap();
      await searchBox(page).fill("trojan horse");
      await results(page).getByRole("option").first().tap();
      await expect
        .poll(async () => (await state(page)).event)
        .toBe("joint-projects-legal-framework");
      await expect(searchBox(page)).not.toBeFocused();
      await expect(page.locator("#details-title")).toBeFocused();
      await expect(page.locator("#details-title")).toContainText("legal framework");
    });
  });
});

test("Tab from the search box with results shown goes on to its toggle and Filters, not to the page", async ({
  page,
}) => {
  await page.goto("/");
  await waitForApp(page);
  const box = page.getByRole("combobox", { name: "Search events and places" });
  await box.fill("Moscow");
  await expect(page.getByRole("listbox", { name: "Search results" })).toBeVisible();
  await page.keyboard.press("ArrowDown");
  // First the list's one control, "only matches" (the list stays open while it has focus).
  await page.keyboard.press("Tab");
  await expect(
    page.getByRole("button", { name: "Show only matches on the timeline and map" }),
  ).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: /^Filters/ })).toBeFocused();
});

test("a new search is a step of its own: Back goes to the filter it began from", async ({
  page,
}) => {
  await page.goto("/?actors=Russia");
  await waitForApp(page);
  await searchBox(page).fill("Putin");
  await expect(page).toHaveURL(/\?actors=Russia&q=Putin$/);
  // The filter's entry was replaced by the search's, and Back went past the filter.
  await page.goBack();
  await expect(page).toHaveURL(/\?actors=Russia$/);
  await expect(searchBox(page)).toHaveValue("");
  await page.goForward();
  await expect(searchBox(page)).toHaveValue("Putin");
});

test("filters that leave no event in view move the timeline to the nearest they leave", async ({
  page,
}) => {
  // The Soviet Union's one event is in 1945; the timeline opens on 2016–2018 ("0 events in view").
  await page.goto("/?actors=Soviet%20Union");
  await waitForApp(page);
  await expect(
    page.getByTestId("timeline-events").getByRole("button", { name: /^The Soviet Union takes/ }),
  ).toBeVisible(); // No window was linked: nothing to explain.
  await expect(page.getByText(/Nothing in this link's stretch of time/)).toHaveCount(0);

  // A linked window its filters leave empty: moved too, and the reader is told why.
  await page.goto("/?actors=United+Kingdom&from=2016-01-01&to=2016-06-01");
  await waitForApp(page);
  await expect(
    page.getByTestId("timeline-events").getByRole("button", { name: /^Nerve-agent attack/ }),
  ).toBeVisible();
  await expect(page.getByText(/^Nothing in this link's stretch of time matches/)).toBeVisible();
});

test("the Enter and arrows of an input method's conversion are its own, not the search's (review 32 F1)", async ({
  page,
}) => {
  await page.goto("/?lang=ja");
  await waitForApp(page);
  const box = page.locator("input.search-input");
  await box.click();
  const cdp = await page.context().newCDPSession(page);
  // えとろふ converted to 択捉, still being composed: the keys the IME takes come as 229.
  await cdp.send("Input.imeSetComposition", { text: "択捉", selectionStart: 2, selectionEnd: 2 });
  await expect(page.getByRole("listbox").getByRole("option").first()).toBeVisible();
  const imeKey = async (key: string, code: number) => {
    await cdp.send("Input.dispatchKeyEvent", {
      type: "rawKeyDown",
      key,
      code: key,
      windowsVirtualKeyCode: 229,
      nativeVirtualKeyCode: code,
    });
    await cdp.send("Input.dispatchKeyEvent", { type: "keyUp", key, code: key });
  };
  await imeKey("ArrowDown", 40);
  await imeKey("Enter", 13);
  // The Enter that confirmed the conversion chose the first result (Iturup) and flew the map there.
  expect(await state(page)).toEqual({ event: null, place: null });
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await expect(box).not.toHaveAttribute("aria-activedescendant", /.+/);
  await expect(box).toHaveValue("択捉");
  // The conversion committed, Enter chooses as before.
  await cdp.send("Input.insertText", { text: "択捉" });
  await expect(box).toHaveValue("択捉");
  await box.press("Enter");
  await expect.poll(() => state(page)).toEqual({ event: null, place: "iturup" });
});
