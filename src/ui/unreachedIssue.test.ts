import { describe, expect, it } from "vitest";
import { fileIssue } from "../data/issues";
import { unreachedIssue } from "./unreachedIssue";

const ORIGIN = "https://explorer.example";
const unreachable = (url: string) =>
  fileIssue("unreachable", {
    url: { kind: "code", text: url },
    reason: { kind: "code", text: "Failed to fetch", lang: "en" },
  });
const page = { origin: ORIGIN, controlled: true, online: true };

describe("unreachedIssue", () => {
  it("says a same-origin address under the service worker is not kept and the site unreachable, not CORS", () => {
    const issue = unreachedIssue(unreachable(`${ORIGIN}/never.json`), page);
    expect(issue).toEqual(
      fileIssue("notKeptUnreachable", { url: { kind: "code", text: `${ORIGIN}/never.json` } }),
    );
  });

  it("keeps the offline message where the browser knows it is offline", () => {
    const issue = unreachedIssue(unreachable(`${ORIGIN}/never.json`), { ...page, online: false });
    expect(issue.code).toBe("offlineNotKept");
  });

  it("leaves another site's address, a page without a service worker, and other problems as they are", () => {
    const elsewhere = unreachable("https://other.example/data.json");
    expect(unreachedIssue(elsewhere, page)).toBe(elsewhere);
    const here = unreachable(`${ORIGIN}/data.json`);
    expect(unreachedIssue(here, { ...page, controlled: false })).toBe(here);
    const http = fileIssue("httpError", { url: { kind: "code", text: `${ORIGIN}/data.json` } });
    expect(unreachedIssue(http, page)).toBe(http);
  });
});
