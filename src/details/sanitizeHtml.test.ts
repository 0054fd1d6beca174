// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { sanitizeHtml } from "./sanitizeHtml";

describe("sanitizeHtml", () => {
  it("keeps formatting and web links, opened apart", () => {
    expect(
      sanitizeHtml(
        '<p>Take <a href="https://en.wikipedia.org/wiki/Ada">Ada</a>: <em>first</em></p>',
      ),
    ).toBe(
      '<p>Take <a href="https://en.wikipedia.org/wiki/Ada" target="_blank" rel="noopener noreferrer">Ada</a>: <em>first</em></p>',
    );
    expect(
      sanitizeHtml("<blockquote>Quoted <cite>Someone</cite></blockquote><ul><li>a</li></ul>"),
    ).toBe("<blockquote>Quoted <cite>Someone</cite></blockquote><ul><li>a</li></ul>");
  });

  it("drops scripts, handlers, images, frames, styles and non-web links", () => {
    const out = sanitizeHtml(
      '<p onclick="x()" style="color:red" class="lead">Hi<script>window.__pwned=1</script>' +
        '<img src=x onerror="window.__pwned=2"><iframe src="https://evil.example"></iframe>' +
        '<a href="javascript:window.__pwned=3">click</a><a href="data:text/html,x">d</a></p>',
    );
    expect(out).toBe(
      '<p>Hi<a target="_blank" rel="noopener noreferrer">click</a><a target="_blank" rel="noopener noreferrer">d</a></p>',
    );
  });

  it("keeps the words of tags it does not allow", () => {
    expect(sanitizeHtml('<span class="tl-note">A note</span><h1>Big</h1>')).toBe("A noteBig");
  });
});
