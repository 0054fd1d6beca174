// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { i18n, showLanguage } from "../i18n/i18n";
import { loadProgressStore } from "../load/loadProgress";
import { describeProgress, LoadProgress } from "./LoadProgress";

/** Intl groups thousands in Russian with a no-break space. */
const nbsp = "\u00a0";

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  loadProgressStore.setState({ label: null, progress: null, cancel: null });
  await i18n.changeLanguage("en");
});

describe("describeProgress", () => {
  it("says it is starting before any progress, and full while checking", () => {
    expect(describeProgress(null)).toEqual({ percent: null, detail: "Starting" });
    expect(describeProgress({ phase: "checking", bytes: 812, rows: 0 })).toEqual({
      percent: 100,
      detail: "Checking · 812 bytes",
    });
    expect(describeProgress({ phase: "downloading", bytes: 96_000, rows: 0 })).toEqual({
      percent: null,
      detail: "Downloading · 96 kB",
    });
    expect(describeProgress({ phase: "reading", bytes: 1, total: 4, rows: 1 })).toEqual({
      percent: 25,
      detail: "Reading · 1 byte of 4 bytes · 1 row",
    });
  });

  it("counts rows with Russian plurals, and writes Russian numbers and units", async () => {
    await showLanguage("ru");
    const reading = (rows: number) =>
      describeProgress({ phase: "parsing", bytes: 4_200_000, total: 9_800_000, rows }).detail;
    expect(reading(0)).toBe("Чтение строк · 4,2 МБ из 9,8 МБ");
    expect(reading(1)).toBe("Чтение строк · 4,2 МБ из 9,8 МБ · 1 строка");
    expect(reading(3)).toBe("Чтение строк · 4,2 МБ из 9,8 МБ · 3 строки");
    expect(reading(5)).toBe("Чтение строк · 4,2 МБ из 9,8 МБ · 5 строк");
    expect(reading(21)).toBe("Чтение строк · 4,2 МБ из 9,8 МБ · 21 строка");
    expect(reading(41_210)).toBe(`Чтение строк · 4,2 МБ из 9,8 МБ · 41${nbsp}210 строк`);
    expect(describeProgress(null).detail).toBe("Начинаем");
    expect(
      describeProgress({ phase: "indexing", bytes: 0, rows: 250_000, total: 1_000_000 }).detail,
    ).toBe(`Индексация · 250${nbsp}000 из 1${nbsp}000${nbsp}000 событий`);
  });

  it("puts the count where Japanese and Chinese put it", async () => {
    await showLanguage("ja");
    expect(
      describeProgress({ phase: "indexing", bytes: 0, rows: 250_000, total: 1_000_000 }).detail,
    ).toBe("索引作成 · 1,000,000件中250,000件");
    expect(describeProgress({ phase: "parsing", bytes: 812, rows: 41_210 }).detail).toBe(
      "行を読み込み中 · 812 バイト · 41,210行",
    );
    await showLanguage("zh");
    expect(describeProgress({ phase: "indexing", bytes: 0, rows: 0 }).detail).toBe(
      "正在为事件建立索引",
    );
  });
});

describe("LoadProgress", () => {
  const bar = () => screen.queryByRole("progressbar");

  it("shows nothing while nothing is being opened", () => {
    render(<LoadProgress />);
    expect(bar()).toBeNull();
  });

  it("shows a load without progress only once it has taken a moment", () => {
    vi.useFakeTimers();
    const cancel = vi.fn();
    loadProgressStore.setState({ label: "the file events.csv", progress: null, cancel });
    render(<LoadProgress />);
    act(() => vi.advanceTimersByTime(250));
    expect(bar()).toBeNull();
    act(() => vi.advanceTimersByTime(100));
    expect(bar()?.getAttribute("aria-label")).toBe("Opening the file events.csv");
    expect(bar()?.getAttribute("aria-valuenow")).toBeNull();
    expect(screen.getByTestId("progress-detail").textContent).toBe("Starting");
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(cancel).toHaveBeenCalledOnce();
  });

  it("shows progress at once, in the interface's language", async () => {
    await showLanguage("ru");
    loadProgressStore.setState({
      label: "events.csv",
      progress: { phase: "parsing", bytes: 2_000_000, total: 8_000_000, rows: 3 },
      cancel: null,
    });
    render(<LoadProgress />);
    expect(screen.getByRole("region", { name: "Открывается набор данных" })).toBeTruthy();
    expect(bar()?.getAttribute("aria-label")).toBe("Открывается events.csv");
    expect(bar()?.getAttribute("aria-valuenow")).toBe("25");
    expect(screen.getByTestId("progress-detail").textContent).toBe(
      "Чтение строк · 2,0 МБ из 8,0 МБ · 3 строки",
    );
    // Nothing to cancel with: no button.
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("goes away when the load ends", () => {
    loadProgressStore.setState({
      label: "events.csv",
      progress: { phase: "reading", bytes: 10, rows: 0 },
    });
    render(<LoadProgress />);
    expect(bar()).not.toBeNull();
    act(() => loadProgressStore.setState({ label: null, progress: null }));
    expect(bar()).toBeNull();
  });
});
