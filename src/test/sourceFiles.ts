import { readdirSync } from "node:fs";
import { join } from "node:path";

/** The app's source folder (`src/`). */
export const SRC = new URL("..", import.meta.url).pathname;

/** Every TypeScript source under `dir`, tests left out: for tests that read what the code says. */
export function sourceFiles(dir: string = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}
