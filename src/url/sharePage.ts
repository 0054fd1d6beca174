/**
 * A small static page per event for link previews: Open Graph and Twitter
 * tags, then a plain redirect into the app at `?event=<id>`. No script runs
 * on it, so any static host serves it as it is.
 */
import { fillPlaceTokens } from "../data/placeTokens";
import type { Dataset, DatasetEvent } from "../data/schema";
import { embedSnippet } from "../embed/snippet";
import { eventTexts, metaTexts, placeNameIn } from "../i18n/datasetText";
import { type DateMessage, formatEventDateWith } from "../i18n/eventDate";
import { LANG_ATTRIBUTES, type Language, LOCALE_TAGS, langInAddress } from "../i18n/languages";
import en from "../i18n/locales/en.json";
import ja from "../i18n/locales/ja.json";
import ru from "../i18n/locales/ru.json";
import zh from "../i18n/locales/zh.json";
import { messageFormatter } from "../i18n/messageFormatter";
import { DEFAULT_URL_STATE } from "./codec";
import { escapeHtml } from "./escapeHtml";

const MESSAGES: Record<Language, typeof en> = { en, ja, ru, zh };

export { escapeHtml };

export interface SharePageOptions {
  /** The app's public address with a trailing slash (`https://example.org/kurils/`), or "" for relative links. */
  siteUrl: string;
  /** Path of the preview image, relative to the app's root. */
  imagePath: string;
  /** The page's language: other than English, it lives at share/<lang>/<id>.html. */
  lang?: Language;
}

/** Each language's messages through FormatJS, as i18next-icu formats them in the app. */
const FORMATTERS = new Map<Language, DateMessage>();

function dateMessage(lang: Language): DateMessage {
  let format = FORMATTERS.get(lang);
  if (!format) {
    format = messageFormatter(MESSAGES[lang], LOCALE_TAGS[lang]);
    FORMATTERS.set(lang, format);
  }
  return format;
}

/** The event's date for a preview, worded as the app words it ("c. mid-April 2018"). */
export function shareDate(event: DatasetEvent, lang: Language): string {
  return formatEventDateWith(event, lang, dateMessage(lang));
}

/** The event's title with places named both ways, as a neutral preview should. */
export function shareTitle(dataset: Dataset, event: DatasetEvent, lang: Language = "en"): string {
  const places = new Map(dataset.places.map((place) => [place.id, place]));
  return fillPlaceTokens(eventTexts(event, lang).title.text, (id) => {
    const place = places.get(id);
    return place ? placeNameIn(place, "both", lang) : undefined;
  });
}

export function sharePageHtml(
  dataset: Dataset,
  event: DatasetEvent,
  options: SharePageOptions,
): string {
  const lang = options.lang ?? "en";
  const messages = MESSAGES[lang].share;
  const title = shareTitle(dataset, event, lang);
  const date = shareDate(event, lang);
  // Japanese and Chinese end a sentence with "。" and put no space after it; a date that ends in
  // a point already ("21 марта 2018 г.") takes no second one (review 26).
  const stop = lang === "ja" || lang === "zh" ? "。" : date.endsWith(".") ? " " : ". ";
  const description = `${date}${stop}${eventTexts(event, lang).summary.text}`;
  const siteName = metaTexts(dataset.meta, lang).title.text;
  const appPath = `?event=${encodeURIComponent(event.id)}${lang === "en" ? "" : `&lang=${lang}`}`;
  // The page lives at share/<id>.html (share/<lang>/<id>.html), one folder (two) below the app.
  const up = lang === "en" ? "../" : "../../";
  const folder = lang === "en" ? "share/" : `share/${lang}/`;
  const target = options.siteUrl ? `${options.siteUrl}${appPath}` : `${up}${appPath}`;
  const pageUrl = options.siteUrl
    ? `${options.siteUrl}${folder}${encodeURIComponent(event.id)}.html`
    : "";
  const image = options.siteUrl
    ? `${options.siteUrl}${options.imagePath}`
    : `${up}${options.imagePath}`;
  const icon = options.siteUrl ? `${options.siteUrl}favicon.svg` : `${up}favicon.svg`;
  const e = escapeHtml;
  // Absolute with SITE_URL, as another site needs it; relative to this page without.
  const snippet = embedSnippet({
    appUrl: options.siteUrl || up,
    state: { ...DEFAULT_URL_STATE, event: event.id, lang: langInAddress(lang) },
    title: `${title} — ${siteName}: ${messages.embedFrame}`,
    size: "medium",
    followAddress: true,
  });
  return `<!doctype html>
<html lang="${LANG_ATTRIBUTES[lang]}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} — ${e(siteName)}</title>
<meta name="description" content="${e(description)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${e(siteName)}">
<meta property="og:locale" content="${LOCALE_TAGS[lang].replace("-", "_")}">
<meta property="og:title" content="${e(title)}">
<meta property="og:description" content="${e(description)}">
<meta property="og:url" content="${e(pageUrl || target)}">
<meta property="og:image" content="${e(image)}">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="630">
<meta property="og:image:alt" content="${e(messages.imageAlt)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="${e(title)}">
<meta name="twitter:description" content="${e(description)}">
<meta name="twitter:image" content="${e(image)}">
<link rel="icon" href="${e(icon)}" type="image/svg+xml">
<link rel="canonical" href="${e(target)}">
<meta http-equiv="refresh" content="0; url=${e(target)}">
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}</style>
</head>
<body>
<h1>${e(title)}</h1>
<p>${e(description)}</p>
<p><a href="${e(target)}">${e(messages.open)}</a></p>
<h2>${e(messages.embedHeading)}</h2>
<p>${e(messages.embedIntro)}</p>
<pre style="white-space:pre-wrap;word-break:break-all"><code data-embed-snippet>${e(snippet)}</code></pre>
</body>
</html>
`;
}
