import { describe, expect, it } from "vitest";
import { dropSelectors } from "./cssRules";

describe("dropSelectors", () => {
  const unwanted = /\.ctrl-(zoom|geolocate)\b/;

  it("drops a rule whose selectors all match, and the matching selectors of the others", () => {
    const css = ".map{color:red}.ctrl-zoom{width:1px}.ctrl-zoom,.ctrl-attrib{width:2px}";
    expect(dropSelectors(css, unwanted)).toBe(".map{color:red}.ctrl-attrib{width:2px}");
  });

  it("looks inside @media and drops an @media left empty; keeps other at-rules whole", () => {
    const css =
      "@media (forced-colors:active){.ctrl-geolocate{color:red}}" +
      "@media print{.map{display:none}.ctrl-zoom{display:none}}" +
      "@keyframes spin{0%{transform:rotate(0)}to{transform:rotate(1turn)}}";
    expect(dropSelectors(css, unwanted)).toBe(
      "@media print{.map{display:none}}@keyframes spin{0%{transform:rotate(0)}to{transform:rotate(1turn)}}",
    );
  });

  it("leaves a stylesheet with nothing to drop as it was", () => {
    const css = ".a{b:c}\n.d .e{f:url(data:image/svg+xml;charset=utf-8,%3Csvg%3E)}";
    expect(dropSelectors(css, unwanted)).toBe(css);
  });
});
