/**
 * What the default app (`/`, no `?data=`) downloads on its first load: every
 * response body, gzipped here with zlib (level 9), summed. MapLibre is the
 * file(s) whose name says "maplibre" or whose text names it at least
 * MAPLIBRE_MENTIONS times: the chunk that bundles maplibre-gl with its thin
 * adapter, its CSS, its worker.
 */
import { gzipSync } from "node:zlib";
import type { Browser, Response } from "@playwright/test";
import { newBenchContext } from "./browser";
import { round } from "./metrics";
import { errorMessage, sleep, waitForExpression, withTimeout } from "./time";
import type { FirstLoadResult, LoadedFile } from "./types";

const CODE_TYPES = new Set(["document", "script", "stylesheet"]);
const MAPLIBRE_MENTIONS = 50;
const isMaplibre = (file: LoadedFile) => file.maplibre;

function mentionsMaplibre(path: string, body: Buffer): boolean {
  if (/maplibre/i.test(path)) return true;
  const matches = body.toString("latin1").match(/maplibre/gi);
  return (matches?.length ?? 0) >= MAPLIBRE_MENTIONS;
}
const kb = (bytes: number) => round(bytes / 1024, 1);

export async function measureFirstLoad(browser: Browser, origin: string): Promise<FirstLoadResult> {
  const context = await newBenchContext(browser, { mode: "none" });
  const files: LoadedFile[] = [];
  const pending: Promise<void>[] = [];
  const notes: string[] = [];
  const collect = async (response: Response) => {
    if (response.status() !== 200) return; // redirects and 304s carry no body
    const url = new URL(response.url());
    let body: Buffer;
    try {
      body = await response.body();
    } catch {
      // A worker that has since been terminated (the dataset loader) takes its
      // bodies with it: download the same URL again from our own server.
      if (url.origin !== origin) return;
      body = Buffer.from(await (await fetch(url)).arrayBuffer());
    }
    const path = url.origin === origin ? url.pathname : url.href;
    files.push({
      path,
      maplibre: mentionsMaplibre(path, body),
      type: response.request().resourceType(),
      bytes: body.length,
      gzipBytes: gzipSync(body, { level: 9 }).length,
    });
  };
  try {
    const page = await context.newPage();
    page.on("response", (response) => {
      pending.push(
        collect(response).catch((error: unknown) => {
          notes.push(errorMessage(error));
        }),
      );
    });
    await page.goto(`${origin}/`, { waitUntil: "load", timeout: 30_000 });
    await waitForExpression(
      page,
      "window.__app?.store?.getState?.().status === 'ready'",
      30_000,
      "the app's store becoming ready",
    ).catch(() => notes.push("the app's store never reported ready"));
    // The map settled too: the service worker registers only then (its script is part of the load).
    await waitForExpression(
      page,
      "window.__app?.store?.getState?.().mapSettled === true",
      30_000,
      "the map settling",
    ).catch(() => notes.push("the map never settled"));
    await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => undefined);
    await sleep(1000);
    await withTimeout(Promise.all(pending), 15_000, "reading response bodies");
  } catch (error) {
    notes.push(errorMessage(error));
  } finally {
    await withTimeout(context.close(), 15_000, "closing the page").catch(() => undefined);
  }
  // A URL fetched twice (a font by CSS and by script) downloads once from a caching server.
  const unique = [...new Map(files.map((f) => [f.path, f])).values()];
  unique.sort((a, b) => b.gzipBytes - a.gzipBytes);
  const sum = (list: LoadedFile[]) => list.reduce((total, f) => total + f.gzipBytes, 0);
  const maplibre = unique.filter(isMaplibre);
  const others = unique.filter((f) => !isMaplibre(f));
  if (maplibre.length === 0) notes.push("no MapLibre file found among the downloads");
  return {
    files: unique,
    totalGzipKB: kb(sum(unique)),
    maplibreGzipKB: maplibre.length > 0 ? kb(sum(maplibre)) : null,
    excludingMaplibreGzipKB: maplibre.length > 0 ? kb(sum(others)) : null,
    codeExcludingMaplibreGzipKB:
      maplibre.length > 0 ? kb(sum(others.filter((f) => CODE_TYPES.has(f.type)))) : null,
    note: notes.length > 0 ? notes.join("; ") : null,
  };
}
