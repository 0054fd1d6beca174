import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testFilesNeedingIsolation } from "./testIsolation";

describe("testFilesNeedingIsolation", () => {
  it("finds the test files that replace a module or a global, in any folder depth", () => {
    const root = mkdtempSync(join(tmpdir(), "isolation-"));
    mkdirSync(join(root, "src/deep/er"), { recursive: true });
    mkdirSync(join(root, "bench"));
    const files: Record<string, string> = {
      "src/plain.test.ts": 'import { it } from "vitest";\nit("adds", () => {});',
      "src/deep/er/mocks.test.tsx": 'vi.mock("./font", () => ({}));',
      "src/deep/stubs.test.ts": 'vi.stubGlobal("fetch", fake);',
      "src/deep/mentions.test.ts": "// says vi.mocked(x) and avi.mock( in passing",
      "src/notATest.ts": 'vi.mock("./font");',
      "bench/resets.test.ts": "beforeEach(() => vi.resetModules());",
    };
    for (const [file, text] of Object.entries(files)) writeFileSync(join(root, file), text);

    expect(testFilesNeedingIsolation(root, ["src", "bench"]).sort()).toEqual([
      "bench/resets.test.ts",
      "src/deep/er/mocks.test.tsx",
      "src/deep/stubs.test.ts",
    ]);
  });
});
