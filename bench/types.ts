/** The shapes of the benchmark's results, as written to bench/results/latest.json. */
import type { TaskSplit } from "./gpuWaits";

export type SubjectName = "ours" | "vis-timeline";

/** Which dataset a row loaded: the short synthetic JSON, the realistic-text JSON, or the CSV. */
export type DatasetKind = "synthetic" | "realistic" | "csv";

/** Fetching the same bytes in a worker and parsing them (`JSON.parse`; CSV: decoding only). */
export interface FloorResult {
  fetchMs: number;
  parseMs: number;
  totalMs: number;
  /** Ours (load start → interactive, map included) ÷ totalMs. */
  ratio: number | null;
  /** Ours (load start → count shown and timeline painted) ÷ totalMs. */
  timelineRatio?: number | null;
}

export interface LoadResult {
  /** From the request start to the last byte of the dataset. */
  dataFetchMs: number | null;
  /** Where the fetch timing came from: the page's Resource Timing, or Playwright's network events. */
  dataTimingSource: "resource-timing" | "playwright" | "app-mark" | "none";
  /** From navigation start to the first paint of the timeline with the dataset. */
  navigationToInteractiveMs: number;
  /** From the dataset's last byte to the store being ready (ours) or the timeline constructed (vis). */
  readyAfterDataMs: number | null;
  /** From the dataset's last byte to the first frame painted after the timeline has content. */
  interactiveAfterDataMs: number | null;
  /** From the app's start of the load (its `dataset:load-start` mark) to interactive: count shown, timeline painted and the map loaded. */
  interactiveAfterRequestMs?: number | null;
  /** The same, to the count shown and the timeline painted, without waiting for the map. */
  timelineAfterRequestMs?: number | null;
  /** From the dataset's last byte to MapLibre reporting itself loaded with the dataset in the store. */
  mapAfterDataMs?: number | null;
}

export interface ZoomStepResult {
  steps: number;
  /** Chromium's TaskDuration (renderer main thread) per wheel step, trailing work included. */
  msPerStep: number;
  /** msPerStep less the harness's own cost (the same rounds with no input): the work the step caused. */
  netMsPerStep: number;
  /** Chromium's ScriptDuration per step. */
  scriptMsPerStep: number;
  maxStepMs: number;
  /** TaskDuration of one idle "wait two frames" round with no input: the harness's own cost. */
  baselineMsPerRound: number;
  wallMsPerStep: number;
  /** Whether the first wheel step changed the visible time window (false: the input missed). */
  viewChanged: boolean;
}

export interface FrameResult {
  /** Number of rAF intervals recorded. */
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Input events sent during the gesture. */
  inputs: number;
  /** TaskDuration during the whole gesture. */
  mainThreadMs: number;
  /** Whether the gesture changed the visible time window (false: the input missed). */
  viewChanged: boolean;
}

export interface ClickResult {
  /** Whether the click changed the selected event. */
  selected: boolean;
  selectedId: string | null;
  /** Longest Event Timing entry of the click's interaction (pointerdown/pointerup/click). */
  eventTimingMs: number | null;
  eventTimingEntries: string[];
  /** No Event Timing entry: the interaction took less than the 16 ms threshold. */
  belowThreshold: boolean;
  /** Fallback: click timestamp → a task queued right after the next animation frame. */
  rafMs: number | null;
  method: "event-timing" | "raf-fallback";
}

export interface SubjectResult {
  subject: SubjectName;
  events: number;
  /** Ours only; absent: synthetic. */
  dataset?: DatasetKind;
  /** The dataset file's size in bytes. */
  bytes?: number;
  floor?: FloorResult;
  /** The longest main-thread task from navigation to interactive (Long Tasks API; null: none over 50 ms). */
  longestTaskMs?: number | null;
  /** The same from a trace of the load, split into waits for the GPU process and the rest (bench/gpuWaits.ts). */
  longestTaskSplit?: TaskSplit | null;
  /**
   * The same load traced in a browser with no inspector (bench/readerLoad.ts): no source-position
   * collection for Playwright's network stacks. Null: it could not be traced.
   */
  readerLoadSplit?: TaskSplit | null;
  load?: LoadResult;
  zoom?: ZoomStepResult;
  zoomFrames?: FrameResult;
  panFrames?: FrameResult;
  click?: ClickResult;
  /** Main-isolate JS heap after a forced GC, in MB (10^6 bytes). */
  heapMB?: number;
  /** Why some figures are missing. */
  errors: string[];
  skipped?: string;
}

export interface LoadedFile {
  path: string;
  type: string;
  bytes: number;
  gzipBytes: number;
  /** Counted as MapLibre (its name or its text says so). */
  maplibre: boolean;
}

export interface FirstLoadResult {
  files: LoadedFile[];
  totalGzipKB: number;
  maplibreGzipKB: number | null;
  excludingMaplibreGzipKB: number | null;
  /** HTML, JS and CSS only (the app's code), excluding MapLibre. */
  codeExcludingMaplibreGzipKB: number | null;
  note: string | null;
}

export interface MachineInfo {
  os: string;
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  chromium: string;
  date: string;
  /** 1-minute load average when the measurements began: above ~1 on 2 cores, the figures are noisy. */
  loadAverageAtStart: number;
}

export interface TargetCheck {
  target: string;
  value: string;
  status: "PASS" | "MISS" | "N/A";
}

export interface BenchResults {
  machine: MachineInfo;
  options: {
    sizes: number[];
    steps: number;
    seed: number;
    build: boolean;
    vis: boolean;
    realistic: number | null;
    csv: number | null;
    lighthouse: boolean;
    /** Absent in results written before the option. */
    traceCompiles?: boolean;
  };
  ours: SubjectResult[];
  vis: SubjectResult[];
  ratios: {
    events: number;
    visMsPerStep: number | null;
    oursMsPerStep: number | null;
    ratio: number | null;
  }[];
  firstLoad: FirstLoadResult | null;
  lighthouse?: LighthouseResult | null;
  targets: TargetCheck[];
  durationS: number;
}

export interface LighthouseResult {
  /** Mobile, simulated throttling (Lighthouse's defaults). */
  lcpMs: number | null;
  cls: number | null;
  tbtMs: number | null;
  scores: {
    performance: number | null;
    accessibility: number | null;
    bestPractices: number | null;
    seo: number | null;
  };
  /** Audits that failed in the accessibility, best-practices and SEO categories, by id. */
  failing: string[];
  /** Why a figure is missing. */
  error: string | null;
}
