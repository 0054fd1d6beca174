/**
 * The app in English, Japanese, Russian and Chinese, on the production build:
 * the interface, the header's title and count, the selected event's title,
 * summary and date, and the map's labels follow `?lang=` or the browser's
 * language; no English interface text is left on a page in another language
 * (the dataset's own English, such as the quotes, carries `lang="en"`); axe
 * finds nothing and the keyboard walk works in each; a right-to-left page
 * neither overlaps nor scrolls sideways.
 */
import { readFileSync, statSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "@playwright/test";
import type en from "../src/i18n/locales/en.json";
import {
  afterMapUpdates,
  axe,
  diskOnlyContext,
  expect,
  hideWebGL,
  saveOfflineCopy,
  test,
  waitForApp,
  waitForMap,
} from "./fixtures";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

const messagesOf = (lang: string): typeof en =>
  JSON.parse(readFileSync(new URL(`../src/i18n/locales/${lang}.json`, import.meta.url), "utf8"));

interface Expected {
  lang: "ja" | "ru" | "zh";
  htmlLang: string;
  title: string;
  count: string;
  eventTitle: string;
  summaryStart: string;
  date: string;
  mapLabel: string;
  /** The basemap's "Sea of Japan". */
  seaLabel: string;
  /** Iturup's Japanese and Russian names as the language writes them, in its place details. */
  iturupNames: string[];
}

const LANGUAGES: Expected[] = [
  {
    lang: "ja",
    htmlLang: "ja",
    title: "日ロ関係、2018年",
    count: "24件の出来事",
    eventTitle: "ラブロフ外相が東京に到着",
    summaryStart: "ロシアのセルゲイ・ラブロフ外相",
    date: "2018年3月21日",
    mapLabel: "東京",
    seaLabel: "日本海",
    iturupNames: ["択捉島", "イトゥルップ島 (Итуруп)"],
  },
  {
    lang: "ru",
    htmlLang: "ru",
    title: "Японско-российские отношения, 2018",
    count: "24 события",
    eventTitle: "Лавров прилетает в Токио",
    summaryStart: "Министр иностранных дел России",
    date: "21 марта 2018 г.",
    mapLabel: "Токио",
    seaLabel: "Японское море",
    iturupNames: ["Эторофу (択捉島)", "Итуруп"],
  },
  {
    lang: "zh",
    htmlLang: "zh-Hans",
    title: "日俄关系，2018年",
    count: "24个事件",
    eventTitle: "拉夫罗夫抵达东京",
    summaryStart: "俄罗斯外长谢尔盖·拉夫罗夫",
    date: "2018年3月21日",
    mapLabel: "东京",
    seaLabel: "日本海",
    iturupNames: ["择捉岛 (択捉島)", "伊图鲁普岛 (Итуруп)"],
  },
];

/**
 * Latin words a page in another language may show: names and acronyms that
 * those languages write in Latin letters too (in the dataset's translations,
 * MapLibre's attribution and the keyboard hints).
 */
const LATIN_ALLOWED = [
  "Aegis Ashore",
  "Aegis",
  "GeoJSON",
  "Patriot",
  "APEC",
  "NATO",
  "JSON",
  "WebGL",
  "HTML",
  // Formats and a URL key, named as they are in every language.
  "TimelineJS",
  "StoryMapJS",
  "?data=",
  "https://",
  // The template's header row: column names the importer reads.
  "title\tstart\tplace\tlat\tlon",
  "CSV",
  "TSV",
  "Cai Hong",
  "China Daily Asia Weekly",
  // Keys, named as their caps are in every language.
  "Home",
  "End",
  "Enter",
  "Escape",
  "Shift",
  "Page Up",
  "Page Down",
  "D.C.",
  "MapLibre",
  "Natural Earth",
];

/** The shipped dataset at another address of this site: a `?data=` dataset that is not the site's own. */
async function serveHere(context: BrowserContext, path: string) {
  const body = readFileSync("data/japan-russia-2018.json", "utf8");
  await context.route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ body, contentType: "application/json" }),
  );
}

async function open(page: Page, query: string) {
  await page.goto(`/${query}`);
  await waitForApp(page);
  await waitForMap(page);
  await expect(page.getByTestId("timeline-events").getByRole("button").first()).toBeVisible();
}

/**
 * Another address of the app without a reload, the way Back and Forward reach it (a page load
 * costs more here than an axe pass); returns once the event or place is selected and shown, or
 * with `selected` null, once nothing is.
 */
async function visitWithinPage(page: Page, query: string, selected: string | null) {
  await page.evaluate((search) => {
    history.pushState(null, "", search);
    dispatchEvent(new PopStateEvent("popstate"));
  }, query);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const state = window.__app?.store.getState();
        return state?.selectedEventId ?? state?.selectedPlaceId ?? null;
      }),
    )
    .toBe(selected);
  // Rendered, and the map's highlight and camera updated too (after the next paint).
  await afterMapUpdates(page);
  if (selected) await expect(page.locator("#details-title")).not.toBeEmpty();
}

/**
 * English words in the interface: visible text and accessible names
 * (aria-label, title, placeholder, alt) outside elements marked `lang="en"`.
 */
function englishLeft(page: Page, allowed: readonly string[]): Promise<string[]> {
  return page.evaluate((allowedTerms) => {
    // Text marked as another language than the page's (the dataset's English, romanised names).
    const page = document.documentElement.lang;
    const inEnglish = (element: Element | null) => {
      const marked = element?.closest("[lang]");
      return (
        Boolean(marked) &&
        marked !== document.documentElement &&
        marked?.getAttribute("lang") !== page
      );
    };
    const found: string[] = [];
    const check = (text: string, where: string) => {
      // Identifiers, not words: a hash ("SHA-256 3fa9bc01d2e4…"), an address, a file's name.
      let rest = text
        .replace(/SHA-256 [0-9a-f]+…/g, " ")
        .replace(/https?:\/\/\S+/g, " ")
        .replace(/[\w/.-]+\.(json|html|csv|txt)\b/g, " ");
      for (const term of allowedTerms) rest = rest.split(term).join(" ");
      const words = rest.match(/[A-Za-z]{3,}/g);
      if (words) found.push(`${where}: ${words.join(" ")} (in “${text.trim().slice(0, 80)}”)`);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || inEnglish(parent)) continue;
      // A textarea holds code (the embed's) or what a reader typed, not the interface's words.
      if (parent.closest("script, style, noscript, [hidden], textarea")) continue;
      if (parent.closest(".maplibregl-ctrl-attrib")) continue;
      check(node.textContent ?? "", parent.tagName.toLowerCase());
    }
    for (const element of document.body.querySelectorAll(
      "[aria-label], [title], [placeholder], [alt]",
    )) {
      if (inEnglish(element)) continue;
      for (const name of ["aria-label", "title", "placeholder", "alt"]) {
        const value = element.getAttribute(name);
        if (value) check(value, `${element.tagName.toLowerCase()}[${name}]`);
      }
    }
    return found;
  }, allowed);
}

/** The map's place labels as MapLibre has them. */
function mapLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window.__app?.map?.querySourceFeatures("places") ?? []).map((feature) =>
      String(feature.properties?.label ?? ""),
    ),
  );
}

/** What the map's reference-label layer draws for the basemap label named `name` in English. */
function referenceLabel(page: Page, name: string): Promise<unknown> {
  return page.evaluate((name) => {
    const field = window.__app?.map?.getLayoutProperty("reference-labels", "text-field");
    if (!Array.isArray(field)) return null;
    if (field[0] !== "match") return name;
    const at = field.indexOf(name, 2);
    return at > 1 && at % 2 === 0 ? field[at + 1] : field[field.length - 1];
  }, name);
}

test.describe("with MapLibre", () => {
  test.use({ webgl: true });
  test("English is the default, with the interface, dates and map labels in English", async ({
    page,
  }) => {
    await open(page, "?event=lavrov-arrives-in-tokyo");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("24 events");
    await expect(page.getByTestId("details-date")).toHaveText("21 March 2018");
    await expect.poll(() => mapLabels(page)).toContain("Tokyo");
    expect(await referenceLabel(page, "Sea of Japan")).toBe("Sea of Japan");
    // The drop cap the source ran into its first word is shown apart; the data keeps it verbatim.
    await expect(page.locator(".details-quote blockquote")).toContainText("A cold spell with snow");
    await expect(page.locator(".details-quote blockquote")).not.toHaveAttribute("lang", /.*/);

    // The switch renames the map's countries and seas too.
    await page.getByRole("radio", { name: "Русский" }).check();
    await expect.poll(() => referenceLabel(page, "Sea of Japan")).toBe("Японское море");
    await expect.poll(() => mapLabels(page)).toContain("Токио");
    // And MapLibre's own names of its canvas and credits button (review 26: they stayed English).
    await expect(page.locator(".maplibregl-canvas")).toHaveAttribute(
      "aria-label",
      "Интерактивная карта",
    );
    await expect(page.locator(".maplibregl-ctrl-attrib-button")).toHaveAttribute(
      "title",
      "Показать или скрыть источники",
    );
  });
});

for (const expected of LANGUAGES) {
  const messages = messagesOf(expected.lang);

  test.describe(`?lang=${expected.lang}`, () => {
    test.describe("with MapLibre", () => {
      test.use({ webgl: true });
      // One page load for the three (a load with MapLibre costs more here than an axe pass).
      test("shows the interface, event and map labels in the language, leaves no English, passes axe", async ({
        page,
      }) => {
        test.setTimeout(180_000);
        const noAxeViolations = async (state: string) => {
          const result = await axe(page)
            .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
            .analyze();
          const found = result.violations.map(
            (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
          );
          expect(found, state).toEqual([]);
        };

        await test.step("a link to an event shows it in the language", async () => {
          await open(page, `?lang=${expected.lang}&event=lavrov-arrives-in-tokyo`);
          await expect(page.locator("html")).toHaveAttribute("lang", expected.htmlLang);
          const heading = page.getByRole("heading", { level: 1 });
          await expect(heading).toContainText(expected.title);
          await expect(heading).toContainText(expected.count);
          const details = page.getByRole("complementary", { name: messages.app.regionDetails });
          await expect(details.locator("#details-title")).toHaveText(expected.eventTitle);
          await expect(details.locator(".details-summary")).toContainText(expected.summaryStart);
          await expect(page.getByTestId("details-date")).toHaveText(expected.date);
          // The quote stays the source's English words, and says so.
          await expect(details.locator("blockquote")).toHaveAttribute("lang", "en");
          await expect(details.locator("blockquote")).toContainText("A cold spell with snow");
          await expect(page.getByRole("button", { name: messages.timeline.zoomIn })).toBeVisible();
          await expect.poll(() => mapLabels(page)).toContain(expected.mapLabel);
          expect(await referenceLabel(page, "Sea of Japan")).toBe(expected.seaLabel);
          await expect(page).toHaveTitle(new RegExp(expected.eventTitle));
          await noAxeViolations("event selected");
        });

        await test.step("a place, then nothing selected: no English, no axe violation", async () => {
          await visitWithinPage(page, `?lang=${expected.lang}&place=iturup`, "iturup");
          await expect(page.locator(".place-names dd")).toHaveText(expected.iturupNames);
          expect(await englishLeft(page, LATIN_ALLOWED)).toEqual([]);
          await noAxeViolations("place selected");
          await visitWithinPage(page, `?lang=${expected.lang}`, null);
          expect(await englishLeft(page, LATIN_ALLOWED)).toEqual([]);
          await noAxeViolations("at rest");
        });

        await test.step("menus, story mode and search results: no English", async () => {
          await page.getByRole("button", { name: messages.filters.button }).click();
          await page.getByRole("button", { name: messages.story.mode }).click();
          await expect(page.getByTestId("story-progress")).toBeVisible();
          expect(await englishLeft(page, LATIN_ALLOWED)).toEqual([]);
          await page.getByRole("combobox", { name: messages.search.label }).fill("Lavrov");
          await expect(page.getByTestId("search-popup")).toBeVisible();
          expect(await englishLeft(page, [...LATIN_ALLOWED, "Lavrov"])).toEqual([]);
        });
      });
    });

    test("the dialogs, menus and editor that came later speak the language too", async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await open(page, `?lang=${expected.lang}&event=lavrov-arrives-in-tokyo`);
      const none = async (what: string) =>
        expect(await englishLeft(page, LATIN_ALLOWED), what).toEqual([]);

      // Open dataset…: what it reads, the paste box, the template.
      await page.getByRole("button", { name: messages.open.button }).click();
      const openDialog = page.getByRole("dialog", { name: messages.open.title });
      await expect(openDialog).toBeVisible();
      await expect(
        openDialog.getByRole("button", { name: messages.open.chooseFile }),
      ).toBeVisible();
      await none("open dialog");
      await openDialog.getByRole("button", { name: messages.open.close }).click();

      // Save: the offline copy prepared, print and picture.
      await page.getByRole("button", { name: messages.save.button }).click();
      await page.getByRole("button", { name: messages.save.offlineCopy }).click();
      await expect(page.locator(".save-menu-panel a[download]")).toBeVisible({ timeout: 30_000 });
      await none("save menu");
      await page.getByRole("button", { name: messages.save.button }).click();

      // Download: the dataset's formats.
      await page.getByRole("button", { name: messages.download.button }).click();
      await expect(page.getByRole("list", { name: messages.download.as })).toBeVisible();
      await none("download menu");
      await page.getByRole("button", { name: messages.download.button }).click();

      // Embed: the dialog, and the code carries the page's language.
      await page.getByRole("button", { name: messages.embed.button }).click();
      const embed = page.getByRole("dialog", { name: messages.embed.title });
      await expect(embed.getByLabel(messages.embed.code)).toHaveValue(
        new RegExp(`lang=${expected.lang}`),
      );
      await none("embed dialog");
      await embed.getByRole("button", { name: messages.open.close }).click();

      // The editor, each of its tabs (the draft's own English is marked lang="en"), with no
      // event's form open: its name holds the draft's English title.
      await page.getByRole("button", { name: messages.details.closeEvent }).click();
      await expect
        .poll(() => page.evaluate(() => window.__app?.store.getState().selectedEventId))
        .toBeNull();
      await page.getByRole("button", { name: messages.editor.edit }).click();
      await expect(page.getByRole("heading", { name: messages.editor.heading })).toBeVisible();
      await none("editor: events");
      for (const tab of [messages.editor.tab.places, messages.editor.tab.source]) {
        await page.getByRole("tab", { name: tab }).click();
        await expect(page.getByRole("tab", { name: tab })).toHaveAttribute("aria-selected", "true");
        await none(`editor: ${tab}`);
      }
      await page.getByRole("button", { name: messages.editor.discardDraft }).click();
      await expect(page.getByRole("heading", { name: messages.editor.heading })).toHaveCount(0);
    });

    test("another site's data is named in the language: banner, badge, quote mark, tab title", async ({
      page,
      context,
    }) => {
      await serveHere(context, "/other.json");
      await open(page, `?lang=${expected.lang}&data=/other.json&event=lavrov-arrives-in-tokyo`);
      const banner = page.getByRole("note", { name: messages.origin.region });
      await expect(banner).toBeVisible();
      await expect(page.getByTestId("quote-mark")).toContainText(messages.quote.notChecked);
      expect(await englishLeft(page, LATIN_ALLOWED)).toEqual([]);
      await banner.getByRole("button", { name: messages.origin.shrinkLabel }).click();
      await expect(page.locator(".provenance-badge")).toBeVisible();
      expect(await englishLeft(page, LATIN_ALLOWED)).toEqual([]);
      await expect(page).not.toHaveTitle(/data from/);
    });

    test("an embed and the print view speak the language", async ({ page }) => {
      await open(page, `?embed=1&lang=${expected.lang}&event=lavrov-arrives-in-tokyo`);
      await expect(page.locator("html")).toHaveAttribute("lang", expected.htmlLang);
      await expect(page.getByRole("link", { name: messages.embed.openFull })).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected.title);
      expect(await englishLeft(page, LATIN_ALLOWED)).toEqual([]);

      await open(page, `?lang=${expected.lang}`);
      await page.emulateMedia({ media: "print" });
      const print = page.getByRole("article", { name: messages.print.region });
      await expect(print.getByRole("heading", { level: 1 })).toHaveText(expected.title);
      await expect(print.getByRole("heading", { level: 3, name: expected.eventTitle })).toHaveCount(
        1,
      );
      await expect(print.getByText(expected.date).first()).toBeVisible();
      expect(await englishLeft(page, LATIN_ALLOWED)).toEqual([]);
      await page.emulateMedia({ media: "screen" });
    });

    test("works by keyboard: skip link, the timeline's arrows and Enter, j, Escape", async ({
      page,
    }) => {
      await open(page, `?lang=${expected.lang}`);
      await page.keyboard.press("Tab");
      await expect(page.getByRole("link", { name: messages.app.skipToTimeline })).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page.locator("#timeline")).toBeFocused();
      const events = page.getByTestId("timeline-events");
      for (let i = 0; i < 8 && !(await events.locator(":focus").count()); i++) {
        await page.keyboard.press("Tab");
      }
      await expect(events.locator(":focus")).toHaveCount(1);
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
      await expect
        .poll(() => page.evaluate(() => window.__app?.store.getState().selectedEventId))
        .not.toBeNull();
      const first = await page.evaluate(() => window.__app?.store.getState().selectedEventId);
      await page.keyboard.press("k");
      await expect
        .poll(() => page.evaluate(() => window.__app?.store.getState().selectedEventId))
        .not.toBe(first);
      await expect(page).toHaveURL(new RegExp(`lang=${expected.lang}`));
      await expect(page.locator("#details-title")).not.toHaveText(/^[A-Za-z ,.'-]+$/);
      await page.keyboard.press("Escape");
      await expect
        .poll(() => page.evaluate(() => window.__app?.store.getState().selectedEventId))
        .toBeNull();
    });
  });
}

test("the header's switch changes the language as a history step, and Back returns", async ({
  page,
}) => {
  await open(page, "");
  await page.getByRole("radio", { name: "日本語" }).check();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page).toHaveURL(/lang=ja/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("日ロ関係、2018年");
  await page.getByRole("radio", { name: "Русский" }).check();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("24 события");
  await page.goBack();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await page.goBack();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("24 events");
});

test.describe("a browser set to Russian", () => {
  test.use({ locale: "ru-RU" });
  test("opens in Russian without a lang in the link", async ({ page }) => {
    await open(page, "");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("24 события");
    expect(new URL(page.url()).search).toBe("");
  });
});

test("a place with no name in the page's language is marked as English", async ({
  page,
  context,
}) => {
  const dataset = JSON.parse(readFileSync("data/japan-russia-2018.json", "utf8"));
  for (const place of dataset.places) if (place.id === "salisbury") delete place.i18n;
  await context.route(
    (url) => url.pathname === "/untranslated.json",
    (route) => route.fulfill({ body: JSON.stringify(dataset), contentType: "application/json" }),
  );
  await open(page, "?lang=ja&data=/untranslated.json&place=salisbury");
  await expect(page.locator("#details-title")).toHaveText("Salisbury");
  await expect(page.locator("#details-title")).toHaveAttribute("lang", "en");
  // A translated place is in the page's language: no lang of its own.
  await open(page, "?lang=ja&data=/untranslated.json&place=moscow");
  await expect(page.locator("#details-title")).toHaveText("モスクワ");
  await expect(page.locator("#details-title")).not.toHaveAttribute("lang", /.*/);
});

test("a right-to-left page neither overlaps nor scrolls sideways", async ({ page }) => {
  await open(page, "?event=lavrov-arrives-in-tokyo");
  await page.evaluate(() => {
    document.documentElement.dir = "rtl";
  });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.waitForTimeout(300);
    const layout = await page.evaluate(() => {
      const box = (selector: string) => {
        const rect = document.querySelector(selector)?.getBoundingClientRect();
        return rect ? { l: rect.left, r: rect.right, t: rect.top, b: rect.bottom } : null;
      };
      return {
        scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        regions: [".region-map", ".region-timeline", ".app-header", ".toolbar"].map(box),
        details: box(".region-details"),
        fixedDetails: getComputedStyle(document.querySelector(".region-details") as Element)
          .position,
      };
    });
    expect(layout.scroll, `sideways scroll at ${width}px`).toBeLessThanOrEqual(0);
    const boxes = layout.regions.filter((b): b is NonNullable<typeof b> => b !== null);
    if (layout.details && layout.fixedDetails !== "fixed") boxes.push(layout.details);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i] as NonNullable<(typeof boxes)[number]>;
        const b = boxes[j] as NonNullable<(typeof boxes)[number]>;
        const overlap =
          Math.min(a.r, b.r) - Math.max(a.l, b.l) > 1 &&
          Math.min(a.b, b.b) - Math.max(a.t, b.t) > 1;
        expect(overlap, `regions ${i} and ${j} overlap at ${width}px`).toBe(false);
      }
    }
  }
});

test("the one-file copy keeps the language in its fragment", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const ja = messagesOf("ja");
  await open(page, "?lang=ja&event=lavrov-arrives-in-tokyo");
  const file = testInfo.outputPath("copy-ja.html");
  await saveOfflineCopy(page, ja.save, file);
  // Only the Japanese faces its text needs travel with it, never every subset (29 MB).
  expect(statSync(file).size).toBeLessThan(6 * 1024 * 1024);

  const { context: offline } = await diskOnlyContext(browser);
  // Like this file's own pages, the copy's draw the SVG map (the language is not on MapLibre's canvas).
  await hideWebGL(offline);
  const copy = await offline.newPage();
  const fileUrl = pathToFileURL(file).href;
  await copy.goto(fileUrl);
  await waitForApp(copy);
  await expect(copy.locator("html")).toHaveAttribute("lang", "ja");
  await expect(copy.getByRole("heading", { level: 1 })).toContainText("日ロ関係、2018年");
  await expect(copy.locator("#details-title")).toHaveText("ラブロフ外相が東京に到着");
  expect(await englishLeft(copy, LATIN_ALLOWED)).toEqual([]);
  // The switch writes the fragment; a deep link with another language opens in it.
  await copy.getByRole("radio", { name: "Русский" }).check();
  await expect(copy).toHaveURL(/#.*lang=ru/);
  await copy.goto(`${fileUrl}#event=lavrov-arrives-in-tokyo&lang=zh`);
  await copy.reload();
  await waitForApp(copy);
  await expect(copy.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(copy.locator("#details-title")).toHaveText("拉夫罗夫抵达东京");
  // A fragment that names no language keeps the one the copy was saved in, not the browser's
  // (review 40 V2: `#event=…` opened a Japanese copy in English).
  await copy.goto(`${fileUrl}#event=lavrov-arrives-in-tokyo`);
  await copy.reload();
  await waitForApp(copy);
  await expect(copy.locator("html")).toHaveAttribute("lang", "ja");
  await expect(copy.locator("#details-title")).toHaveText("ラブロフ外相が東京に到着");
  await offline.close();
});

test("a one-file copy marks the languages it has no font for on this machine, and says why", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const en = messagesOf("en");
  const ja = messagesOf("ja");
  await open(page, "?event=lavrov-arrives-in-tokyo");
  // The site loads every language's fonts: nothing is marked.
  await expect(page.getByRole("radio", { name: "日本語" })).not.toHaveAttribute(
    "aria-description",
    /./,
  );
  const file = testInfo.outputPath("copy-en.html");
  await saveOfflineCopy(page, en.save, file);

  const { context: offline } = await diskOnlyContext(browser);
  await hideWebGL(offline);
  const copy = await offline.newPage();
  const fileUrl = pathToFileURL(file).href;
  await copy.goto(fileUrl);
  await waitForApp(copy);
  // An English copy carries no Japanese or Chinese messages' faces, and this machine has no CJK
  // font: choosing either showed boxes, unannounced (review 40 V4).
  const switchOf = (lang: string) => copy.getByRole("radio", { name: lang, exact: true });
  await expect(switchOf("日本語")).toHaveAccessibleDescription(en.copyFonts.ja);
  await expect(switchOf("中文")).toHaveAccessibleDescription(en.copyFonts.zh);
  await expect(copy.locator("label", { has: switchOf("中文") })).toHaveAttribute(
    "title",
    en.copyFonts.zh,
  );
  await expect(switchOf("Русский")).toHaveAccessibleDescription("");
  await expect(switchOf("English")).toHaveAccessibleDescription("");
  // Still a choice, and the fragment keeps it; Russian's words say Chinese still lacks a font.
  await switchOf("Русский").check();
  await expect(copy).toHaveURL(/#.*lang=ru/);
  await expect(switchOf("中文")).toHaveAccessibleDescription(messagesOf("ru").copyFonts.zh);
  await switchOf("日本語").check();
  await expect(copy).toHaveURL(/#.*lang=ja/);
  await expect(copy.locator("html")).toHaveAttribute("lang", "ja");
  await expect(switchOf("中文")).toHaveAccessibleDescription(ja.copyFonts.zh);
  await offline.close();

  // A copy saved in Japanese carries Japanese faces: only Chinese is marked, in Japanese words.
  await page.getByRole("radio", { name: "日本語" }).check();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  const jaFile = testInfo.outputPath("copy-ja.html");
  await saveOfflineCopy(page, ja.save, jaFile);
  const { context: offlineJa } = await diskOnlyContext(browser);
  await hideWebGL(offlineJa);
  const copyJa = await offlineJa.newPage();
  await copyJa.goto(pathToFileURL(jaFile).href);
  await waitForApp(copyJa);
  await expect(copyJa.getByRole("radio", { name: "中文" })).toHaveAccessibleDescription(
    ja.copyFonts.zh,
  );
  await expect(copyJa.getByRole("radio", { name: "日本語" })).toHaveAccessibleDescription("");
  await offlineJa.close();
});
