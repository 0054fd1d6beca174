/**
 * The map's names follow the language switch, in any order: the countries and seas, the islands'
 * group name, as drawn. The fifty-seventh session: after 中文 → Русский the seas and
 * countries stayed Chinese for good on the Russian page. They wait for the faces their script
 * needs (MapAdapter's `hasFaces`): the switch asked for Noto Sans JP (Chinese places, Russian
 * page), the Russian places that followed needed none, and nothing wrote the names once JP came.
 *
 * The other places' names are not checked here: after two quick updates of the places' data (the
 * English names while the language's texts download, then the language's) a tile now and then
 * keeps the first for good (Nagato in Russian, Tokyo in Chinese: about one switch run in three on
 * this machine; seen, not yet fixed, see the fifty-seventh session's closing note).
 *
 * How it is read: the names MapLibre has placed (`queryRenderedFeatures`; the islands' may be
 * left out at the edge, still placed), the countries and seas through the layer's `text-field`.
 */
import type { Page } from "@playwright/test";
import type { Language } from "../src/i18n/languages";
import { REFERENCE_LABEL_NAMES } from "../src/map/referenceLabels";
import { expect, mapSettled, NAME_LAYERS, test, waitForMap } from "./fixtures";
import { keepScreenshot } from "./keepScreenshot";

test.use({ webgl: true });

/** The language switch's radio for each language. */
const RADIO: Record<Language, string> = { en: "English", ja: "日本語", ru: "Русский", zh: "中文" };

/** The dataset's names (data/japan-russia-2018.json) in each language, as the map writes them. */
const EXPECTED: Record<Language, { islands: string }> = {
  en: { islands: "Northern Territories / Southern Kurils" },
  ja: { islands: "北方領土 / 南クリル諸島" },
  ru: { islands: "Северные территории / Южные Курилы" },
  zh: { islands: "北方领土 / 南千岛群岛" },
};

interface Drawn {
  islands: string | null;
  /** The countries and seas placed: their English name → the name drawn. */
  reference: Record<string, string>;
}

function drawnNames(page: Page): Promise<Drawn> {
  return page.evaluate((layers) => {
    const map = window.__app?.map;
    if (!map) throw new Error("no map");
    const label = (f: { properties: Record<string, unknown> }) =>
      String(f.properties.label ?? f.properties.name).replace(/\s+/g, " ");
    const placed = map.queryRenderedFeatures({ layers });
    const group = placed.find((f) => f.properties.group === true);
    // The layer's text-field: the English name, or a `match` of it to the language's.
    const field = map.getLayoutProperty("reference-labels", "text-field") as unknown;
    const drawnAs = (name: string): string => {
      if (!Array.isArray(field) || field[0] !== "match") return name;
      const at = field.indexOf(name, 2);
      return at > 1 && at % 2 === 0 ? String(field[at + 1]) : String(field[field.length - 1]);
    };
    const reference: Record<string, string> = {};
    for (const f of map.queryRenderedFeatures({ layers: ["reference-labels"] })) {
      const name = String(f.properties.name);
      reference[name] = drawnAs(name);
    }
    return {
      islands: group ? label(group) : null,
      reference,
    };
  }, NAME_LAYERS);
}

/** The names on the map not in `lang`, as "drawn ≠ expected"; a country or sea at least is placed. */
async function wrongNames(page: Page, lang: Language): Promise<string[]> {
  const drawn = await drawnNames(page);
  const wrong = (what: string, got: string | null, want: string) =>
    got === want ? [] : [`${what}: ${String(got)} ≠ ${want}`];
  const reference = Object.entries(drawn.reference);
  return [
    ...wrong("islands", drawn.islands, EXPECTED[lang].islands),
    ...(reference.length === 0 ? ["no country or sea placed"] : []),
    ...reference.flatMap(([name, text]) =>
      wrong(name, text, lang === "en" ? name : (REFERENCE_LABEL_NAMES[name]?.[lang] ?? name)),
    ),
  ];
}

// One page load with MapLibre, each language switched to in the page as a reader does, Chinese
// followed by Japanese (faces declared already) and by Russian (no CJK faces needed).
test("the map's names follow the language switch: en, ja, ru, zh, ja, zh, ru", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.goto("/?lang=en&event=lavrov-arrives-in-tokyo");
  await waitForMap(page);
  const order: Language[] = ["en", "ja", "ru", "zh", "ja", "zh", "ru"];
  for (const [step, lang] of order.entries()) {
    await test.step(`${step}: ${lang}`, async () => {
      if (step > 0) await page.getByRole("radio", { name: RADIO[lang] }).check();
      await expect(page.locator("html")).toHaveAttribute("lang", new RegExp(`^${lang}`));
      // The language's dataset texts and the faces its names need come first: seconds here.
      await expect.poll(() => wrongNames(page, lang), { timeout: 30_000 }).toEqual([]);
      await mapSettled(page);
      await keepScreenshot(page, testInfo, `map-labels-${step}-${lang}`);
      expect(await wrongNames(page, lang)).toEqual([]);
    });
  }
});
