// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { showLanguage } from "../i18n/i18n";
import { appStore } from "../store/appStore";
import { noticeText } from "../store/viewSlice";
import { loadProblemWords } from "../url/urlProblem";
import { unknownIdNotices, urlProblemsNotice } from "../url/urlState";
import { focusAfterDismiss, Notices, nextNotice, shownNotice } from "./Notices";
import { notifyFailed, onDemand } from "./partFailed";

// A link's problems are worded by code that comes with the first one (`withProblemWords`).
beforeAll(loadProblemWords);

afterEach(async () => {
  cleanup();
  appStore.setState({ notices: [], embed: false });
  await showLanguage("en", undefined);
});

const texts = () =>
  [...document.querySelectorAll(".notice > span")].map((span) => span.textContent);

describe("noticeText", () => {
  it("keeps a plain text, and words a function with the given t and language", () => {
    const t = (key: string, values?: Record<string, unknown>) => `${key} ${values?.id}`;
    expect(noticeText("As it came", t, "ja")).toBe("As it came");
    expect(noticeText((tr, language) => `${tr("k", { id: 1 })} ${language}`, t, "zh")).toBe(
      "k 1 zh",
    );
  });
});

describe("shownNotice", () => {
  it("shows the newest, or the one stepped to until another comes", () => {
    expect(shownNotice(["a", "b", "c"], null)).toBe(2);
    const step = { id: "a", seen: ["a", "b", "c"] };
    expect(shownNotice(["a", "b", "c"], step)).toBe(0);
    // Another dismissed: still the one stepped to.
    expect(shownNotice(["a", "c"], step)).toBe(0);
    // The one stepped to dismissed: the newest.
    expect(shownNotice(["b", "c"], step)).toBe(1);
    // A new one (or one notified again, now the newest): shown as it comes.
    expect(shownNotice(["a", "b", "c", "d"], step)).toBe(3);
    expect(shownNotice([], null)).toBe(-1);
  });
});

describe("nextNotice", () => {
  it("steps from the newest back to the oldest, then to the newest again", () => {
    expect([2, 1, 0].map((index) => nextNotice(index, 3))).toEqual([1, 0, 2]);
    expect(nextNotice(0, 1)).toBe(0);
  });
});

describe("Notices", () => {
  it("re-words the notices on screen when the language changes; a plain text stays", async () => {
    const { notify } = appStore.getState();
    const index = { byId: new Map(), places: new Map() };
    for (const notice of unknownIdNotices({ event: "gone", place: null }, index)) notify(notice);
    const problems = urlProblemsNotice([
      { code: "notOneOf", key: "names", allowed: ["both", "ja", "ru"] },
    ]);
    if (problems) notify(problems);
    const failing = onDemand("search", () => Promise.reject(new Error("offline")));
    await failing().catch(notifyFailed("search-load"));
    notify({ id: "raw", kind: "error", text: "Failed to fetch" });
    render(<Notices />);
    expect(texts()).toEqual([
      "No event 'gone' in this dataset.",
      'Ignored the link\'s names: use one of "both", "ja" and "ru".',
      "Search could not be loaded (offline). Check your connection, then try again or reload the page.",
      "Failed to fetch",
    ]);
    await act(() => showLanguage("ru", undefined));
    expect(screen.getByRole("region", { name: "Уведомления" })).toBeTruthy();
    expect(texts()).toEqual([
      "В этом наборе данных нет события «gone».",
      "Пропущен параметр ссылки «названия островов» (names): используйте одно из значений «both», «ja» и «ru».",
      "Поиск: не удалось загрузить (offline). Проверьте подключение, затем попробуйте ещё раз или перезагрузите страницу.",
      "Failed to fetch",
    ]);
    expect(screen.getAllByRole("button")[0]?.getAttribute("aria-label")).toBe(
      "Закрыть: В этом наборе данных нет события «gone».",
    );
  });

  it("in an embed shows one notice, the newest, and steps to the others; each stays announced", () => {
    appStore.setState({ embed: true });
    const { notify } = appStore.getState();
    notify({ id: "old", kind: "info", text: "Older" });
    notify({ id: "new", kind: "error", text: "Newer" });
    render(<Notices />);
    // Both in the page (each its live region), the older out of sight with no controls.
    expect(screen.getByRole("status").textContent).toBe("Older");
    expect(screen.getByRole("alert").textContent).toContain("Newer");
    expect(screen.getByRole("status").closest("li")?.className).toBe("visually-hidden");
    const step = screen.getByRole("button", { name: "Notice 1 of 2: show the next" });
    expect(step.textContent).toBe("1/2");
    expect(screen.getAllByRole("button")).toHaveLength(2);
    fireEvent.click(step);
    const back = screen.getByRole("button", { name: "Notice 2 of 2: show the next" });
    expect(screen.getByRole("status").contains(back)).toBe(true);
    expect(document.activeElement).toBe(back);
    expect(screen.getByRole("alert").closest("li")?.className).toBe("visually-hidden");
    // Dismissed, the other is shown again, its dismiss button focused.
    fireEvent.click(screen.getByRole("button", { name: "Dismiss: Older" }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Dismiss: Newer" }));
    expect(screen.getAllByRole("button")).toHaveLength(1);
  });

  it("gives the focus to the next notice's dismiss button, and after the last to the timeline", () => {
    const timeline = document.createElement("section");
    timeline.id = "timeline";
    timeline.tabIndex = -1;
    document.body.append(timeline);
    const { notify } = appStore.getState();
    notify({ id: "a", kind: "info", text: "First" });
    notify({ id: "b", kind: "info", text: "Second" });
    notify({ id: "c", kind: "info", text: "Third" });
    render(<Notices />);
    fireEvent.click(screen.getByRole("button", { name: "Dismiss: Second" }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Dismiss: Third" }));
    fireEvent.click(screen.getByRole("button", { name: "Dismiss: Third" }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Dismiss: First" }));
    fireEvent.click(screen.getByRole("button", { name: "Dismiss: First" }));
    // The page's focus was on <body> here: nothing showed it, and the next Tab began anew.
    expect(document.activeElement).toBe(timeline);
    timeline.remove();
  });
});

describe("focusAfterDismiss", () => {
  it("names the next in the list, or the one shown next on one line, or none", () => {
    expect(focusAfterDismiss(["a", "b", "c"], "a", false, null)).toBe("b");
    expect(focusAfterDismiss(["a", "b", "c"], "c", false, null)).toBe("b");
    expect(focusAfterDismiss(["a"], "a", false, null)).toBeNull();
    // One line shows the newest, or the one stepped to.
    expect(focusAfterDismiss(["a", "b", "c"], "c", true, null)).toBe("b");
    expect(focusAfterDismiss(["a", "b", "c"], "b", true, { id: "a", seen: ["a", "b", "c"] })).toBe(
      "a",
    );
  });
});
