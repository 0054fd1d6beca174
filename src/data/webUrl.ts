/** An http: or https: URL: only web links, so `javascript:` and friends never reach an href. No zod here, so code in the first download can use it. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * "upload.wikimedia.org" from a URL; "" if it is none. Here, not with the importers' text
 * helpers: the media card in the first download used it, and took them along (1.1 KB gzipped).
 */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}
