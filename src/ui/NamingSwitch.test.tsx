// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { showLanguage } from "../i18n/i18n";
import { appStore } from "../store/appStore";
import { smallDataset, TOKYO } from "../test/fixtures";
import { HeaderMenu } from "./HeaderMenu";
import { NamingSwitch } from "./NamingSwitch";

afterEach(() => {
  cleanup();
  appStore.setState({ index: null });
});

function renderMenu() {
  render(
    <HeaderMenu>
      <NamingSwitch />
    </HeaderMenu>,
  );
}

describe("NamingSwitch in the header's menu", () => {
  it("is offered while the first dataset loads and for a story with disputed islands", async () => {
    await showLanguage("en", undefined);
    renderMenu();
    expect(screen.getByRole("group", { name: "Island names" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Island names, language and dataset" })).toBeTruthy();
    cleanup();
    appStore.getState().datasetLoaded(smallDataset(), { kind: "default" }, []);
    renderMenu();
    expect(screen.getAllByRole("radio")).toHaveLength(3);
  });

  it("is not offered for a story whose places are named the same every way, and the menu says so", async () => {
    await showLanguage("ru", undefined);
    const dataset = { ...smallDataset(), places: [TOKYO] };
    dataset.events = dataset.events.map((event) => ({ ...event, places: [] }));
    appStore.getState().datasetLoaded(dataset, { kind: "default" }, []);
    renderMenu();
    expect(screen.queryByRole("group")).toBeNull();
    expect(screen.queryAllByRole("radio")).toHaveLength(0);
    expect(screen.getByRole("button", { name: "Язык и набор данных" })).toBeTruthy();
    await showLanguage("en", undefined);
  });
});
