/**
 * `JSON.parse` with the line and column of a syntax error, and a reason in
 * words a person editing JSON by hand understands. Engines word (and place)
 * syntax errors differently, and some give no position at all, so a small
 * scanner finds the first error itself.
 */

export interface JsonParseFailure {
  message: string;
  line?: number;
  column?: number;
}

/** Where a JSON text first goes wrong, and why. */
export interface JsonSyntaxError {
  offset: number;
  reason: string;
}

/** Thrown inside the scanner to stop at the first error. */
class SyntaxStop {
  constructor(readonly error: JsonSyntaxError) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const VALUE_EXPECTED =
  "expected a value (a text in double quotes, a number, true, false, null, a list or an object)";

/** A recursive-descent walk over JSON that checks its syntax and builds nothing. */
class JsonScanner {
  private i = 0;

  constructor(private readonly text: string) {}

  /** The whole text: one value, white space around it. */
  document(): void {
    this.space();
    this.value();
    this.space();
    if (this.i < this.text.length)
      this.stop(`unexpected ${this.shown()} after the end of the JSON value`);
  }

  private shown(offset = this.i): string {
    return offset >= this.text.length ? "the end of the file" : JSON.stringify(this.text[offset]);
  }

  private stop(reason: string, offset = this.i): never {
    const early = offset >= this.text.length && !reason.includes("end of the file");
    throw new SyntaxStop({ offset, reason: early ? `${reason}; the file ends too early` : reason });
  }

  private space(): void {
    while (this.i < this.text.length && " \t\n\r".includes(this.text[this.i] ?? "")) this.i++;
  }

  private string(): void {
    const { text } = this;
    this.i++; // opening quote
    for (;;) {
      const c = text[this.i];
      if (c === undefined) this.stop("a text is not closed with a double quote");
      if (c === '"') {
        this.i++;
        return;
      }
      if (c === "\n" || c === "\r")
        this.stop("a text cannot contain a line break (write \\n instead)");
      if (c < " ") this.stop("a text cannot contain a control character");
      if (c === "\\") {
        const next = text[this.i + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(this.i + 2, this.i + 6)))
            this.stop("\\u must be followed by 4 hex digits");
          this.i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) {
          this.stop(`"\\${next ?? ""}" is not a valid escape (write \\\\ for a backslash)`);
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
    if (c === "'") this.stop("texts and names must be in double quotes, not single quotes");
    this.stop(`${VALUE_EXPECTED}, found ${this.shown()}`);
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
        this.stop('a comma before "]" leaves an empty item: remove the trailing comma');
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
        `expected "," or "${close}" after ${isObject ? "a property" : "an item"}, found ${this.shown()}`,
      );
    }
  }

  /** `"name":` inside an object. */
  private propertyName(): void {
    const c = this.text[this.i];
    if (c === "}")
      this.stop('a comma before "}" leaves an empty property: remove the trailing comma');
    if (c === "'") this.stop("names must be in double quotes, not single quotes");
    if (c !== '"') this.stop(`expected a property name in double quotes, found ${this.shown()}`);
    this.string();
    this.space();
    if (this.text[this.i] !== ":") {
      this.stop(`expected ":" after the property name, found ${this.shown()}`);
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
      return { ok: false, error: { message: "The file is empty: it holds no JSON" } };
    }
    const found = findJsonError(text);
    if (!found) {
      const raw = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { message: `Broken JSON: ${raw}` } };
    }
    const lines = text.slice(0, found.offset).split(/\r\n|\r|\n/);
    const line = lines.length;
    const column = (lines.at(-1)?.length ?? 0) + 1;
    return {
      ok: false,
      error: {
        message: `Broken JSON at line ${line}, column ${column}: ${found.reason}`,
        line,
        column,
      },
    };
  }
}
