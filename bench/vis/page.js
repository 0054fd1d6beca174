/*
 * The vis-timeline side of the benchmark: loads `?data=<same-origin path>` (a
 * dataset in the project's schema), maps each event to a vis item (start, and
 * end for spans) and draws it with vis-timeline's default options.
 * State for the harness is on window.__vis.
 */
(() => {
  const state = {
    status: "loading",
    error: null,
    count: 0,
    selected: null,
    marks: { fetched: null, mapped: null, constructed: null, firstChanged: null, painted: null },
  };
  window.__vis = state;

  /** [start, end) in UTC ms of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date. */
  const interval = (value) => {
    const [y, m, d] = value.split("-").map(Number);
    if (m === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
    if (d === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
    const start = Date.UTC(y, m - 1, d);
    return [start, start + 86400000];
  };

  const escapeHtml = (text) =>
    text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

  const toItems = (dataset) => {
    const names = new Map((dataset.places || []).map((p) => [p.id, p.name]));
    return dataset.events.map((event) => {
      const title = event.title.replace(/\{([a-z0-9-]+)\}/g, (t, id) => names.get(id) || t);
      const item = {
        id: event.id,
        content: escapeHtml(title),
        start: new Date(interval(event.start)[0]),
      };
      if (event.end) item.end = new Date(interval(event.end)[1]);
      return item;
    });
  };

  const run = async () => {
    const url = new URLSearchParams(location.search).get("data");
    if (!url?.startsWith("/")) throw new Error("give ?data=/same-origin/path.json");
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
    const dataset = await response.json();
    state.marks.fetched = performance.now();
    const items = toItems(dataset);
    state.count = items.length;
    state.marks.mapped = performance.now();
    const container = document.getElementById("timeline");
    // Titles are escaped above, so vis-timeline's own XSS filter is not needed.
    const timeline = new vis.Timeline(container, items, {
      height: "300px",
      xss: { disabled: true },
    });
    state.marks.constructed = performance.now();
    state.timeline = timeline;
    timeline.on("select", (props) => {
      state.selected = props.items[0] ?? null;
    });
    timeline.on("changed", () => {
      if (state.marks.firstChanged === null) state.marks.firstChanged = performance.now();
    });
    // vis-timeline draws in the constructor or in the next frame; two frames later it is on screen.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        state.marks.painted = performance.now();
        state.status = "ready";
      }),
    );
  };

  run().catch((error) => {
    state.status = "error";
    state.error = String(error?.message || error);
  });
})();
