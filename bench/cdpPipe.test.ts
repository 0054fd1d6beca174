import { describe, expect, it } from "vitest";
import { splitMessages } from "./cdpPipe";

describe("splitMessages", () => {
  it("returns the whole messages a chunk ends and keeps the unfinished one for the next", () => {
    const first = splitMessages("", '{"id":1}\0{"id":2}\0{"meth');
    expect(first).toEqual({ messages: ['{"id":1}', '{"id":2}'], rest: '{"meth' });
    const second = splitMessages(first.rest, 'od":"Tracing.tracingComplete"}\0');
    expect(second).toEqual({ messages: ['{"method":"Tracing.tracingComplete"}'], rest: "" });
  });

  it("waits for the NUL that ends a message, however many chunks it takes", () => {
    expect(splitMessages('{"id"', ":3")).toEqual({ messages: [], rest: '{"id":3' });
  });
});
