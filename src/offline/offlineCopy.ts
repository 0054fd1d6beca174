/**
 * "Download offline copy": the one-file template (built beside the app by
 * scripts/offlineTemplatePlugin.ts) filled with the dataset on show (the
 * store's, so an imported or edited one too), the current view, and the
 * Noto Sans JP and SC faces its text and its map's labels need.
 */

import type { Dataset } from "../data/schema";
import { hasStoryToShow } from "../data/storyToShow";
import { inOurFormat } from "../export/toJson";
import { i18n } from "../i18n/i18n";
import type { Language } from "../i18n/languages";
import { labelFamily } from "../map/labelFamily";
import { mapLabelText } from "../map/mapLabelText";
import { selectLanguage, selectLanguageToKeep } from "../store/languageSlice";
import type { AppState } from "../store/types";
import { searchOf } from "../url/urlState";
import { savedFromOf } from "./embeddedCopy";
import { type CjkFamily, fontFaceRule, inFamilyOrder } from "./embeddedFonts";
import { copyFileName, fillTemplate } from "./fillTemplate";
import { SaveError } from "./saveError";
import {
  type CodeRange,
  cjkPointsOf,
  facesFor,
  firstFacesFor,
  parseUnicodeRange,
} from "./unicodeRanges";

export interface PreparedFile {
  blob: Blob;
  fileName: string;
}

function siteUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}${path}`, window.location.href).href;
}

async function fetchOk(url: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new SaveError(navigator.onLine ? "unreachable" : "offline");
  }
  if (!response.ok) throw new SaveError("http", { status: response.status, url });
  return response;
}

function asDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** A face of the site's Noto Sans JP or SC (`offline-fonts.json`, written by scripts/offlineTemplatePlugin.ts). */
interface SiteFace {
  family: CjkFamily;
  url: string;
  unicodeRange: string;
  ranges: CodeRange[];
}

/**
 * The faces a copy in `lang` carries: Noto Sans JP's for the CJK characters of its text (SC's for
 * those JP lacks), Noto Sans SC's for those of a Chinese copy's text (below), and for its map's labels the first face of the
 * map's order that draws each of theirs (`labelFamily`: SC's for a Chinese copy whose labels have
 * no kana, JP's for any other). With the shipped dataset, the map's add nothing to a copy in
 * Japanese (the 48 JP subsets of its text hold every character of its labels: 3.8 MB), nor to one
 * in Chinese (the SC subsets of its text hold its labels' 15).
 */
function facesToCarry(list: readonly SiteFace[], dataset: Dataset, lang: Language): SiteFace[] {
  const jp = list.filter((face) => face.family === "jp");
  const sc = list.filter((face) => face.family === "sc");
  const forText = [
    // A character JP lacks (a dataset's simplified Chinese) draws from SC, next in `--font`.
    ...firstFacesFor([...jp, ...sc], cjkPointsOf(textNeedingJapaneseFaces(dataset, lang))),
    ...facesFor(sc, cjkPointsOf(textNeedingChineseFaces(dataset, lang))),
  ];
  const labels = mapLabelText(dataset.places, lang);
  // In the order the copy's map tries them (labelFamily, as the site's map).
  const forMap = firstFacesFor(
    inFamilyOrder(list, labelFamily([labels], lang) ?? "jp"),
    cjkPointsOf(labels),
  );
  return list.filter((face) => forText.includes(face) || forMap.includes(face));
}

/** @font-face rules with the faces a copy carries, inlined (embeddedFonts.ts). A face that fails is left out. */
async function fontCss(dataset: Dataset, lang: Language): Promise<string> {
  const text =
    textNeedingJapaneseFaces(dataset, lang) +
    textNeedingChineseFaces(dataset, lang) +
    mapLabelText(dataset.places, lang);
  if (cjkPointsOf(text).size === 0) return "";
  const list = (await (await fetchOk(siteUrl("offline-fonts.json"))).json()) as Array<
    Omit<SiteFace, "ranges">
  >;
  const faces = facesToCarry(
    list.map((face) => ({ ...face, ranges: parseUnicodeRange(face.unicodeRange) })),
    dataset,
    lang,
  );
  const rules = await Promise.all(
    faces.map(async ({ family, url, unicodeRange }) => {
      try {
        const data = await asDataUrl(await (await fetchOk(siteUrl(url.replace(/^\//, "")))).blob());
        return fontFaceRule({
          family,
          url: data.replace(/^data:[^;,]*/, "data:font/woff2"),
          unicodeRange,
        });
      } catch {
        return "";
      }
    }),
  );
  return rules.join("");
}

/**
 * The text whose Japanese glyphs the copy carries: the dataset in its own
 * words (with its places' native names), and, for a copy shown in Japanese,
 * its Japanese translations and the interface's Japanese messages. Chinese
 * text has its own (textNeedingChineseFaces: Noto Sans JP would give it
 * Japanese forms), and a copy saved in another language does not pay for
 * Japanese it does not show.
 */
function textNeedingJapaneseFaces(dataset: Dataset, lang: Language): string {
  const own = JSON.stringify(dataset, (key, value) => (key === "i18n" ? undefined : value));
  if (lang !== "ja") return own;
  const japanese = JSON.stringify(dataset, (key, value) =>
    key === "zh" || key === "ru" ? undefined : value,
  );
  return own + japanese + JSON.stringify(i18n.getResourceBundle("ja", "translation") ?? {});
}

/**
 * The text whose Chinese glyphs a copy shown in Chinese carries (Noto Sans SC, the family the
 * page's `:lang(zh)` names): the dataset with its Chinese translations and the interface's Chinese
 * messages, as textNeedingJapaneseFaces for Japanese. Without them its interface drew from the
 * system's fonts (boxes where there is no CJK font) while the site drew from Noto Sans SC. A copy
 * in another language carries none: it shows no Chinese of ours.
 */
function textNeedingChineseFaces(dataset: Dataset, lang: Language): string {
  if (lang !== "zh") return "";
  // Of the translations (`i18n`), only the Chinese: any other "ja" key is the dataset's own text,
  // such as a place's native name (択捉島), which the page shows and draws from Noto Sans SC (a
  // box, in a copy that dropped every "ja" key).
  const chinese = JSON.stringify(dataset, (key, value) =>
    key === "i18n" && value !== null && typeof value === "object" ? { zh: value.zh } : value,
  );
  return chinese + JSON.stringify(i18n.getResourceBundle("zh", "translation") ?? {});
}

export async function prepareOfflineCopy(state: AppState): Promise<PreparedFile> {
  const index = state.index;
  if (!index) throw new SaveError("noDataset");
  const dataset = index.dataset;
  // A draft with no dated event and no undated item on the map (a new story's first moments) is
  // on show, but a copy of it would open on "Could not open the default dataset" (review 35 F10).
  if (!hasStoryToShow(dataset)) throw new SaveError("noEvents");
  const [template, fonts] = await Promise.all([
    fetchOk(siteUrl("offline-template.html")).then((response) => response.text()),
    fontCss(dataset, selectLanguage(state)),
  ]);
  const html = fillTemplate(
    template,
    {
      // As the format has it: the index's order and interval of each event were said, when the
      // copy opened, to be keys the format does not have.
      dataset: inOurFormat(dataset),
      view: searchOf({
        ...state,
        lang: selectLanguageToKeep(state),
        // The copy carries the dataset itself: no `file=1` asking for a file, no `data=` to fetch
        // (a file cannot: the copy said "Ignored the link's dataset" or failed to open).
        source: { kind: "default" },
      }),
      savedAt: new Date().toISOString(),
      shipped: state.source.kind === "default",
      savedFrom: savedFromOf(state.source, window.location.href),
    },
    fonts,
  );
  return {
    blob: new Blob([html], { type: "text/html" }),
    fileName: copyFileName(dataset.meta.title),
  };
}
