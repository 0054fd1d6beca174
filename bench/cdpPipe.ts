/**
 * Chromium driven through a bare DevTools pipe: only the domains the caller uses, none behind its
 * back. Playwright enables `Network` on every page, whose initiator stacks make V8 parse the app's
 * first chunk again during the load (bench/gpuWaits.ts); a reader's browser has no inspector, so
 * the "reader's load" (bench/readerLoad.ts) is traced through this instead.
 *
 * The pipe is Chromium's `--remote-debugging-pipe`: JSON messages ended by a NUL byte, written to
 * the browser on fd 3 and read from it on fd 4 (Playwright's own transport does the same).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";

export interface CdpMessage {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

/** Splits what came down the pipe into whole messages; the unfinished rest waits for more. */
export function splitMessages(
  pending: string,
  chunk: string,
): { messages: string[]; rest: string } {
  const parts = (pending + chunk).split("\0");
  const rest = parts.pop() ?? "";
  return { messages: parts.filter((part) => part.length > 0), rest };
}

export interface CdpBrowser {
  send(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<CdpMessage>;
  on(listener: (message: CdpMessage) => void): void;
  close(): Promise<void>;
}

/** Launches `executable` headless with `args` and a profile of its own, deleted on close. */
export async function launchOverPipe(
  executable: string,
  args: readonly string[],
): Promise<CdpBrowser> {
  const profile = await mkdtemp(join(tmpdir(), "kuril-bench-reader-"));
  const child: ChildProcess = spawn(
    executable,
    [...args, "--headless", "--remote-debugging-pipe", `--user-data-dir=${profile}`, "about:blank"],
    { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] },
  );
  const toBrowser = child.stdio[3] as Writable | null;
  const fromBrowser = child.stdio[4] as Readable | null;
  if (!toBrowser || !fromBrowser) {
    child.kill();
    throw new Error(`no DevTools pipe to ${executable}`);
  }
  const waiting = new Map<number, (message: CdpMessage) => void>();
  const listeners: ((message: CdpMessage) => void)[] = [];
  let nextId = 0;
  let pending = "";
  let exited = false;
  const failAll = (why: string) => {
    for (const answer of waiting.values()) answer({ error: { message: why } });
    waiting.clear();
  };
  child.on("exit", () => {
    exited = true;
    failAll("the browser exited");
  });
  child.on("error", (error) => failAll(`the browser did not start: ${error.message}`));
  fromBrowser.setEncoding("utf8");
  fromBrowser.on("data", (chunk: string) => {
    const split = splitMessages(pending, chunk);
    pending = split.rest;
    for (const text of split.messages) {
      const message = JSON.parse(text) as CdpMessage;
      const answer = message.id === undefined ? undefined : waiting.get(message.id);
      if (answer && message.id !== undefined) {
        waiting.delete(message.id);
        answer(message);
      } else for (const listener of listeners) listener(message);
    }
  });
  return {
    send: (method, params = {}, sessionId) =>
      new Promise((resolve, reject) => {
        if (exited) return reject(new Error("the browser exited"));
        nextId++;
        waiting.set(nextId, (message) =>
          message.error
            ? reject(new Error(`${method}: ${message.error.message}`))
            : resolve(message),
        );
        toBrowser.write(`${JSON.stringify({ id: nextId, method, params, sessionId })}\0`);
      }),
    on: (listener) => listeners.push(listener),
    close: async () => {
      if (!exited) {
        const gone = new Promise((done) => child.once("exit", done));
        child.kill();
        // A browser that ignores the polite signal gets the other one.
        const stubborn = setTimeout(() => child.kill("SIGKILL"), 5000);
        await gone;
        clearTimeout(stubborn);
      }
      await rm(profile, { recursive: true, force: true, maxRetries: 5 }).catch(() => undefined);
    },
  };
}
