/**
 * English, the bundled language, in four modules: what a page may show at
 * any time; the messages only a problem needs (a dataset's problems, a
 * link's), fetched when one may be shown (`loadLaterMessages` in
 * `src/i18n/i18n.ts`); the editor's, which come in the editor's own
 * chunks (`src/editor/editorMessages.ts`); and the on-demand panels', which
 * come with theirs (`src/ui/panelMessages.ts`). The problems' were 3.9 KB of
 * the 10 KB (gzipped) of English in every first load, the editor's 1.9 KB.
 * `src/i18n/locales/en.json` stays one file for translators: this plugin
 * serves its parts as `virtual:en-messages/first`, `/later`, `/editor` and `/panels`.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";
import { compileMessages } from "./compiledMessages";

/**
 * The top-level keys of en.json that wait: worded only for a problem (or a new version), and never
 * before a load or a link is read. `datasetIssueParts` (where a problem is: "row 4, column start") comes first, so a
 * problem whose message never came still says where it is (`undescribed` in issueText.ts).
 */
export const LATER_KEYS: readonly string[] = [
  "datasetIssue",
  "issueConsequence",
  "urlProblem",
  // A new version's notice: its code comes with these words (`src/offline/updateNotice.ts`).
  "update",
  // What a one-file copy of other data than the site's story calls it (`src/provenance/origin.ts`):
  // never on the site, and a copy's build has all of English in its first part. 0.4 KB gzipped.
  "copyOrigin",
  // What a copy's language switch says of a language it cannot draw (`undrawnLanguages.single.ts`):
  // never on the site, which loads every language's fonts.
  "copyFonts",
  // What a link's ids and filters lack in the dataset (`src/url/urlState.ts`): said once the
  // dataset is in, when these words may come too.
  "linkNotice",
  // Why a quote was not checked: never for the site's story, whose quotes its build checks; a
  // dataset loaded from elsewhere fetches these words as it loads (`DetailsProvenance.tsx` waits).
  "quoteReason",
  // What a quote checked in the browser, or not found, is called (`src/provenance/quoteMark.ts`):
  // never for the site's story, whose quotes its build found; `DetailsProvenance.tsx` waits.
  "quoteMore",
  // What Share says of other data than the site's, and the provenance banner's second sentence
  // (`src/provenance/origin.ts`): the banner's first is in the first part, said with the data.
  "originMore",
  // What the map says in a browser without WebGL2 and when its graphics context is lost
  // (`MapView.tsx` waits for them), and the SVG map's failed basemap (`FallbackMap.tsx` waits too):
  // rare, and 0.1 KB gzipped of the first load.
  "mapNotice",
  // Why a selected event is not on the timeline (`EventDetails.tsx` waits for them): a filter or a
  // search that leaves it out, said under its title.
  "hiddenNote",
];

/**
 * The editor's messages a page shows before the editor's code has come: Edit's label and its
 * "Opening…" (`EditButton.tsx`), and what the store says of a deletion (`editorSlice.ts`).
 */
export const EDITOR_FIRST_KEYS: readonly string[] = ["edit", "opening", "deleted"];

/**
 * The panels' messages a page shows before their code has come (`src/ui/panelMessages.ts`), by
 * group: the buttons that open them (Open dataset…, Embed, Save, Download and its menu's name),
 * the drop zone's words and the file input's name, an embed's header, story mode's toggle, the
 * words that name a dataset's source. The rest is worded only inside the panels, whose code loads
 * on demand: the dialogs of Open dataset and Embed, the Save and Download menus' items, the
 * printed list, story mode's controls, a dataset's problems. It took the first load past its
 * 700 KB aim (701.0 KB; 699.6 with these 1.4 KB gzipped of English most readers never need out).
 */
export const PANEL_FIRST_KEYS: Readonly<Record<string, readonly string[]>> = {
  open: ["button", "drop", "fileInput"],
  embed: ["button", "newTab", "openFull"],
  save: ["button"],
  download: ["button", "as"],
  print: [],
  // Story mode's controls come with their code; the first load has the toggle's words.
  story: ["region", "mode", "off"],
  // A dataset's problems list comes with its code; the first load names where a dataset is from,
  // and "undescribed" words a problem whose message could not come (issueText.ts).
  problems: ["defaultDataset", "file", "pasted", "unnamedFile", "draft", "undescribed"],
  // Worded by the build's share pages (`src/url/sharePage.ts`), never by the app.
  share: [],
  // A load's progress bar comes with its code (`LoadProgressSlot.tsx`), as it starts.
  progress: [],
  // An imported story's media card comes with its code (`MediaCardSlot.tsx`).
  media: [],
  // A story's undated items and the timeline's words for a story of them only come with their
  // code (`UndatedListSlot.tsx`, `NoDatesSlot.tsx`): no story shipped here has any.
  undated: [],
  // The empty timeline's words and way out come with theirs (`NoMatchSlot.tsx`).
  noMatch: [],
  // The filter panel's boxes and buttons come with their code (`FilterFacets.tsx`, loaded as the
  // pointer or the focus comes to Filters); the first load has the button and the summary line.
  filters: ["button", "on", "showing", "clear", "cleared"],
  // A result's place, other names and matched field come with the results' code (`SearchOptions.tsx`).
  search: [
    "region",
    "label",
    "placeholder",
    "placeholderShort",
    "preparing",
    "preparingShare",
    "searching",
    "results",
    "noResults",
    "noResultsHidden",
    "summary",
    "places",
    "events",
    "separator",
    "correction",
    "didYouMean",
    "onlyMatches",
  ],
};

const PARTS = ["first", "later", "editor", "panels"] as const;
export type MessagesPart = (typeof PARTS)[number];

/** The groups split between the first part and a part of their own, with the keys that stay first. */
const SPLITS: Record<"editor" | "panels", Readonly<Record<string, readonly string[]>>> = {
  editor: { editor: EDITOR_FIRST_KEYS },
  panels: PANEL_FIRST_KEYS,
};

const PREFIX = "virtual:en-messages/";

/** A group's messages whose keys `keep` says yes to. */
function keysOf(group: unknown, keep: (key: string) => boolean): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries((group ?? {}) as Record<string, unknown>).filter(([key]) => keep(key)),
  );
}

/** The part of `messages` that comes first, later (problems), with the editor or with the panels. */
export function messagesPart(
  messages: Record<string, unknown>,
  part: MessagesPart,
): Record<string, unknown> {
  if (part === "editor" || part === "panels") {
    return Object.fromEntries(
      Object.entries(SPLITS[part]).map(([group, first]) => [
        group,
        keysOf(messages[group], (key) => !first.includes(key)),
      ]),
    );
  }
  const kept = Object.entries(messages).filter(
    ([key]) => LATER_KEYS.includes(key) === (part === "later"),
  );
  const firstKeysOf = (group: string) => SPLITS.editor[group] ?? SPLITS.panels[group];
  return Object.fromEntries(
    kept.map(([key, value]) => {
      const first = firstKeysOf(key);
      return first ? [key, keysOf(value, (name) => first.includes(name))] : [key, value];
    }),
  );
}

/**
 * Under Vitest the first part is the whole: unit tests word problems without loading the rest
 * (they test wording, not when it arrives; the e2e tests and this file's test do that). So it is
 * in a one-file copy's build (mode "single", `offlineTemplatePlugin.ts`): the copy's page holds
 * every part anyway, and names its data in its first render (`copyOrigin`). A build's parts hold
 * ASTs for ICU messages (`compiledMessages.ts`); Vitest's and the dev server's, strings.
 */
export function laterMessages(localeFile: string): Plugin {
  let file = localeFile;
  let whole = process.env.VITEST !== undefined;
  let compiled = false;
  return {
    name: "later-messages",
    configResolved: (config) => {
      file = resolve(config.root, localeFile);
      whole ||= config.mode === "single";
      compiled = config.command === "build";
    },
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const part = id.slice(PREFIX.length + 1);
      if (!PARTS.includes(part as MessagesPart)) throw new Error(`no such messages: ${id}`);
      this.addWatchFile(file);
      const messages = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
      const served =
        whole && part === "first" ? messages : messagesPart(messages, part as MessagesPart);
      return `export default ${JSON.stringify(compiled ? compileMessages(served) : served)};`;
    },
  };
}
