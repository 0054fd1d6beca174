// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { DateRangeFields } from "./DateRangeFields";

afterEach(cleanup);

const input = (value: string) => ({ value, onChange: () => {} });

describe("DateRangeFields", () => {
  it("reads a date written with 年, 月 and 日, or in full width, beside the field as the draft reads it", () => {
    render(
      <DateRangeFields start={input("2018年3月21日")} end={input("２０１８－０４")} errors={{}} />,
    );
    expect(screen.getByText("21 March 2018")).toBeTruthy();
    expect(screen.getByText("April 2018")).toBeTruthy();
  });

  it("leaves Start the keyboard that has a hyphen: an iPhone's numeric keypad has digits only", () => {
    render(<DateRangeFields start={input("")} end={input("")} errors={{}} />);
    for (const field of screen.getAllByRole("textbox")) {
      expect(field.getAttribute("inputmode")).toBeNull();
    }
  });
});
