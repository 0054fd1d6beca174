/** A one-file copy has no service worker and no newer version to announce. */
export function UpdatePrompt() {
  return null;
}
