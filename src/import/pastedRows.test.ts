import { describe, expect, it } from "vitest";
import { describeSource } from "../store/sourceWords";
import { fileSource, pastedRowsFile } from "./pastedRows";

describe("pasted rows", () => {
  it("travel as a file whose source says they were pasted", async () => {
    const rows = pastedRowsFile("title\tstart\nLanding\t1969-07-20", "pasted rows");
    expect(await rows.text()).toBe("title\tstart\nLanding\t1969-07-20");
    expect(fileSource(rows)).toEqual({ kind: "file", name: "pasted rows", pasted: true });
    expect(describeSource(fileSource(rows))).toBe("the pasted rows");
  });

  it("leave a file from the computer a file, even one named as pasted rows", () => {
    const file = new File(["{}"], "pasted rows", { type: "text/plain" });
    expect(fileSource(file)).toEqual({ kind: "file", name: "pasted rows" });
    expect(describeSource(fileSource(file))).toBe("the file pasted rows");
  });
});
