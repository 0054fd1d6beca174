/**
 * Drops the rules of a stylesheet whose selectors all match a pattern (and
 * the matching selectors of the others), inside `@media` and `@supports`
 * too; other at-rules are kept whole. Enough for a library's own minified
 * CSS, not a CSS parser: braces inside strings or comments are not expected.
 */
export function dropSelectors(css: string, unwanted: RegExp): string {
  let out = "";
  let at = 0;
  while (at < css.length) {
    const open = css.indexOf("{", at);
    if (open < 0) {
      out += css.slice(at);
      break;
    }
    let depth = 1;
    let close = open + 1;
    while (depth > 0 && close < css.length) {
      if (css[close] === "{") depth++;
      else if (css[close] === "}") depth--;
      close++;
    }
    const prelude = css.slice(at, open);
    const body = css.slice(open + 1, close - 1);
    const head = prelude.trim();
    if (head.startsWith("@media") || head.startsWith("@supports")) {
      const inner = dropSelectors(body, unwanted);
      if (inner.trim() !== "") out += `${prelude}{${inner}}`;
    } else if (head.startsWith("@")) {
      out += css.slice(at, close);
    } else {
      const kept = prelude.split(",").filter((selector) => !unwanted.test(selector));
      if (kept.length > 0) out += `${kept.join(",")}{${body}}`;
    }
    at = close;
  }
  return out;
}
