/**
 * Whether a quote was checked against its source, and where that check ran.
 * Only two places can run it: the build, for the shipped dataset (the result
 * is recorded in the build, `virtual:build-provenance`), and the browser, for
 * a dataset that names its source text on its own origin (`meta.source.text`).
 * Nothing in a dataset can mark its own quotes as checked.
 */
import type { DatasetIssue } from "../data/issues";
import type { DescribedSource } from "./origin";

/** What the build records about the shipped dataset's quotes. */
export type BuildQuoteCheck =
  | {
      status: "checked";
      /** How many quotes were compared. */
      quotes: number;
      /** Ids of events whose quote was not found verbatim (or in its paragraph). */
      mismatched: string[];
      /** SHA-256 (hex) of the source text the quotes were compared with. */
      sourceSha256: string;
      datasetSha256: string;
    }
  | { status: "not-checked"; reason: string; datasetSha256: string };

/**
 * Why a quote was not checked: a message key (`quoteReason.…`) and its values,
 * put into words when shown, so the reason follows the interface's language.
 */
export type QuoteCheck =
  | { kind: "not-checked"; reason: string; values?: Record<string, string> }
  | { kind: "checking"; against: string }
  | {
      kind: "checked";
      by: "build" | "browser";
      /** The source text's address (browser) or "the article" (build). */
      against: string;
      sha256: string | null;
      mismatched: ReadonlySet<string>;
    };

/** Event ids whose quote failed, from `checkQuotes` issues (`events[3].quote.text`). */
export function mismatchedIds(
  events: readonly { id?: unknown }[],
  issues: readonly DatasetIssue[],
): string[] {
  const ids = new Set<string>();
  for (const issue of issues) {
    const match = /^events\[(\d+)\]\.quote/.exec(issue.path);
    const id = match ? events[Number(match[1])]?.id : undefined;
    if (typeof id === "string") ids.add(id);
  }
  return [...ids];
}

export function fromBuild(record: BuildQuoteCheck): QuoteCheck {
  // The build's reason is always the same: it had no copy of the source text.
  if (record.status === "not-checked") {
    return { kind: "not-checked", reason: "quoteReason.buildNoSource" };
  }
  return {
    kind: "checked",
    by: "build",
    against: "the article",
    sha256: record.sourceSha256,
    mismatched: new Set(record.mismatched),
  };
}

/**
 * Where the browser may fetch a dataset's source text: `meta.source.text`,
 * relative to the dataset, and only on the dataset's own origin, so the text
 * is published by whoever published the data. Otherwise, why not.
 */
export function sourceTextUrl(
  text: string | undefined,
  source: DescribedSource,
  pageOrigin: string,
): { url: string } | { reason: string } {
  if (source.kind !== "url") {
    return {
      reason: source.kind === "file" ? "quoteReason.fromFile" : "quoteReason.noSourceGiven",
    };
  }
  if (!text) return { reason: "quoteReason.noSourceNamed" };
  let dataset: URL;
  let url: URL;
  try {
    dataset = new URL(source.url, `${pageOrigin}/`);
    url = new URL(text, dataset);
  } catch {
    return { reason: "quoteReason.badAddress" };
  }
  if (url.origin !== dataset.origin || (url.protocol !== "https:" && url.protocol !== "http:")) {
    return { reason: "quoteReason.otherSite" };
  }
  return { url: url.href };
}
