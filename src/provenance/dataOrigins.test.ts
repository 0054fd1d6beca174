import { describe, expect, it } from "vitest";
import { connectSources, type OriginRule, originAllowed, parseDataOrigins } from "./dataOrigins";

function rules(spec: string | undefined): OriginRule[] {
  const parsed = parseDataOrigins(spec);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.rules;
}

const PAGE = "https://maps.example.org";
const allowed = (url: string, spec: string | undefined) =>
  originAllowed(new URL(url, `${PAGE}/`), PAGE, rules(spec));

describe("parseDataOrigins", () => {
  it("defaults to this site and any https origin", () => {
    expect(rules(undefined)).toEqual([{ kind: "self" }, { kind: "scheme", scheme: "https:" }]);
  });

  it("reads origins, subdomain wildcards, 'self' in CSP quotes and none", () => {
    expect(rules("'self'  https://News.Example.com https://*.example.net")).toEqual([
      { kind: "self" },
      { kind: "origin", origin: "https://news.example.com" },
      { kind: "subdomains", scheme: "https:", host: "example.net" },
    ]);
    expect(rules("none")).toEqual([]);
  });

  it("fails with a sentence naming what it cannot read", () => {
    expect(parseDataOrigins("self news.example.com")).toEqual({
      ok: false,
      error:
        'DATA_ORIGINS: "news.example.com" is not an origin: use self, https:, or an origin such as https://news.example.com',
    });
    expect(parseDataOrigins("https://news.example.com/data/")).toMatchObject({
      ok: false,
      error: expect.stringContaining("write only scheme, host and port (https://news.example.com)"),
    });
    expect(parseDataOrigins("ftp://files.example.com")).toMatchObject({ ok: false });
  });
});

describe("originAllowed", () => {
  it("lets the default through as before: this site, and https anywhere", () => {
    expect(allowed("/other.json", undefined)).toBe(true);
    expect(allowed("https://elsewhere.example/x.json", undefined)).toBe(true);
    expect(allowed("http://elsewhere.example/x.json", undefined)).toBe(false);
  });

  it("keeps a newsroom's setting to its own origins", () => {
    const spec = "self https://news.example.com";
    expect(allowed("/other.json", spec)).toBe(true);
    expect(allowed("https://news.example.com/a.json", spec)).toBe(true);
    expect(allowed("https://news.example.com:8443/a.json", spec)).toBe(false);
    expect(allowed("https://evil.example/a.json", spec)).toBe(false);
    expect(allowed("/other.json", "https://news.example.com")).toBe(false);
  });

  it("matches subdomains only, as CSP does", () => {
    const spec = "https://*.example.com";
    expect(allowed("https://a.example.com/x.json", spec)).toBe(true);
    expect(allowed("https://a.b.example.com/x.json", spec)).toBe(true);
    expect(allowed("https://example.com/x.json", spec)).toBe(false);
    expect(allowed("https://badexample.com/x.json", spec)).toBe(false);
  });
});

describe("connectSources", () => {
  it("always keeps 'self' for the app's own files", () => {
    expect(connectSources(rules("https://news.example.com")).join(" ")).toBe(
      "'self' https://news.example.com blob: data:",
    );
    expect(connectSources(rules(undefined)).join(" ")).toBe("'self' https: blob: data:");
  });
});
