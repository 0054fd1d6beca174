/**
 * A dataset's problems in the page's language: the worker reports codes and
 * values, the page words them, so `?lang=ja` lists them in Japanese (the path
 * and the file's own value as written), and switching the language re-words
 * a list already on screen.
 */
import type { BrowserContext, Locator, Page } from "@playwright/test";
import { expect, openSample, test, waitForApp } from "./fixtures";
import { PARTLY_BROKEN } from "./support/partlyBroken";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

async function serve(context: BrowserContext, path: string, body: string) {
  await context.route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ body, contentType: "application/json" }),
  );
}

const problemList = (page: Page) => page.locator("section.dataset-problems").getByRole("list");

/**
 * Latin words in the list's words of ours: its text without the file's own
 * (paths and values, in `<code>`), and without the names every language
 * writes the same (the date formats YYYY-MM-DD and YYYY-MM-DDTHH:MM, UTC, JSON and its literals).
 */
async function latinWords(list: Locator): Promise<string[]> {
  const own = await list.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const code of copy.querySelectorAll("code")) code.remove();
    return copy.textContent ?? "";
  });
  const rest = own.replace(/YYYY-MM-DDTHH:MM|YYYY|UTC|JSON|true|false|null/g, " ");
  return rest.match(/[A-Za-z]{3,}/g) ?? [];
}

test("a partly broken dataset's problems are listed in Japanese, then re-worded in Russian", async ({
  page,
  context,
}) => {
  await serve(context, "/partly.json", PARTLY_BROKEN);
  await page.goto("/?data=/partly.json&lang=ja");
  await waitForApp(page);
  const list = problemList(page);
  await expect(list.getByRole("listitem")).toHaveCount(2);
  const first = list.getByRole("listitem").first();
  const second = list.getByRole("listitem").nth(1);
  await expect(first).toHaveText(
    "events[0].start：「2018-13-45」は日付ではありません。YYYY、YYYY-MM、YYYY-MM-DD、YYYY-MM-DDTHH:MM（UTC）のいずれかの形で書いてください（この出来事は除外しました）",
  );
  await expect(second).toHaveText(
    "events[1].places[1]：「nowhere」はこのデータセットのどの場所の ID でもありません",
  );
  // The path and the file's value stay as written, marked as code the browser does not translate.
  await expect(first.locator("code")).toHaveText(["events[0].start", "2018-13-45"]);
  await expect(first.locator("code").first()).toHaveAttribute("translate", "no");
  expect(await latinWords(list)).toEqual([]);

  await page.getByRole("radio", { name: "Русский" }).check();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(first).toHaveText(
    "events[0].start: «2018-13-45» — не дата: используйте YYYY, YYYY-MM, YYYY-MM-DD или YYYY-MM-DDTHH:MM (UTC): событие пропущено",
  );
  await expect(second).toHaveText(
    "events[1].places[1]: «nowhere» не является id ни одного места в этом наборе данных",
  );
  expect(await latinWords(list)).toEqual([]);

  await page.getByRole("radio", { name: "English" }).check();
  await expect(first).toHaveText(
    'events[0].start: "2018-13-45" is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC): the event is left out',
  );
});

test("the file's own Japanese words in a problem draw from Noto Sans JP, not as boxes", async ({
  page,
  context,
}) => {
  const body = JSON.stringify({
    meta: { title: "日本語のデータ" },
    events: [
      { id: "a", title: "一", start: "二〇一八年", summary: "x" },
      { id: "b", title: "二", start: "2018", summary: "y" },
    ],
  });
  await serve(context, "/kanji-date.json", body);
  await page.goto("/?data=/kanji-date.json&lang=ja");
  await waitForApp(page);
  const value = problemList(page).locator("code", { hasText: "二〇一八年" });
  await expect(value).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeIds } = await cdp.send("DOM.querySelectorAll", {
    nodeId: root.nodeId,
    selector: ".problem-list code",
  });
  const fonts: { family: string; custom: boolean }[] = [];
  for (const nodeId of nodeIds) {
    const text = await cdp.send("DOM.resolveNode", { nodeId });
    const own = await cdp.send("Runtime.callFunctionOn", {
      objectId: text.object.objectId ?? "",
      functionDeclaration: "function () { return this.textContent; }",
      returnByValue: true,
    });
    if (own.result.value !== "二〇一八年") continue;
    const { fonts: drawn } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    fonts.push(...drawn.map((font) => ({ family: font.familyName, custom: font.isCustomFont })));
  }
  // A monospace font with no Japanese drew five boxes ("DejaVu Sans Mono" here).
  expect(fonts).toEqual([{ family: expect.stringMatching(/^Noto Sans JP/), custom: true }]);
});

test("a file that cannot be opened says why in Chinese: broken JSON at its line and column", async ({
  page,
  context,
}) => {
  await serve(context, "/broken.json", '{\n  "meta": { "title": "x" },\n  "events": [,]\n}');
  await page.goto("/?data=/broken.json&lang=zh");
  const panel = page.getByRole("alert").filter({ has: page.locator("#dataset-problems-title") });
  await expect(panel.getByRole("listitem")).toHaveText(
    'JSON 第 3 行第 14 列有误：此处应为一个值（双引号中的文本、数字、true、false、null、列表或对象），实际为","',
  );
  await expect(panel.getByRole("listitem").locator("code")).toHaveText('","');
  expect(await latinWords(panel.getByRole("list"))).toEqual([]);
  // The heading and count around the list speak Chinese too.
  await expect(panel.getByRole("heading")).toContainText("/broken.json");
  expect(await latinWords(panel.locator("p").first())).toEqual([]);
});

test("a link's values that cannot be read are named in the page's language, and re-worded on a switch", async ({
  page,
}) => {
  await page.goto("/?event=%3Cb%3E&from=2018-13-01&names=fr");
  await waitForApp(page);
  await expect(page.getByRole("region", { name: "Notices" }).getByRole("status")).toContainText(
    'Ignored the link\'s event: "<b>" is not a valid id.',
  );
  // The notice on screen follows the switch: worded as it is shown, not when it was made.
  await page.getByRole("radio", { name: "日本語" }).check();
  const notice = page.getByRole("region", { name: "お知らせ" }).getByRole("status");
  await expect(notice).toContainText(
    "リンクの出来事（event）を無視しました：「<b>」は有効な ID ではありません。" +
      "リンクの島の名称（names）を無視しました：「both」、「ja」、「ru」のいずれかにしてください。" +
      "リンクの開始日（from）を無視しました：「2018-13-01」は日付ではありません。YYYY、YYYY-MM、YYYY-MM-DD、YYYY-MM-DDTHH:MM（UTC）のいずれかの形で書いてください。",
  );
  await expect(notice).not.toContainText("Ignored");
});

test("the editor marks a bad date in the page's language, and re-words it on a switch", async ({
  page,
}) => {
  await page.goto("/?lang=ja");
  await waitForApp(page);
  await page.getByRole("button", { name: "編集", exact: true }).click();
  await page.getByRole("button", { name: "出来事を追加" }).click();
  const form = page.getByRole("form", { name: /^出来事：/ });
  await form.getByLabel("開始", { exact: true }).fill("2018-13-45");
  const error = form.locator(".editor-error");
  await expect(error).toHaveText(
    "開始：「2018-13-45」は日付ではありません。YYYY、YYYY-MM、YYYY-MM-DD、YYYY-MM-DDTHH:MM（UTC）のいずれかの形で書いてください",
  );
  await expect(error.locator("code")).toHaveText("2018-13-45");

  await page.getByRole("radio", { name: "Русский" }).check();
  const formRu = page.getByRole("form", { name: /^Событие:/ });
  await expect(formRu.getByLabel("Начало", { exact: true })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(formRu.locator(".editor-error")).toHaveText(
    "Начало: «2018-13-45» — не дата: используйте YYYY, YYYY-MM, YYYY-MM-DD или YYYY-MM-DDTHH:MM (UTC)",
  );
});

/** What the importer wrote in English for a year before 1, or the file's raw year. */
const ENGLISH_EARLY_YEAR = /BCE|years ago|billion|million|-13800000000|-3500\b/;

test("TimelineJS's deep-time sample on a Japanese page: its years before 1 in Japanese, in the list and the problems", async ({
  page,
  context,
}) => {
  await openSample(page, context, "cosmoMixed", "lang=ja");
  await waitForApp(page);
  // The undated list read "The Big Bang · 13.8 billion years ago", the problems "-13800000000年は…".
  const undated = page.locator("section.undated summary");
  await expect(undated).toHaveText([
    "The Big Bang · 138億年前",
    "The Sun Ignites · 46億年前",
    "The Cambrian Explosion and the First Complex Eyes · 5.4億年前",
    "Homo sapiens Appear · 30万年前",
    "First Manufactured Glass · 紀元前3500年",
    "Euclid's Optica · 紀元前300年",
  ]);
  const list = problemList(page);
  await expect(list.getByRole("listitem").first()).toHaveText(
    "events[0].start_date.year：138億年前は西暦1年より前で、タイムラインに描けません。日付なしとして残しました",
  );
  await expect(list).toContainText("events[4].start_date.year：紀元前3500年は西暦1年より前で");
  expect(await latinWords(list)).toEqual([]);
  // biome-ignore lint/performance/useDomNodeTextContent: the text on screen, not hidden markup's
  expect(await page.locator("body").innerText()).not.toMatch(ENGLISH_EARLY_YEAR);

  // A switch re-words them.
  await page.getByRole("radio", { name: "中文" }).check();
  await expect(undated.first()).toHaveText("The Big Bang · 距今138亿年");
  await expect(list.getByRole("listitem").first()).toContainText("距今138亿年早于公元 1 年");
});

test("the print view keeps a story's undated items, their years before 1 in the page's language", async ({
  page,
  context,
}) => {
  await openSample(page, context, "cosmoMixed", "lang=ja");
  await waitForApp(page);
  await page.emulateMedia({ media: "print" });
  const print = page.getByRole("article", { name: "印刷用の出来事一覧" });
  // It printed the 5 dated events and left the 6 undated items out, which the page lists.
  const undated = print.getByRole("region", { name: "日付なし（6）" });
  await expect(undated.getByRole("listitem")).toHaveCount(6);
  await expect(undated.getByRole("listitem").first()).toContainText("The Big Bang");
  await expect(undated.locator(".print-meta")).toHaveText([
    "138億年前",
    "46億年前",
    "5.4億年前",
    "30万年前",
    "紀元前3500年",
    "紀元前300年",
  ]);
});

test("cosmo.json, all before year 1, is refused on a Russian page naming its dates in Russian", async ({
  page,
  context,
}) => {
  await openSample(page, context, "cosmo", "lang=ru");
  const list = problemList(page);
  await expect(list).toContainText(
    /events\[0\]\.start_date\.year: 13,8\sмиллиарда лет назад — раньше 1 года н\. э\./,
  );
  await expect(list).toContainText("3500 г. до н. э. — раньше 1 года н. э.");
  expect(await latinWords(list)).toEqual([]);
  // biome-ignore lint/performance/useDomNodeTextContent: the text on screen, not hidden markup's
  expect(await page.locator("body").innerText()).not.toMatch(ENGLISH_EARLY_YEAR);
});
