import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  EDITOR_FIRST_KEYS,
  LATER_KEYS,
  laterMessages,
  messagesPart,
  PANEL_FIRST_KEYS,
} from "./laterMessagesPlugin";

const en = JSON.parse(
  readFileSync(new URL("../src/i18n/locales/en.json", import.meta.url), "utf8"),
) as Record<string, unknown>;

const editorOf = (messages: Record<string, unknown>) =>
  (messages.editor ?? {}) as Record<string, unknown>;

describe("English in three parts", () => {
  it("puts each of en.json's top-level keys in exactly one part, the later ones later", () => {
    const first = messagesPart(en, "first");
    const later = messagesPart(en, "later");
    expect(Object.keys(later).sort()).toEqual([...LATER_KEYS].sort());
    expect(Object.keys(first).some((key) => LATER_KEYS.includes(key))).toBe(false);
    expect(Object.keys({ ...first, ...later }).sort()).toEqual(Object.keys(en).sort());
  });

  it("keeps in the first part only the editor's messages a page shows before the editor's code", () => {
    const first = editorOf(messagesPart(en, "first"));
    const withEditor = editorOf(messagesPart(en, "editor"));
    expect(Object.keys(first).sort()).toEqual([...EDITOR_FIRST_KEYS].sort());
    expect(Object.keys(withEditor).some((key) => EDITOR_FIRST_KEYS.includes(key))).toBe(false);
    // Together the parts are en.json, every editor and panel message in one of them.
    const together: Record<string, unknown> = {
      ...messagesPart(en, "first"),
      ...messagesPart(en, "later"),
      editor: { ...first, ...withEditor },
    };
    for (const [group, rest] of Object.entries(messagesPart(en, "panels")))
      together[group] = { ...(together[group] as object), ...(rest as object) };
    expect(together).toEqual(en);
  });

  it("keeps in the first part only the panels' messages a page shows before their code", () => {
    const first = messagesPart(en, "first");
    const panels = messagesPart(en, "panels");
    for (const [group, keys] of Object.entries(PANEL_FIRST_KEYS)) {
      expect(Object.keys(first[group] as object).sort(), group).toEqual([...keys].sort());
      expect(Object.keys(panels[group] as object).some((key) => keys.includes(key))).toBe(false);
      for (const key of keys) expect(en[group], group).toHaveProperty(key);
    }
  });

  it("names in EDITOR_FIRST_KEYS only messages en.json has", () => {
    for (const key of EDITOR_FIRST_KEYS) expect(editorOf(en)).toHaveProperty(key);
  });
});

describe("the first part a build serves", () => {
  /** The first part as a build in `mode` gets it (outside Vitest, which always gets the whole). */
  function firstPartIn(mode: string): Record<string, unknown> {
    const vitest = process.env.VITEST;
    delete process.env.VITEST;
    try {
      const plugin = laterMessages("src/i18n/locales/en.json");
      const root = new URL("..", import.meta.url).pathname;
      (plugin.configResolved as (config: { root: string; mode: string }) => void)({ root, mode });
      const load = plugin.load as (this: unknown, id: string) => string;
      const code = load.call({ addWatchFile: () => {} }, "\0virtual:en-messages/first");
      return JSON.parse(code.replace(/^export default /, "").replace(/;$/, ""));
    } finally {
      process.env.VITEST = vitest;
    }
  }

  it("is all of English in a one-file copy's build, which names its data in its first render", () => {
    expect(firstPartIn("single")).toEqual(en);
    const site = firstPartIn("production");
    expect(site).toEqual(messagesPart(en, "first"));
    expect(site).not.toHaveProperty("copyOrigin");
  });
});
