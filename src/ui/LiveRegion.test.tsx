// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { appStore } from "../store/appStore";
import { LiveRegion } from "./LiveRegion";

afterEach(() => {
  cleanup();
  appStore.setState({ lang: null, announcement: { text: "", seq: 0 } });
});

it("takes away a sentence said in another language once the page switches, and says the next", () => {
  appStore.setState({ lang: "en" });
  render(<LiveRegion />);
  act(() => appStore.getState().announce("Lavrov lands in Tokyo, 21 March 2018, Tokyo"));
  const region = screen.getByTestId("live-region");
  expect(region.textContent).toBe("Lavrov lands in Tokyo, 21 March 2018, Tokyo");
  act(() => appStore.getState().setLang("ja"));
  expect(region.textContent).toBe("");
  act(() => appStore.getState().announce("ラブロフ外相が東京に到着"));
  expect(region.textContent).toBe("ラブロフ外相が東京に到着");
});
