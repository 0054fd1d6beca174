// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ErrorBoundary } from "./ErrorBoundary";

let broken = true;
function Fragile() {
  if (broken) throw new Error("the renderer fell over");
  return <p>working again</p>;
}

afterEach(cleanup);

describe("ErrorBoundary", () => {
  it("shows a message with a retry button instead of a white page, and retries", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <div>
        <ErrorBoundary name="The timeline">
          <Fragile />
        </ErrorBoundary>
        <p>the map still works</p>
      </div>,
    );
    expect(screen.getByRole("alert").textContent).toContain("The timeline stopped working.");
    expect(screen.getByRole("alert").textContent).toContain("the renderer fell over");
    expect(screen.getByText("the map still works")).toBeTruthy();
    broken = false;
    act(() => {
      fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    });
    expect(screen.getByText("working again")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
    warn.mockRestore();
    error.mockRestore();
  });
});
