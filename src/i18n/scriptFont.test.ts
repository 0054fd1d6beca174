import { beforeEach, describe, expect, it, vi } from "vitest";

/** Each stylesheet's fetches; `failNext` makes the next one fail, as a dropped connection would. */
const fetched: string[] = [];
const failNext = new Set<string>();

function stylesheet(name: string) {
  fetched.push(name);
  if (failNext.delete(name)) throw new Error(`could not fetch ${name}`);
  return {};
}

/** A fresh module (nothing asked for yet) and fresh stylesheets. */
async function freshLoader() {
  vi.resetModules();
  vi.doMock("@fontsource/noto-sans-jp/400.css", () => stylesheet("jp"));
  vi.doMock("@fontsource/noto-sans-sc/400.css", () => stylesheet("sc"));
  return (await import("./scriptFont")).loadScriptFont;
}

/** Let the dynamic imports settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

beforeEach(() => {
  fetched.length = 0;
  failNext.clear();
});

describe("loadScriptFont", () => {
  it("fetches Noto Sans JP for Japanese and Noto Sans SC for Chinese", async () => {
    const load = await freshLoader();
    // Awaited, not waited for a while: on a loaded CI machine an import can take longer.
    await load("ja");
    expect(fetched).toEqual(["jp"]);
    await load("zh");
    expect(fetched).toEqual(["jp", "sc"]);
  });

  it("fetches nothing for English or Russian", async () => {
    const load = await freshLoader();
    load("en");
    load("ru");
    await settle();
    expect(fetched).toEqual([]);
  });

  it("resolves once the stylesheet is in, the same promise for a second caller", async () => {
    const load = await freshLoader();
    const first = load("zh");
    expect(first).toBeInstanceOf(Promise);
    expect(load("zh")).toBe(first);
    await first;
    expect(fetched).toEqual(["sc"]);
    await expect(load("ru")).resolves.toBeUndefined();
  });

  it("tries again after a failed fetch", async () => {
    const load = await freshLoader();
    failNext.add("jp");
    // It resolves after a failure too, once the next call would try again.
    await load("ja");
    expect(fetched).toEqual(["jp"]);
    await load("ja");
    expect(fetched).toEqual(["jp", "jp"]);
  });
});
