/**
 * zod's issues as sentences a dataset author understands:
 * `events[3].start: "2018-13-45" is not a date …`. Schemas are parsed with
 * `reportInput`, so each issue carries the value it is about.
 */
import type { z } from "zod";
import type { DatasetIssue } from "./issues";

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

/** A value as a message quotes it: texts in quotes (cut at 40 characters), lists and objects by kind. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === "object") return "an object";
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: "a text",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  tuple: "a list",
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

/** What is wrong, worded from the value (`issue.input`) when zod's message is for programmers. */
export function issueSentence(issue: z.core.$ZodIssue): string {
  const value = issueValue(issue);
  // A refinement says in its own words what is missing.
  if (value === undefined) return issue.code === "custom" ? issue.message : "is required";
  if (issue.code === "invalid_type") {
    const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
    return `must be ${expected}, not ${describeValue(value)}`;
  }
  if (issue.code === "invalid_value") {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(", ");
    return `${describeValue(value)} is not allowed here: use ${issue.values.length === 1 ? allowed : `one of ${allowed}`}`;
  }
  if (issue.code === "invalid_union" && issue.message === "Invalid input") {
    return `${describeValue(value)} is not allowed here`;
  }
  if (issue.code === "unrecognized_keys") return `has unknown keys: ${issue.keys.join(", ")}`;
  if (
    (issue.code === "too_small" || issue.code === "too_big") &&
    /^Too (small|big)/.test(issue.message)
  ) {
    // zod's own wording ("Too small: expected number to be >=1") is for programmers.
    const small = issue.code === "too_small";
    const bound = `${small ? "at least" : "at most"} ${small ? issue.minimum : issue.maximum}`;
    if (Array.isArray(value)) {
      return `has ${value.length} item${value.length === 1 ? "" : "s"}: it must have ${bound}`;
    }
    if (typeof value === "string")
      return `${describeValue(value)} must be ${bound} characters long`;
    return `${describeValue(value)} is too ${small ? "small" : "big"}: it must be ${bound}`;
  }
  // Our own messages read on from the value for texts and numbers ("2018-13-45" is not a date …).
  if (value === null || typeof value !== "object")
    return `${describeValue(value)} ${issue.message}`;
  return issue.message;
}

/** Each issue of a failed `safeParse(…, REPORT_INPUT)`, its path under `prefix`. */
export function zodIssues(error: z.ZodError, prefix: PathPart[]): DatasetIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: issueSentence(issue),
  }));
}
