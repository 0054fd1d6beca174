import { describe, expect, it } from "vitest";
import { embedMessageData, messageFrom, readEmbedMessage } from "./protocol";

const base = { type: "kuril-embed", version: 1 };

describe("readEmbedMessage", () => {
  it("reads each action of version 1", () => {
    expect(readEmbedMessage({ ...base, action: "hello" })).toEqual({ action: "hello" });
    expect(readEmbedMessage({ ...base, action: "ready" })).toEqual({ action: "ready" });
    expect(readEmbedMessage({ ...base, action: "select", event: "a", from: "2016" })).toEqual({
      action: "select",
      view: { event: "a", from: "2016" },
    });
    expect(readEmbedMessage({ ...base, action: "selected", place: "iturup" })).toEqual({
      action: "selected",
      view: { event: null, place: "iturup", from: null, to: null },
    });
    expect(
      readEmbedMessage({ ...base, action: "share", url: "https://a.example/#event=" }),
    ).toEqual({ action: "share", url: "https://a.example/#event=" });
    expect(readEmbedMessage({ ...base, action: "height", height: 480.4 })).toEqual({
      action: "height",
      height: 480,
    });
  });

  it.each([
    ["not an object", "select"],
    ["null", null],
    ["an array", [base]],
    ["another type", { type: "other", version: 1, action: "hello" }],
    ["another version", { ...base, version: 2, action: "hello" }],
    ["a version as text", { ...base, version: "1", action: "hello" }],
    ["an unknown action", { ...base, action: "load" }],
    ["an id that is not text", { ...base, action: "select", event: { toString: "x" } }],
    ["an empty id", { ...base, action: "select", event: "" }],
    ["a very long id", { ...base, action: "select", event: "a".repeat(201) }],
    ["a share without an address", { ...base, action: "share" }],
    ["a share address that is not text", { ...base, action: "share", url: 1 }],
    [
      "a very long share address",
      { ...base, action: "share", url: `https://a.example/${"a".repeat(2000)}` },
    ],
    ["a height that is not a number", { ...base, action: "height", height: "100" }],
    ["an infinite height", { ...base, action: "height", height: Number.POSITIVE_INFINITY }],
  ])("ignores %s", (_, data) => {
    expect(readEmbedMessage(data)).toBeNull();
  });

  it("never carries keys it does not know (a dataset, code)", () => {
    const message = readEmbedMessage({
      ...base,
      action: "select",
      event: "a",
      data: "https://elsewhere.example/set.json",
      script: "alert(1)",
    });
    expect(message).toEqual({ action: "select", view: { event: "a" } });
  });

  it("round-trips through embedMessageData", () => {
    const messages = [
      { action: "hello" },
      { action: "select", view: { event: "a", place: null } },
      {
        action: "selected",
        view: { event: null, place: "p", from: "2016-01-01", to: "2018-12-31" },
      },
      { action: "height", height: 300 },
    ] as const;
    for (const message of messages) {
      expect(readEmbedMessage(embedMessageData(message))).toEqual(message);
    }
  });
});

describe("messageFrom", () => {
  const parent = { name: "host window" };
  const peer = { origin: "https://news.example", window: parent };
  const data = { ...base, action: "hello" };

  it("hears the peer's window at the peer's origin", () => {
    expect(messageFrom(peer, { data, origin: "https://news.example", source: parent })).toEqual({
      action: "hello",
    });
  });

  it("ignores another origin, another window, or an unknown peer", () => {
    expect(messageFrom(peer, { data, origin: "https://ads.example", source: parent })).toBeNull();
    expect(
      messageFrom(peer, { data, origin: "https://news.example", source: { name: "other" } }),
    ).toBeNull();
    expect(messageFrom(peer, { data, origin: "https://news.example", source: null })).toBeNull();
    expect(
      messageFrom({ origin: null, window: parent }, { data, origin: "null", source: parent }),
    ).toBeNull();
  });
});
