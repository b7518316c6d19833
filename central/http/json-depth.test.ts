import { describe, expect, it } from "vitest";
import { jsonDepthOver } from "./json-depth";

describe("jsonDepthOver", () => {
  it("counts objects and arrays, not scalars", () => {
    expect(jsonDepthOver("text", 0)).toBe(false);
    expect(jsonDepthOver({}, 0)).toBe(true);
    expect(jsonDepthOver({ a: [{ b: 1 }] }, 3)).toBe(false);
    expect(jsonDepthOver({ a: [{ b: [] }] }, 3)).toBe(true);
  });

  it("measures a value far deeper than the stack allows without recursing", () => {
    const deep: unknown = JSON.parse(`${"[".repeat(200_000)}${"]".repeat(200_000)}`);
    expect(jsonDepthOver(deep, 16)).toBe(true);
    expect(() => JSON.stringify(deep)).toThrow(RangeError);
  });
});
