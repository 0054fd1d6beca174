import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { expect, it } from "vitest";
import { SRC, sourceFiles } from "../test/sourceFiles";

const en = JSON.parse(readFileSync(new URL("./locales/en.json", import.meta.url), "utf8"));

function inEnglish(key: string): boolean {
  let at: unknown = en;
  for (const part of key.split(".")) {
    if (at === null || typeof at !== "object" || !(part in at)) return false;
    at = (at as Record<string, unknown>)[part];
  }
  return typeof at === "string";
}

// The Download menu's failure said "problems.couldNotLoad", a key en.json never had.
it("has an English message for every key the code words literally", () => {
  const missing = sourceFiles().flatMap((path) =>
    [...readFileSync(path, "utf8").matchAll(/\bt\(\s*"([A-Za-z]+\.[A-Za-z0-9_.]+)"/g)]
      .map((match) => match[1] ?? "")
      .filter((key) => !inEnglish(key))
      .map((key) => `${relative(SRC, path)}: ${key}`),
  );
  expect(missing).toEqual([]);
});
