import { expression } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { REFERENCE_LABELS } from "../../scripts/build-basemap";
import { LANGUAGES, type Language } from "../i18n/languages";
import { REFERENCE_LABEL_NAMES, referenceLabelField } from "./referenceLabels";

/** What MapLibre draws for a label named `name` (in English) with the field for `lang`. */
function drawn(lang: Language, name: string): unknown {
  const parsed = expression.createExpression(
    referenceLabelField(lang),
    "layers[0].layout.text-field",
  );
  if (parsed.result !== "success") throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 4 }, {
    type: "Point",
    properties: { name },
    geometry: [],
  } as never);
}

describe("referenceLabelField", () => {
  it("names every label of the basemap in every interface language", () => {
    for (const label of REFERENCE_LABELS) {
      expect(Object.keys(REFERENCE_LABEL_NAMES)).toContain(label.name);
      for (const lang of LANGUAGES) {
        const text = drawn(lang, label.name);
        expect(typeof text === "string" && text.length > 0, `${label.name} in ${lang}`).toBe(true);
        if (lang !== "en") expect(text, `${label.name} in ${lang}`).not.toBe(label.name);
      }
    }
  });

  it("draws the language's name, and the English one for a label it does not know", () => {
    expect(drawn("ru", "Sea of Japan")).toBe("Японское море");
    expect(drawn("ja", "N. KOREA")).toBe("北朝鮮");
    expect(drawn("zh", "RUSSIA")).toBe("俄罗斯");
    expect(drawn("en", "Sea of Japan")).toBe("Sea of Japan");
    expect(drawn("ru", "ATLANTIS")).toBe("ATLANTIS");
  });
});
