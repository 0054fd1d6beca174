/**
 * Which origins `?data=` may load from: a build-time setting (`DATA_ORIGINS`)
 * that the URL codec enforces and the Content-Security-Policy repeats, so the
 * browser refuses what the app would. Written like a CSP source list:
 *
 *   DATA_ORIGINS="self https:"                      (the default: this site, any https site)
 *   DATA_ORIGINS="self https://news.example.com"    (this site and the newsroom's)
 *   DATA_ORIGINS="self https://*.example.com"       (this site and example.com's subdomains)
 *   DATA_ORIGINS="none"                              (only the shipped dataset)
 */

export type OriginRule =
  | { kind: "self" }
  /** Any origin of this scheme (`https:`). */
  | { kind: "scheme"; scheme: "https:" }
  /** One origin, `https://news.example.com` (an `http:` one only if named outright). */
  | { kind: "origin"; origin: string }
  /** Every subdomain of a host, `https://*.example.com` (not the host itself, as in CSP). */
  | { kind: "subdomains"; scheme: string; host: string };

export const DEFAULT_DATA_ORIGINS = "self https:";

export type OriginRulesResult = { ok: true; rules: OriginRule[] } | { ok: false; error: string };

function parseToken(token: string): OriginRule | string {
  const lower = token.toLowerCase();
  if (lower === "self" || lower === "'self'") return { kind: "self" };
  if (lower === "https:") return { kind: "scheme", scheme: "https:" };
  const wildcard = /^(https?):\/\/\*\.([a-z0-9.-]+(?::\d+)?)$/.exec(lower);
  if (wildcard) {
    return { kind: "subdomains", scheme: `${wildcard[1]}:`, host: wildcard[2] as string };
  }
  let url: URL;
  try {
    url = new URL(token);
  } catch {
    return `"${token}" is not an origin: use self, https:, or an origin such as https://news.example.com`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return `"${token}" is not an http(s) origin`;
  }
  if (url.pathname !== "/" || url.search || url.hash || url.username) {
    return `"${token}" has more than an origin: write only scheme, host and port (${url.origin})`;
  }
  return { kind: "origin", origin: url.origin };
}

/** Parse the setting; an unknown word fails the build with a sentence naming it. */
export function parseDataOrigins(spec: string | undefined): OriginRulesResult {
  const tokens = (spec ?? DEFAULT_DATA_ORIGINS).trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || (tokens.length === 1 && tokens[0]?.toLowerCase() === "none")) {
    return { ok: true, rules: [] };
  }
  const rules: OriginRule[] = [];
  for (const token of tokens) {
    const rule = parseToken(token);
    if (typeof rule === "string") return { ok: false, error: `DATA_ORIGINS: ${rule}` };
    rules.push(rule);
  }
  return { ok: true, rules };
}

function matches(rule: OriginRule, url: URL, pageOrigin: string): boolean {
  switch (rule.kind) {
    case "self":
      return url.origin === pageOrigin;
    case "scheme":
      return url.protocol === rule.scheme;
    case "origin":
      return url.origin === rule.origin;
    case "subdomains":
      return url.protocol === rule.scheme && url.host.endsWith(`.${rule.host}`);
  }
}

/** Whether an absolute URL's origin is allowed by the rules, seen from the page's origin. */
export function originAllowed(url: URL, pageOrigin: string, rules: readonly OriginRule[]): boolean {
  return rules.some((rule) => matches(rule, url, pageOrigin));
}

/**
 * The CSP `connect-src` sources. The app's own files (basemap, shipped
 * dataset) are always fetched from 'self', even where `?data=` may not use it.
 */
export function connectSources(rules: readonly OriginRule[]): string[] {
  const sources = ["'self'"];
  for (const rule of rules) {
    if (rule.kind === "scheme") sources.push(rule.scheme);
    if (rule.kind === "origin") sources.push(rule.origin);
    if (rule.kind === "subdomains") sources.push(`${rule.scheme}//*.${rule.host}`);
  }
  sources.push("blob:", "data:");
  return [...new Set(sources)];
}
