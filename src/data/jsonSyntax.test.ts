import { describe, expect, it } from "vitest";
import { issueMessage } from "./issueEnglish";
import { findJsonError, parseJson } from "./jsonSyntax";

describe("parseJson", () => {
  it("parses good JSON", () => {
    expect(parseJson('{"a": [1, "b"]}')).toEqual({ ok: true, value: { a: [1, "b"] } });
  });

  it("says an empty file is empty", () => {
    const result = parseJson("  \n");
    expect(result).toEqual({ ok: false, error: { issue: { path: "", code: "emptyJson" } } });
    if (!result.ok)
      expect(issueMessage(result.error.issue)).toBe("The file is empty: it holds no JSON");
  });

  it.each([
    [
      '{\n  "meta": {"title": "x"},\n  "events": [,]\n}',
      3,
      14,
      'expected a value (a text in double quotes, a number, true, false, null, a list or an object), found ","',
    ],
    [
      '{\n  "events": [1, 2,]\n}',
      2,
      19,
      'a comma before "]" leaves an empty item: remove the trailing comma',
    ],
    ['{"a": 1,\n}', 2, 1, 'a comma before "}" leaves an empty property: remove the trailing comma'],
    ['{"a" 1}', 1, 6, 'expected ":" after the property name, found "1"'],
    ["{'a': 1}", 1, 2, "names must be in double quotes, not single quotes"],
    ['{"a": "one\ntwo"}', 1, 11, "a text cannot contain a line break (write \\n instead)"],
    ['{\n  "a": [1, 2}\n}', 2, 13, 'expected "," or "]" after an item, found "}"'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'expected "," or "}" after a property, found "\\""'],
    ['{"a": 1', 1, 8, 'expected "," or "}" after a property, found the end of the file'],
    ['{"a": "open', 1, 12, "a text is not closed with a double quote; the file ends too early"],
    ['{"a": 1} x', 1, 10, 'unexpected "x" after the end of the JSON value'],
    [
      '{"a": \\"b"}',
      1,
      7,
      'expected a value (a text in double quotes, a number, true, false, null, a list or an object), found "\\\\"',
    ],
    ['{"a": "\\x"}', 1, 8, '"\\x" is not a valid escape (write \\\\ for a backslash)'],
    [
      '{\r\n"a": }',
      2,
      6,
      'expected a value (a text in double quotes, a number, true, false, null, a list or an object), found "}"',
    ],
  ])("locates the error in %j", (text, line, column, reason) => {
    const result = parseJson(text);
    expect(result).toMatchObject({
      ok: false,
      error: { issue: { code: "jsonBrokenAt", params: { line, column } }, line, column },
    });
    if (!result.ok) {
      expect(issueMessage(result.error.issue)).toBe(
        `Broken JSON at line ${line}, column ${column}: ${reason}`,
      );
    }
  });

  it("gives the reason as a code, with what it found as written", () => {
    expect(findJsonError('{"a" 1}')).toEqual({
      offset: 5,
      reason: {
        kind: "issue",
        code: "jsonColonExpected",
        params: { found: { kind: "code", text: '"1"' } },
      },
    });
    expect(findJsonError('{"a": "open')).toEqual({
      offset: 11,
      reason: {
        kind: "issue",
        code: "jsonEndsEarly",
        params: { reason: { kind: "issue", code: "jsonUnclosedText" } },
      },
    });
  });

  it("finds no error in valid JSON", () => {
    const text = JSON.stringify({ a: [1, -2.5e3, true, false, null, 'x\\"\u00e9'], b: {} });
    expect(findJsonError(text)).toBeNull();
    expect(findJsonError(" [ ] ")).toBeNull();
  });
});
