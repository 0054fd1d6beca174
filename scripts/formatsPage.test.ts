import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatsPageHtml } from "./formatsPagePlugin";
import { anchorOf, markdownToHtml } from "./lib/markdown";

describe("the formats page", () => {
  it("renders the README's section with the anchor the open dialog links to", () => {
    const html = formatsPageHtml(readFileSync(new URL("../README.md", import.meta.url), "utf8"));
    expect(html).toContain('<h2 id="opening-stories-from-other-tools">');
    expect(html).toContain("<th>Format</th>");
    expect(html).toContain("<td>TimelineJS JSON</td>");
    expect(html).not.toContain("## Benchmark");
  });

  it("escapes what the Markdown holds and keeps only safe links", () => {
    expect(markdownToHtml("A <script>x</script> and [y](javascript:alert) `<b>`")).toBe(
      '<p>A &lt;script&gt;x&lt;/script&gt; and <a href="#">y</a> <code>&lt;b&gt;</code></p>',
    );
    expect(anchorOf("Opening stories from other tools")).toBe("opening-stories-from-other-tools");
  });
});
