import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";

/** The published JSON Schema (`npm run schema`), as an editor or any JSON Schema tool reads it. */
const schema = JSON.parse(
  readFileSync(new URL("../../data/dataset.schema.json", import.meta.url), "utf8"),
);
const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(
  schema,
);
const shipped = JSON.parse(
  readFileSync(new URL("../../data/japan-russia-2018.json", import.meta.url), "utf8"),
);

describe("data/dataset.schema.json", () => {
  it("accepts the shipped story", () => {
    expect(validate(shipped), JSON.stringify(validate.errors)).toBe(true);
  });

  it("marks a key the format does not have, where it is (review 28 H5)", () => {
    const typos = structuredClone(shipped);
    typos.events[0].summery = typos.events[0].summary;
    typos.places[0].disputd = true;
    typos.meta.sourse = {};
    typos.period = [];
    expect(validate(typos)).toBe(false);
    const unknown = (validate.errors ?? [])
      .filter((error) => error.keyword === "additionalProperties")
      .map((error) => `${error.instancePath}/${String(error.params.additionalProperty)}`);
    expect(unknown.sort()).toEqual(
      ["/events/0/summery", "/meta/sourse", "/period", "/places/0/disputd"].sort(),
    );
  });
});
