/*
 * Injected into every benchmark page before the page's own scripts (Playwright
 * `addInitScript`), after a line that sets `window.__benchConfig`. Plain
 * JavaScript on purpose: nothing is transpiled or serialised.
 *
 * window.__bench offers:
 * - load: when the app's store became ready and the timeline first painted (app mode);
 * - startFrames()/stopFrames(): rAF timestamps while recording;
 * - twoFrames(): resolves after two animation frames (work of the last input is painted);
 * - eventEntries / clicks: Event Timing entries and a rAF-based click → next-paint fallback;
 * - longTasks: every main-thread task over 50 ms (Long Tasks API), from navigation on;
 * - load.mapAt: when the MapLibre map first reported itself loaded after the store was ready.
 */
(() => {
  const config = window.__benchConfig || { mode: "none" };
  const bench = {
    config,
    load: {
      readyAt: null,
      contentAt: null,
      paintedAt: null,
      mapAt: null,
      failedAt: null,
      failure: null,
    },
    longTasks: [],
    frames: [],
    recording: false,
    eventTiming: false,
    eventEntries: [],
    clicks: [],
  };
  window.__bench = bench;

  bench.startFrames = () => {
    bench.frames = [];
    bench.recording = true;
    const loop = (t) => {
      if (!bench.recording) return;
      bench.frames.push(t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    return true;
  };
  bench.stopFrames = () => {
    bench.recording = false;
    return bench.frames.slice();
  };
  bench.twoFrames = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
    );

  try {
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        bench.eventEntries.push({
          name: e.name,
          startTime: e.startTime,
          duration: e.duration,
          processingStart: e.processingStart,
          processingEnd: e.processingEnd,
          interactionId: e.interactionId || 0,
        });
      }
    });
    observer.observe({ type: "event", durationThreshold: 16, buffered: true });
    bench.eventTiming = true;
  } catch {
    bench.eventTiming = false;
  }

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        bench.longTasks.push({ startTime: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // No Long Tasks API: longTasks stays empty and the report says so.
  }

  // Fallback measure: from the click's timestamp to a task queued right after the next frame.
  addEventListener(
    "click",
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        setTimeout(() => bench.clicks.push({ start, paint: performance.now() }), 0);
      });
    },
    true,
  );

  if (config.mode !== "app") return;

  // App mode: watch for the store to be ready with the expected dataset, then
  // for the timeline to have content, then for the frame after that.
  const giveUpAt = performance.now() + (config.loadTimeoutMs || 120000);
  const timelineHasContent = () => {
    const section = document.querySelector('section[aria-label="Timeline"]');
    if (!section) return false;
    const events = section.querySelector('[data-testid="timeline-events"]');
    if (events && events.childElementCount > 0) return true;
    return section.querySelector("canvas") !== null;
  };
  const mapLoaded = () => {
    try {
      return window.__app?.map?.loaded?.() === true;
    } catch {
      return false;
    }
  };
  const pollMap = () => {
    if (bench.load.readyAt !== null && mapLoaded()) {
      bench.load.mapAt = performance.now();
      return;
    }
    if (performance.now() < giveUpAt) requestAnimationFrame(pollMap);
  };
  requestAnimationFrame(pollMap);
  const poll = () => {
    const now = performance.now();
    const state = window.__app?.store?.getState?.();
    if (bench.load.readyAt === null && state) {
      const count = state.index?.events?.length ?? 0;
      const expected = config.expectedEvents;
      if (state.status === "ready" && (expected == null || count === expected)) {
        bench.load.readyAt = now;
      } else if (state.status === "error") {
        bench.load.failedAt = now;
        bench.load.failure = JSON.stringify(state.problems?.slice?.(0, 3) ?? state.problems);
        return;
      }
    }
    if (bench.load.readyAt !== null && bench.load.contentAt === null && timelineHasContent()) {
      bench.load.contentAt = now;
      requestAnimationFrame(() => {
        bench.load.paintedAt = performance.now();
      });
      return;
    }
    if (now > giveUpAt) return;
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();
