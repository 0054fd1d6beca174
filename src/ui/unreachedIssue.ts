/**
 * Why an address could not be read, as the page can tell it. The dataset's worker words a network
 * error as "unreachable" (the connection, the server, or CORS) unless `navigator.onLine` is false,
 * and cannot see the service worker (a dedicated worker has no `navigator.serviceWorker`). But
 * `onLine` is true on a captive portal, a connection that drops everything, and in a page opened
 * under Chromium's offline emulation; and for an address on the site's own origin CORS cannot be
 * the cause. Under the service worker such an address failed because it is not kept on this device
 * and the site did not answer: that is what the reader is told (review 39 R2).
 */
import { type DatasetIssue, fileIssue } from "../data/issues";

export interface PageNetwork {
  /** The page's origin (`location.origin`). */
  origin: string;
  /** A service worker controls the page: what it keeps is served from the device. */
  controlled: boolean;
  online: boolean;
}

export function unreachedIssue(issue: DatasetIssue, page: PageNetwork): DatasetIssue {
  const url = issue.params?.url;
  if (issue.code !== "unreachable" || typeof url !== "object" || url.kind !== "code") return issue;
  let origin: string;
  try {
    origin = new URL(url.text, page.origin).origin;
  } catch {
    return issue;
  }
  if (!page.online) return fileIssue("offlineNotKept", { url });
  if (origin !== page.origin || !page.controlled) return issue;
  return fileIssue("notKeptUnreachable", { url });
}

/** The same, for the page this runs in. */
export function unreachedHere(issue: DatasetIssue): DatasetIssue {
  return unreachedIssue(issue, {
    origin: location.origin,
    controlled: Boolean(navigator.serviceWorker?.controller),
    online: navigator.onLine,
  });
}
