import { describe, expect, it } from "vitest";
import { reopenSavedDraft } from "./reopenSavedDraft";

/** A promise settled by the test, to order what the function waits for. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

function loaders() {
  const steps: string[] = [];
  const session = deferred<{ restore: () => Promise<boolean> }>();
  const panel = deferred<unknown>();
  return {
    steps,
    session,
    panel,
    loadSession: () => {
      steps.push("session asked");
      return session.promise;
    },
    loadPanel: () => {
      steps.push("panel asked");
      return panel.promise;
    },
    restore: async () => {
      steps.push("restored");
      return true;
    },
  };
}

describe("reopenSavedDraft", () => {
  it("asks for the panel's code with the session's, and reopens the draft once both have come", async () => {
    const l = loaders();
    const reopened = reopenSavedDraft(Promise.resolve(true), l.loadSession, l.loadPanel);
    await settled();
    // Both on their way at once: the panel's code no longer waits for the draft's first render.
    expect([...l.steps].sort()).toEqual(["panel asked", "session asked"]);
    l.session.resolve({ restore: l.restore });
    await settled();
    // The draft waits for the panel's code, so the panel mounts with it (no suspended render).
    expect(l.steps).not.toContain("restored");
    l.panel.resolve({});
    expect(await reopened).toBe(true);
    expect(l.steps.at(-1)).toBe("restored");
  });

  it("still reopens the draft when the panel's code fails (the panel reports that itself)", async () => {
    const l = loaders();
    const reopened = reopenSavedDraft(Promise.resolve(true), l.loadSession, l.loadPanel);
    l.panel.reject(new Error("offline"));
    l.session.resolve({ restore: l.restore });
    expect(await reopened).toBe(true);
    expect(l.steps).toContain("restored");
  });

  it("fails as the session's code does", async () => {
    const l = loaders();
    const reopened = reopenSavedDraft(Promise.resolve(true), l.loadSession, l.loadPanel);
    l.session.reject(new Error("offline"));
    l.panel.resolve({});
    await expect(reopened).rejects.toThrow("offline");
    expect(l.steps).not.toContain("restored");
  });

  it("loads nothing without a saved draft", async () => {
    const l = loaders();
    expect(await reopenSavedDraft(Promise.resolve(false), l.loadSession, l.loadPanel)).toBe(false);
    expect(l.steps).toEqual([]);
  });
});
