/**
 * Where the dataset on screen comes from, in words a reader understands. The
 * shipped dataset needs none; every other one is named wherever the page
 * speaks for it (header, tab title, event details, Share, embeds).
 */
import { t } from "../i18n/i18n";
import type { DatasetSource } from "../store/datasetSlice";

/** Every source the words cover; a new kind fails the `switch` below until it has its words. */
export type DescribedSource = DatasetSource;

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
function fileName(url: URL): string {
  const parts = url.pathname.split("/").filter(Boolean);
  return decodeURIComponent(parts.at(-1) ?? url.pathname);
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
      share: t("origin.site.share", { name }),
      detail: t("origin.site.detail", { path: url.pathname }),
      foreign: false,
    };
  }
  const host = url.host || address;
  return {
    banner: t("origin.foreign.banner", { host }),
    badge: host,
    title: t("origin.foreign.title", { host }),
    share: t("origin.foreign.share", { host }),
    detail: t("origin.foreign.detail", { href: url.href }),
    foreign: true,
  };
}

/** The words for a source; null for the dataset this build ships as its own. */
export function describeOrigin(source: DescribedSource, pageOrigin: string): OriginWords | null {
  switch (source.kind) {
    case "default":
      return null;
    case "url":
      return fromUrl(source.url, pageOrigin);
    case "file":
      return {
        banner: t("origin.file.banner"),
        badge: t("origin.file.badge"),
        title: t("origin.file.title", { name: source.name }),
        share: t("origin.file.share"),
        detail: t("origin.file.detail", { name: source.name }),
        foreign: false,
      };
    case "draft":
      return {
        banner: t("origin.draft.banner"),
        badge: t("origin.draft.badge"),
        title: t("origin.draft.title"),
        share: t("origin.draft.share"),
        detail: t("origin.draft.detail"),
        foreign: false,
      };
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
