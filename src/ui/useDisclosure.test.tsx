// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { useDisclosure } from "./useDisclosure";

function Menu() {
  const { open, root, panelId, toggleProps } = useDisclosure();
  return (
    <div>
      <div ref={root}>
        <button {...toggleProps}>Menu</button>
        <div id={panelId} hidden={!open}>
          <button type="button">Inside</button>
        </div>
      </div>
      <button type="button">Outside</button>
    </div>
  );
}

const toggle = () => screen.getByRole("button", { name: "Menu" });
const panel = () => document.getElementById(toggle().getAttribute("aria-controls") ?? "");

afterEach(cleanup);

describe("useDisclosure", () => {
  it("gives the button its type, state and panel, and toggles on click", () => {
    render(<Menu />);
    expect(toggle().getAttribute("type")).toBe("button");
    expect(toggle().getAttribute("aria-expanded")).toBe("false");
    expect(panel()?.hidden).toBe(true);
    fireEvent.click(toggle());
    expect(toggle().getAttribute("aria-expanded")).toBe("true");
    expect(panel()?.hidden).toBe(false);
    fireEvent.click(toggle());
    expect(toggle().getAttribute("aria-expanded")).toBe("false");
  });

  it("closes on a pointer down outside, not inside", () => {
    render(<Menu />);
    fireEvent.click(toggle());
    fireEvent.pointerDown(screen.getByRole("button", { name: "Inside" }));
    expect(toggle().getAttribute("aria-expanded")).toBe("true");
    fireEvent.pointerDown(screen.getByRole("button", { name: "Outside" }));
    expect(toggle().getAttribute("aria-expanded")).toBe("false");
  });

  it("closes on Escape pressed inside and gives focus back to the button", () => {
    render(<Menu />);
    fireEvent.click(toggle());
    const inside = screen.getByRole("button", { name: "Inside" });
    inside.focus();
    fireEvent.keyDown(inside, { key: "Escape" });
    expect(toggle().getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(toggle());
  });

  it("closes when focus moves out of it, not within it", () => {
    render(<Menu />);
    fireEvent.click(toggle());
    const inside = screen.getByRole("button", { name: "Inside" });
    fireEvent.focusOut(toggle(), { relatedTarget: inside });
    expect(toggle().getAttribute("aria-expanded")).toBe("true");
    fireEvent.focusOut(inside, { relatedTarget: screen.getByRole("button", { name: "Outside" }) });
    expect(toggle().getAttribute("aria-expanded")).toBe("false");
  });

  it("leaves Escape pressed elsewhere alone", () => {
    render(<Menu />);
    fireEvent.click(toggle());
    const outside = screen.getByRole("button", { name: "Outside" });
    outside.focus();
    fireEvent.keyDown(outside, { key: "Escape" });
    expect(toggle().getAttribute("aria-expanded")).toBe("true");
  });
});
