import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { withScriptHashes } from "./offlineTemplatePlugin";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("withScriptHashes", () => {
  it("allows exactly the inline scripts that run, not the data blocks or external scripts", () => {
    const page = [
      `<meta http-equiv="Content-Security-Policy" content="script-src 'sha256-OFFLINE-SCRIPT-HASHES' blob:">`,
      '<script type="application/json" id="offline-copy"></script>',
      '<script type="module" crossorigin>console.log("app")</script>',
      '<script type="application/json" id="offline-basemap">{"a":1}</script>',
      "<script>second()</script>",
      '<script src="x.js"></script>',
    ].join("\n");
    const csp = /content="([^"]*)"/.exec(withScriptHashes(page))?.[1];
    expect(csp).toBe(`script-src ${sha('console.log("app")')} ${sha("second()")} blob:`);
  });
});
