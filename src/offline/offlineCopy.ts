/**
 * "Download offline copy": the one-file template (built beside the app by
 * scripts/offlineTemplatePlugin.ts) filled with the dataset on show (the
 * store's, so an imported or edited one too), the current view, and the
 * Noto Sans JP faces that dataset's Japanese text needs.
 */

import type { Dataset } from "../data/schema";
import { i18n } from "../i18n/i18n";
import type { Language } from "../i18n/languages";
import { selectLanguage, selectLanguageToKeep } from "../store/languageSlice";
import type { AppState } from "../store/types";
import { searchOf } from "../url/urlState";
import { copyFileName, fillTemplate } from "./fillTemplate";
import { cjkPointsOf, facesFor, parseUnicodeRange } from "./unicodeRanges";

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
    throw new Error(
      navigator.onLine
        ? "the site could not be reached"
        : "you are offline, and no offline copy has been made on this device yet",
    );
  }
  if (!response.ok) throw new Error(`the site answered HTTP ${response.status} for ${url}`);
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

/** @font-face rules with the Japanese faces a text needs, inlined. A face that fails is left out. */
async function japaneseFontCss(text: string): Promise<string> {
  const points = cjkPointsOf(text);
  if (points.size === 0) return "";
  const list = (await (await fetchOk(siteUrl("offline-fonts.json"))).json()) as Array<{
    url: string;
    unicodeRange: string;
  }>;
  const faces = facesFor(
    list.map((face) => ({ ...face, ranges: parseUnicodeRange(face.unicodeRange) })),
    points,
  );
  const rules = await Promise.all(
    faces.map(async (face) => {
      try {
        const data = await asDataUrl(
          await (await fetchOk(siteUrl(face.url.replace(/^\//, "")))).blob(),
        );
        const src = data.replace(/^data:[^;,]*/, "data:font/woff2");
        return `@font-face{font-family:"Noto Sans JP";font-style:normal;font-weight:400;font-display:swap;src:url(${src}) format("woff2");unicode-range:${face.unicodeRange}}`;
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
 * its Japanese translations and the interface's Japanese messages. Chinese is
 * left to the system's fonts (Noto Sans JP would give it Japanese forms), and
 * a copy saved in another language does not pay for Japanese it does not show.
 */
function textNeedingJapaneseFaces(dataset: Dataset, lang: Language): string {
  const own = JSON.stringify(dataset, (key, value) => (key === "i18n" ? undefined : value));
  if (lang !== "ja") return own;
  const japanese = JSON.stringify(dataset, (key, value) =>
    key === "zh" || key === "ru" ? undefined : value,
  );
  return own + japanese + JSON.stringify(i18n.getResourceBundle("ja", "translation") ?? {});
}

export async function prepareOfflineCopy(state: AppState): Promise<PreparedFile> {
  const index = state.index;
  if (!index) throw new Error("there is no dataset on show");
  const dataset = index.dataset;
  const [template, fontCss] = await Promise.all([
    fetchOk(siteUrl("offline-template.html")).then((response) => response.text()),
    japaneseFontCss(textNeedingJapaneseFaces(dataset, selectLanguage(state))),
  ]);
  const html = fillTemplate(
    template,
    {
      dataset,
      view: searchOf({
        ...state,
        lang: selectLanguageToKeep(state),
        // The copy carries a local file's dataset itself: no `file=1` asking for the file.
        ...(state.source.kind === "file" && { source: { kind: "default" } }),
      }),
      savedAt: new Date().toISOString(),
    },
    fontCss,
  );
  return {
    blob: new Blob([html], { type: "text/html" }),
    fileName: copyFileName(dataset.meta.title),
  };
}
