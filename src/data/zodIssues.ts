/**
 * zod's issues as codes with the values a sentence needs
 * (`events[3].start`, `notADate`, the value "2018-13-45"). Schemas are parsed
 * with `reportInput`, so each issue carries the value it is about; the
 * schema's own messages are codes (`isSchemaCode`).
 */
import type { z } from "zod";
import { type DatasetIssue, describeValue, isSchemaCode } from "./issues";

/** Parse options that make each issue carry its input, for `zodIssues`. */
export const REPORT_INPUT = { reportInput: true } as const;

type PathPart = string | number | symbol;

export function formatPath(parts: readonly PathPart[]): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** zod's type names as the messages' `select` keywords (a tuple is a list to an author). */
const TYPE_KEYWORDS: Record<string, string> = {
  string: "string",
  number: "number",
  int: "int",
  boolean: "boolean",
  array: "array",
  tuple: "array",
  object: "object",
};

/**
 * The value an issue is about. zod reports the object for a discriminated
 * union's missing or unknown tag, though its path names the tag.
 */
function issueValue(issue: z.core.$ZodIssue): unknown {
  if (issue.code === "invalid_union" && issue.discriminator !== undefined) {
    const { input } = issue;
    return input !== null && typeof input === "object"
      ? (input as Record<string, unknown>)[issue.discriminator]
      : undefined;
  }
  return issue.input;
}

type Worded = Pick<DatasetIssue, "code" | "params">;

/** A bound (`minimum`, `maximum`) as a number; zod allows bigints and dates there. */
const bound = (value: unknown): number => Number(value);

/** zod's own wording of a size check ("Too small: expected number to be >=1"), put as a code. */
function sizeIssue(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  value: unknown,
): Worded {
  const small = issue.code === "too_small";
  const limit = bound(small ? issue.minimum : issue.maximum);
  if (Array.isArray(value)) {
    return {
      code: small ? "tooFewItems" : "tooManyItems",
      params: { count: value.length, limit },
    };
  }
  if (typeof value === "string") {
    if (small) return { code: "textTooShort", params: { value: describeValue(value), limit } };
    // How long it is and by how much to shorten it: the message quotes only its start, and a
    // maker told "at most 160" had to count the rest (review 41 R3). Limits count after trimming.
    const count = value.trim().length;
    return {
      code: "textTooLong",
      params: { value: describeValue(value), limit, count, over: count - limit },
    };
  }
  return { code: small ? "tooSmall" : "tooBig", params: { value: describeValue(value), limit } };
}

/** What is wrong, as a code and its values, from the value (`issue.input`) and the schema's own code. */
export function issueCode(issue: z.core.$ZodIssue): Worded {
  // A record's bad key: its own check says what is wrong (a language tag).
  if (issue.code === "invalid_key") {
    const inner = issue.issues[0];
    const code = inner && isSchemaCode(inner.message) ? inner.message : "notAllowedHere";
    return { code, params: { value: describeValue(issue.input) } };
  }
  const value = issueValue(issue);
  const own = isSchemaCode(issue.message) ? issue.message : null;
  if (value === undefined) return { code: issue.code === "custom" && own ? own : "required" };
  if (issue.code === "invalid_type") {
    return {
      code: "wrongType",
      params: { expected: TYPE_KEYWORDS[issue.expected] ?? "other", value: describeValue(value) },
    };
  }
  if (issue.code === "invalid_value") {
    return {
      code: "notAllowed",
      params: {
        value: describeValue(value),
        allowed: { kind: "anyOf", items: issue.values.map(describeValue) },
      },
    };
  }
  if (issue.code === "unrecognized_keys") {
    return {
      code: "unknownKeys",
      params: {
        count: issue.keys.length,
        keys: { kind: "allOf", items: issue.keys.map((key) => ({ kind: "code", text: key })) },
      },
    };
  }
  if ((issue.code === "too_small" || issue.code === "too_big") && !own) {
    return sizeIssue(issue, value);
  }
  // The schema's own code, said of the value.
  if (own) return { code: own, params: { value: describeValue(value) } };
  return { code: "notAllowedHere", params: { value: describeValue(value) } };
}

/** Each issue of a failed `safeParse(…, REPORT_INPUT)`, its path under `prefix`. */
export function zodIssues(error: z.ZodError, prefix: PathPart[]): DatasetIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    ...issueCode(issue),
  }));
}
