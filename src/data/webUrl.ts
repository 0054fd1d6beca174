/** An http: or https: URL: only web links, so `javascript:` and friends never reach an href. No zod here, so code in the first download can use it. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
