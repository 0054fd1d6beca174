import { resolve } from "node:path";
import type { Plugin, ResolvedConfig } from "vite";
import { describe, expect, it } from "vitest";
import { compiledMessages, compileMessages } from "./compiledMessages";
import { laterMessages } from "./laterMessagesPlugin";

const ROOT = resolve(import.meta.dirname, "..");

/** Calls a plugin's hook as Vite would (hooks may be functions or `{ handler }`). */
function hook<T>(plugin: Plugin, name: keyof Plugin, self: object, ...args: unknown[]): T {
  const value = plugin[name] as unknown;
  const handler = (
    typeof value === "function" ? value : (value as { handler: unknown }).handler
  ) as (...a: unknown[]) => T;
  return handler.apply(self, args);
}

const config = (command: "build" | "serve") =>
  ({ root: ROOT, command, mode: "production" }) as unknown as ResolvedConfig;

describe("compileMessages", () => {
  it("parses what needs ICU, keeps plain text and what parses to plain text as strings", () => {
    expect(
      compileMessages({ a: "Fit all", b: { c: "{n, plural, one {# event} other {# events}}" } }),
    ).toEqual({
      a: "Fit all",
      b: {
        c: [
          {
            type: 6,
            value: "n",
            offset: 0,
            pluralType: "cardinal",
            options: {
              one: { value: [{ type: 7 }, { type: 0, value: " event" }] },
              other: { value: [{ type: 7 }, { type: 0, value: " events" }] },
            },
          },
        ],
      },
    });
    expect(compileMessages("It''s")).toBe("It's");
    // A quoted brace is text that FormatJS would read as an argument: it stays an AST.
    expect(compileMessages("'{'x")).toEqual([{ type: 0, value: "{x" }]);
  });

  it("keeps tags as text, as i18next-icu does (ignoreTag)", () => {
    expect(compileMessages("<0>{n}</0>")).toEqual([
      { type: 0, value: "<0>" },
      { type: 1, value: "n" },
      { type: 0, value: "</0>" },
    ]);
  });

  it("fails the build on a message FormatJS cannot parse, naming it", () => {
    expect(() => compileMessages({ filters: { showing: "{n, plural, one {x}}" } })).toThrow(
      /filters\.showing/,
    );
    expect(() => compileMessages({ a: 3 })).toThrow(/message a is not a string/);
  });
});

describe("the compiled-messages plugin", () => {
  const plugin = compiledMessages("src/i18n/locales");
  hook(plugin, "configResolved", {}, config("build"));

  it("is for builds only, and leaves FormatJS's parser out of them", () => {
    expect(plugin.apply).toBe("build");
    const { resolve: resolved } = hook<{
      resolve: { alias: { find: RegExp; replacement: string }[] };
    }>(plugin, "config", {});
    const [alias] = resolved.alias;
    expect(alias?.find.test("@formatjs/icu-messageformat-parser")).toBe(true);
    expect(alias?.find.test("@formatjs/icu-messageformat-parser/printer.js")).toBe(false);
    expect(alias?.replacement).toBe("@formatjs/icu-messageformat-parser/no-parser.js");
  });

  it("compiles the locale files and nothing else", () => {
    const json = JSON.stringify({ a: "{n} x", b: "plain" });
    const out = hook<{ code: string } | null>(
      plugin,
      "transform",
      {},
      json,
      `${ROOT}/src/i18n/locales/ja.json`,
    );
    expect(JSON.parse(out?.code ?? "")).toEqual({
      a: [
        { type: 1, value: "n" },
        { type: 0, value: " x" },
      ],
      b: "plain",
    });
    expect(hook(plugin, "transform", {}, json, `${ROOT}/data/japan-russia-2018.json`)).toBeNull();
  });
});

describe("English's parts in a build", () => {
  const load = (command: "build" | "serve") => {
    const plugin = laterMessages("src/i18n/locales/en.json");
    hook(plugin, "configResolved", {}, config(command));
    const code = hook<string>(
      plugin,
      "load",
      { addWatchFile: () => {} },
      "\0virtual:en-messages/first",
    );
    return JSON.parse(code.replace(/^export default /, "").replace(/;$/, "")) as {
      filters: Record<string, unknown>;
    };
  };

  it("holds ASTs for ICU messages in a build, strings otherwise", () => {
    expect(Array.isArray(load("build").filters.showing)).toBe(true);
    expect(typeof load("serve").filters.showing).toBe("string");
  });
});
