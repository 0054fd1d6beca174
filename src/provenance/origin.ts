/**
 * Where the dataset on screen comes from, in words a reader understands. The
 * shipped dataset needs none; every other one is named wherever the page
 * speaks for it (header, tab title, event details, Share, embeds).
 */
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
      banner: `Data from ${name} on this site`,
      badge: name,
      title: `data from ${name}`,
      share: `This link shows data from ${name} on this site, not the site's own story.`,
      detail: `Loaded from ${url.pathname}. It is not the dataset this site publishes as its story.`,
      foreign: false,
    };
  }
  const host = url.host || address;
  return {
    banner: `Data from ${host} — not published by this site`,
    badge: host,
    title: `data from ${host}, not this site's`,
    share: `This link shows data from ${host}, which this site did not publish.`,
    detail: `Loaded from ${url.href}. This site shows it as it is and vouches for none of it.`,
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
        banner: "A file from your computer (not shared)",
        badge: "your file",
        title: `your file ${source.name}`,
        share: "This dataset is a file on your computer: a link cannot show it to anyone else.",
        detail: `${source.name}, opened from your computer. Only you see it; this site has not checked it.`,
        foreign: false,
      };
    case "draft":
      return {
        banner: "Your draft (unsaved changes)",
        badge: "your draft",
        title: "your draft",
        share: "This is your unsaved draft: a link cannot show it to anyone else.",
        detail: "What you are editing, with changes not yet saved or published.",
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
  return words ? `${title} (${words.title})` : title;
}
