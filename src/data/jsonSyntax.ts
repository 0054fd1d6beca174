/**
 * `JSON.parse` with the line and column of a syntax error, and a reason in
 * words a person editing JSON by hand understands (a code, worded where
 * shown). Engines word (and place) syntax errors differently, and some give
 * no position at all, so a small scanner finds the first error itself.
 */
import type { DatasetIssue, IssueCode, IssueParam, IssueValue } from "./issues";

export interface JsonParseFailure {
  issue: DatasetIssue;
  line?: number;
  column?: number;
}

/** Where a JSON text first goes wrong, and why. */
export interface JsonSyntaxError {
  offset: number;
  reason: IssueValue & { kind: "issue" };
}

const reason = (code: IssueCode, params?: Record<string, IssueParam>) =>
  ({ kind: "issue", code, ...(params && { params }) }) as const;

const END_OF_FILE = reason("jsonEndOfFile");

/** Thrown inside the scanner to stop at the first error. */
class SyntaxStop {
  constructor(readonly error: JsonSyntaxError) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** A recursive-descent walk over JSON that checks its syntax and builds nothing. */
class JsonScanner {
  private i = 0;

  constructor(private readonly text: string) {}

  /** The whole text: one value, white space around it. */
  document(): void {
    this.space();
    this.value();
    this.space();
    if (this.i < this.text.length) this.stop(reason("jsonAfterEnd", { found: this.shown() }));
  }

  /** The character at `offset`, as JSON writes it ("\""), or the end of the file. */
  private shown(offset = this.i): IssueValue {
    const c = this.text[offset];
    return c === undefined ? END_OF_FILE : { kind: "code", text: JSON.stringify(c) };
  }

  private stop(why: JsonSyntaxError["reason"], offset = this.i): never {
    const saysEnd = why.params?.found === END_OF_FILE;
    const early = offset >= this.text.length && !saysEnd;
    throw new SyntaxStop({
      offset,
      reason: early ? reason("jsonEndsEarly", { reason: why }) : why,
    });
  }

  private space(): void {
    while (this.i < this.text.length && " \t\n\r".includes(this.text[this.i] ?? "")) this.i++;
  }

  private string(): void {
    const { text } = this;
    this.i++; // opening quote
    for (;;) {
      const c = text[this.i];
      if (c === undefined) this.stop(reason("jsonUnclosedText"));
      if (c === '"') {
        this.i++;
        return;
      }
      if (c === "\n" || c === "\r") this.stop(reason("jsonLineBreakInText"));
      if (c < " ") this.stop(reason("jsonControlCharacter"));
      if (c === "\\") {
        const next = text[this.i + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(this.i + 2, this.i + 6)))
            this.stop(reason("jsonBadUnicodeEscape"));
          this.i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) {
          this.stop(
            reason("jsonBadEscape", { escape: { kind: "code", text: `"\\${next ?? ""}"` } }),
          );
        }
        this.i += 2;
        continue;
      }
      this.i++;
    }
  }

  private value(): void {
    this.space();
    const c = this.text[this.i];
    if (c === "{" || c === "[") {
      this.container(c === "{" ? "}" : "]");
      return;
    }
    if (c === '"') {
      this.string();
      return;
    }
    for (const word of ["true", "false", "null"]) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = this.i;
    if (c !== undefined && /[-0-9]/.test(c) && NUMBER.test(this.text)) {
      this.i = NUMBER.lastIndex;
      return;
    }
    if (c === "'") this.stop(reason("jsonSingleQuotes"));
    this.stop(reason("jsonValueExpected", { found: this.shown() }));
  }

  private container(close: "}" | "]"): void {
    const { text } = this;
    const isObject = close === "}";
    this.i++; // opening bracket
    this.space();
    if (text[this.i] === close) {
      this.i++;
      return;
    }
    for (;;) {
      this.space();
      if (isObject) this.propertyName();
      else if (text[this.i] === "]") {
        this.stop(reason("jsonTrailingCommaInList"));
      }
      this.value();
      this.space();
      if (text[this.i] === ",") {
        this.i++;
        continue;
      }
      if (text[this.i] === close) {
        this.i++;
        return;
      }
      this.stop(
        reason(isObject ? "jsonCommaExpectedInObject" : "jsonCommaExpectedInList", {
          found: this.shown(),
        }),
      );
    }
  }

  /** `"name":` inside an object. */
  private propertyName(): void {
    const c = this.text[this.i];
    if (c === "}") this.stop(reason("jsonTrailingCommaInObject"));
    if (c === "'") this.stop(reason("jsonSingleQuotedName"));
    if (c !== '"') this.stop(reason("jsonNameExpected", { found: this.shown() }));
    this.string();
    this.space();
    if (this.text[this.i] !== ":") {
      this.stop(reason("jsonColonExpected", { found: this.shown() }));
    }
    this.i++;
  }
}

/** Where a JSON text first goes wrong, and why; null when its syntax is sound. */
export function findJsonError(text: string): JsonSyntaxError | null {
  try {
    new JsonScanner(text).document();
    return null;
  } catch (error) {
    // Anything but a SyntaxStop (say, a stack overflow on absurd nesting): no position, then.
    return error instanceof SyntaxStop ? error.error : null;
  }
}

/** `JSON.parse` with the line and column of a syntax error, for people who edit JSON by hand. */
export function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; error: JsonParseFailure } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    if (text.trim() === "") {
      return { ok: false, error: { issue: { path: "", code: "emptyJson" } } };
    }
    const found = findJsonError(text);
    if (!found) {
      const raw = error instanceof Error ? error.message : String(error);
      // The engine's own words (English in V8): quoted as its reason, verbatim.
      return {
        ok: false,
        error: {
          issue: {
            path: "",
            code: "jsonBroken",
            params: { reason: { kind: "code", text: raw, lang: "en" } },
          },
        },
      };
    }
    const lines = text.slice(0, found.offset).split(/\r\n|\r|\n/);
    const line = lines.length;
    const column = (lines.at(-1)?.length ?? 0) + 1;
    return {
      ok: false,
      error: {
        issue: {
          path: "",
          code: "jsonBrokenAt",
          params: { line, column, reason: found.reason },
        },
        line,
        column,
      },
    };
  }
}
