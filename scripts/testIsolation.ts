/**
 * Which unit test files need a module graph of their own.
 *
 * Vitest runs the rest in one shared graph per worker (`isolate: false`): re-importing the
 * app's modules for each of the 136 files was most of the unit run (93 s against 29 s on the
 * 2-core machine, the tests themselves 17–23 s). A file that replaces a module (`vi.mock`) or
 * a global (`vi.stubGlobal`) would see, or leave, the real one in a shared graph, so those run
 * isolated; they are found by reading the files, so a new one cannot be forgotten.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const TEST_FILE = /\.test\.tsx?$/;
const REPLACES_MODULES = /\bvi\.(mock|doMock|unmock|resetModules|stubGlobal|stubEnv)\(/;

export function testFilesNeedingIsolation(root: string, folders: readonly string[]): string[] {
  return folders.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: "utf8" })
      .filter((file) => TEST_FILE.test(file))
      .map((file) => join(folder, file))
      .filter((file) => REPLACES_MODULES.test(readFileSync(join(root, file), "utf8"))),
  );
}
