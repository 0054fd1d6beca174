/**
 * The HTML a site pastes to embed a view: an `<iframe>` on the app with
 * `embed=1` and the view's state, then the host script. Used by the Embed
 * dialog and by the share pages.
 */
import type { Interval } from "../data/dates";
import { encodeUrl, type UrlState } from "../url/codec";
import { escapeHtml } from "../url/escapeHtml";

/**
 * Heights that suit the layouts: below 720 px of width the embed stacks map
 * over timeline; above, details sit beside them. The width always follows the page.
 */
export const EMBED_SIZES = {
  small: { height: 420 },
  medium: { height: 560 },
  large: { height: 720 },
} as const;

export type EmbedSize = keyof typeof EMBED_SIZES;

export interface SnippetOptions {
  /** The app's public address with a trailing slash: `https://example.org/kurils/`. */
  appUrl: string;
  /** The view to show (its `embed` is set here). */
  state: UrlState;
  /** The dataset's default window: a window equal to it is left out of the address. */
  defaultWindow?: Interval | null;
  /** What the frame is, for screen readers (`<iframe title>`). */
  title: string;
  size: EmbedSize;
  /** Whether the host page's address follows the embed (and passes its fragment in). */
  followAddress: boolean;
}

/** The embed's address: the app with `embed=1` and the view. */
export function embedSrc(
  appUrl: string,
  state: UrlState,
  defaultWindow: Interval | null = null,
): string {
  return `${appUrl}${encodeUrl({ ...state, embed: true }, { window: defaultWindow })}`;
}

export function embedSnippet(options: SnippetOptions): string {
  const e = escapeHtml;
  const src = embedSrc(options.appUrl, options.state, options.defaultWindow ?? null);
  const { height } = EMBED_SIZES[options.size];
  const attributes = [
    `title="${e(options.title)}"`,
    `src="${e(src)}"`,
    `style="display:block;width:100%;max-width:100%;height:${height}px;border:1px solid #c9ced6;border-radius:6px"`,
    `loading="lazy"`,
    `allow="clipboard-write"`,
    "data-kuril-embed",
    ...(options.followAddress ? [] : [`data-kuril-address="off"`]),
  ];
  return `<iframe ${attributes.join(" ")}></iframe>\n<script src="${e(`${options.appUrl}embed.js`)}" async></script>`;
}
