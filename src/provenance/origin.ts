/**
 * Where the dataset on screen comes from, in words a reader understands. The
 * shipped dataset needs none; every other one is named wherever the page
 * speaks for it (header, tab title, event details, Share, embeds).
 */
import { t } from "../i18n/i18n";
import type { SavedFrom } from "../offline/embeddedCopy";
import type { DatasetSource } from "../store/datasetSlice";
import type { AppState } from "../store/types";
import { SHIPPED_SAVED_FROM } from "./copyOrigin";

/**
 * Every source the words cover; a new kind fails the `switch` below until it has its words. A
 * draft that autosave could not store is said to be kept in the page only (review 34 F5).
 */
export type DescribedSource = DatasetSource | { kind: "draft"; unsaved: true };

/** Whether the draft on show is one autosave could not store: a selector, so it reads a boolean. */
export const draftUnsaved = (state: AppState): boolean =>
  state.source.kind === "draft" && (state.editor ?? state.parkedEditor)?.autosave.state === "off";

/** `source` as the words describe it, `unsaved` being `draftUnsaved`'s answer. */
export const describedSource = (source: DatasetSource, unsaved: boolean): DescribedSource =>
  unsaved && source.kind === "draft" ? { kind: "draft", unsaved } : source;

export interface OriginWords {
  /** The banner: "Data from example.org — not published by this site". */
  banner: string;
  /** The compact badge: "example.org". */
  badge: string;
  /** Appended to the tab title: "data from example.org, not this site's". */
  title: string;
  /** What a shared link shows, said before copying it. */
  share: string;
  /** A sentence more for who wants it: where exactly, and what that means. */
  detail: string;
  /** Another site's data: warn hardest. */
  foreign: boolean;
}

/** The last part of a path, for "other.json on this site". */
/** The last name of an address's path (a relative address's too), decoded where it can be. */
function fileName(url: URL | string): string {
  const path = typeof url === "string" ? (url.split(/[?#]/)[0] ?? url) : url.pathname;
  const last = path.split("/").filter(Boolean).at(-1) ?? path;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function fromUrl(address: string, pageOrigin: string): OriginWords {
  let url: URL;
  try {
    url = new URL(address, `${pageOrigin}/`);
  } catch {
    url = new URL("about:blank");
  }
  if (url.origin === pageOrigin) {
    const name = fileName(url);
    return {
      banner: t("origin.site.banner", { name }),
      badge: name,
      title: t("origin.site.title", { name }),
      share: t("originMore.site.share", { name, defaultValue: "" }),
      detail: t("originMore.site.detail", { path: url.pathname, defaultValue: "" }),
      foreign: false,
    };
  }
  const host = url.host || address;
  return {
    banner: t("origin.foreign.banner", { host }),
    badge: host,
    title: t("origin.foreign.title", { host }),
    share: t("originMore.foreign.share", { host, defaultValue: "" }),
    detail: t("originMore.foreign.detail", { href: url.href, defaultValue: "" }),
    foreign: true,
  };
}

/** An absolute address as a URL; null for a relative one. */
function urlOf(address: string): URL | null {
  try {
    return new URL(address);
  } catch {
    return null;
  }
}

/**
 * The five words under `key` (`origin.file`, `copyOrigin.draft`…), each message given `values`
 * (one that names none of them ignores them). The site's sentences for Share and the banner's
 * detail are English's later part (`originMore`: a dataset other than the site's fetches it as it
 * loads, `useOrigin` re-renders when it comes): empty until then, never the key.
 */
function wordsAt(
  key: string,
  values: Record<string, string> = {},
  foreign = false,
  more = key,
): OriginWords {
  return {
    banner: t(`${key}.banner`, values),
    badge: t(`${key}.badge`, values),
    title: t(`${key}.title`, values),
    share: t(`${more}.share`, { ...values, defaultValue: "" }),
    detail: t(`${more}.detail`, { ...values, defaultValue: "" }),
    foreign,
  };
}

/**
 * A one-file copy of other data than the site's story: in the copy that data is the one it
 * ships, so it is named by where it was saved from, and as a copy. Its words are English's later
 * part on the site, which never needs them; a copy has all of English at once (laterMessagesPlugin.ts).
 */
function fromCopy(from: SavedFrom): OriginWords {
  switch (from.kind) {
    case "url": {
      // An old copy's relative address (its `site` unknown) was on the site that saved it.
      const url = urlOf(from.url);
      if (url === null || url.origin === from.site)
        return wordsAt("copyOrigin.site", {
          name: fileName(url ?? from.url),
          href: url?.href ?? from.url,
        });
      return wordsAt("copyOrigin.foreign", { host: url.host || from.url, href: url.href }, true);
    }
    case "file":
      return wordsAt(from.pasted ? "copyOrigin.pasted" : "copyOrigin.file", { name: from.name });
    case "draft":
      return wordsAt("copyOrigin.draft");
    default: {
      const unknown: never = from;
      return unknown;
    }
  }
}

/**
 * The words for a source; null for the dataset this build ships as its own. `savedFrom` is where
 * the shipped dataset was saved from: null on the site, and in a one-file copy of the site's story.
 */
export function describeOrigin(
  source: DescribedSource,
  pageOrigin: string,
  savedFrom: SavedFrom | null = SHIPPED_SAVED_FROM,
): OriginWords | null {
  switch (source.kind) {
    case "default":
      return savedFrom ? fromCopy(savedFrom) : null;
    case "url":
      return fromUrl(source.url, pageOrigin);
    case "file": {
      const kind = source.pasted ? "pasted" : "file";
      return wordsAt(`origin.${kind}`, { name: source.name }, false, `originMore.${kind}`);
    }
    case "draft":
      return wordsAt(
        "origin.draft",
        {},
        false,
        "unsaved" in source ? "originMore.draftUnsaved" : "originMore.draft",
      );
    default: {
      // A new kind of source must get its words before it can be shown.
      const unknown: never = source;
      return unknown;
    }
  }
}

/** The tab title: the dataset's own title only together with where it comes from. */
export function titleWithOrigin(title: string, words: OriginWords | null): string {
  return words ? t("origin.tabTitle", { title, origin: words.title }) : title;
}
