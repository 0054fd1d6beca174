// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useRef } from "react";
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

/** A menu with a field beside it that works with its panel, as the search box does with the filters. */
function MenuWithField() {
  const field = useRef<HTMLLabelElement>(null);
  const { open, root, panelId, toggleProps } = useDisclosure({ companion: field });
  return (
    <div>
      <label ref={field}>
        Field <input />
      </label>
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

  it("stays open while its companion is clicked or focused, and closes when focus leaves both", () => {
    render(<MenuWithField />);
    fireEvent.click(toggle());
    const inside = screen.getByRole("button", { name: "Inside" });
    const field = screen.getByRole("textbox", { name: "Field" });
    fireEvent.pointerDown(field);
    fireEvent.focusOut(inside, { relatedTarget: field });
    expect(toggle().getAttribute("aria-expanded")).toBe("true");
    fireEvent.focusOut(field, { relatedTarget: toggle() });
    expect(toggle().getAttribute("aria-expanded")).toBe("true");
    fireEvent.focusOut(field, { relatedTarget: screen.getByRole("button", { name: "Outside" }) });
    expect(toggle().getAttribute("aria-expanded")).toBe("false");
  });

  it("closes on Escape in its companion that the companion leaves alone, and focus stays there", () => {
    render(<MenuWithField />);
    fireEvent.click(toggle());
    const field = screen.getByRole("textbox", { name: "Field" });
    field.focus();
    // The field's own Escape first (the search box closes its list, then clears its text).
    field.addEventListener("keydown", (event) => event.preventDefault(), { once: true });
    fireEvent.keyDown(field, { key: "Escape" });
    expect(toggle().getAttribute("aria-expanded")).toBe("true");
    fireEvent.keyDown(field, { key: "Escape" });
    expect(toggle().getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(field);
  });
});
