// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { showLanguage } from "../i18n/i18n";
import { appStore } from "../store/appStore";
import { noticeText } from "../store/viewSlice";
import { unknownIdNotices, urlProblemsNotice } from "../url/urlState";
import { Notices } from "./Notices";
import { notifyFailed, onDemand } from "./partFailed";

afterEach(async () => {
  cleanup();
  appStore.setState({ notices: [] });
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
      'Ignored the link\'s names: use one of "both", "ja", "ru".',
      "Search could not be loaded (offline). Check your connection, then try again or reload the page.",
      "Failed to fetch",
    ]);
    await act(() => showLanguage("ru", undefined));
    expect(screen.getByRole("region", { name: "Уведомления" })).toBeTruthy();
    expect(texts()).toEqual([
      "В этом наборе данных нет события «gone».",
      'Пропущен параметр ссылки «названия островов» (names): используйте одно из значений "both", "ja", "ru".',
      "Поиск: не удалось загрузить (offline). Проверьте подключение, затем попробуйте ещё раз или перезагрузите страницу.",
      "Failed to fetch",
    ]);
    expect(screen.getAllByRole("button")[0]?.getAttribute("aria-label")).toBe(
      "Закрыть: В этом наборе данных нет события «gone».",
    );
  });
});
