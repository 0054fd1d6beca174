/**
 * A small static page per event for link previews: Open Graph and Twitter
 * tags, then a plain redirect into the app at `?event=<id>`. No script runs
 * on it, so any static host serves it as it is.
 */
import { formatEventDate } from "../data/dates";
import { placeName } from "../data/names";
import { fillPlaceTokens } from "../data/placeTokens";
import type { Dataset, DatasetEvent } from "../data/schema";
import { embedSnippet } from "../embed/snippet";
import { DEFAULT_URL_STATE } from "./codec";
import { escapeHtml } from "./escapeHtml";

export { escapeHtml };

export interface SharePageOptions {
  /** The app's public address with a trailing slash (`https://example.org/kurils/`), or "" for relative links. */
  siteUrl: string;
  /** Path of the preview image, relative to the app's root. */
  imagePath: string;
}

/** The event's title with places named both ways, as a neutral preview should. */
export function shareTitle(dataset: Dataset, event: DatasetEvent): string {
  const places = new Map(dataset.places.map((place) => [place.id, place]));
  return fillPlaceTokens(event.title, (id) => {
    const place = places.get(id);
    return place ? placeName(place, "both") : undefined;
  });
}

export function sharePageHtml(
  dataset: Dataset,
  event: DatasetEvent,
  options: SharePageOptions,
): string {
  const title = shareTitle(dataset, event);
  const date = formatEventDate(event);
  const description = `${date}. ${event.summary}`;
  const appPath = `?event=${encodeURIComponent(event.id)}`;
  // The page lives at share/<id>.html, one folder below the app.
  const target = options.siteUrl ? `${options.siteUrl}${appPath}` : `../${appPath}`;
  const pageUrl = options.siteUrl
    ? `${options.siteUrl}share/${encodeURIComponent(event.id)}.html`
    : "";
  const image = options.siteUrl
    ? `${options.siteUrl}${options.imagePath}`
    : `../${options.imagePath}`;
  const icon = options.siteUrl ? `${options.siteUrl}favicon.svg` : "../favicon.svg";
  const e = escapeHtml;
  // Absolute with SITE_URL, as another site needs it; relative to this page without.
  const snippet = embedSnippet({
    appUrl: options.siteUrl || "../",
    state: { ...DEFAULT_URL_STATE, event: event.id },
    title: `${title} — ${dataset.meta.title}: timeline and map`,
    size: "medium",
    followAddress: true,
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} — ${e(dataset.meta.title)}</title>
<meta name="description" content="${e(description)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${e(dataset.meta.title)}">
<meta property="og:title" content="${e(title)}">
<meta property="og:description" content="${e(description)}">
<meta property="og:url" content="${e(pageUrl || target)}">
<meta property="og:image" content="${e(image)}">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="630">
<meta property="og:image:alt" content="Map of the disputed islands between Hokkaido and the Kurils">
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
<p><a href="${e(target)}">Open this event on the timeline and map</a></p>
<h2>Embed this event</h2>
<p>Paste this into a page's HTML to show the event on the timeline and map there:</p>
<pre style="white-space:pre-wrap;word-break:break-all"><code data-embed-snippet>${e(snippet)}</code></pre>
</body>
</html>
`;
}
