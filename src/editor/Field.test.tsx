// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { EDITOR_FIELD } from "./editorField";
import { undoesDraft } from "./editorKeys";
import { Field } from "./Field";

afterEach(cleanup);

describe("Field", () => {
  it("is a field of the draft's to the undo keys: Ctrl/⌘+Z in its box undoes the draft", () => {
    render(<Field label="Title">{(props) => <input {...props} type="text" />}</Field>);
    const box = screen.getByRole("textbox", { name: "Title" });
    expect(box.closest(`.${EDITOR_FIELD}`)).not.toBeNull();
    expect(undoesDraft(box)).toBe(true);
  });
});
