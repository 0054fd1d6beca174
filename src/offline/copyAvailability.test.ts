import { describe, expect, it } from "vitest";
import { copyAvailability } from "./copyAvailability";

const yes = () => Promise.resolve(true);
const no = () => Promise.resolve(false);
const fails = () => Promise.reject(new TypeError("Failed to fetch"));

describe("copyAvailability", () => {
  it("needs the network offline when the template was never kept", async () => {
    expect(await copyAvailability({ kept: no, online: false, reached: yes })).toBe("needsNetwork");
  });

  it("needs the network when the site cannot be reached, though the browser says online", async () => {
    expect(await copyAvailability({ kept: no, online: true, reached: fails })).toBe("needsNetwork");
  });

  it("is available offline once the template is kept, and online when the site answers", async () => {
    expect(await copyAvailability({ kept: yes, online: false, reached: fails })).toBe("available");
    expect(await copyAvailability({ kept: no, online: true, reached: yes })).toBe("available");
    expect(await copyAvailability({ kept: fails, online: true, reached: yes })).toBe("available");
  });
});
