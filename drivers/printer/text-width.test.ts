import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { padToWidth, textWidthDots, wrapText } from "./text-width";

describe("text width and wrapping", () => {
  it("counts CJK double width", () => {
    expect(textWidthDots("A023")).toBe(48);
    expect(textWidthDots("福州")).toBe(48);
    expect(textWidthDots("福州", 2)).toBe(96);
  });
  it("wraps Chinese at 24 characters on 80 mm and 16 on 58 mm", () => {
    const text = "福".repeat(30);
    expect(wrapText(text, 576).map((l) => Array.from(l).length)).toEqual([24, 6]);
    expect(wrapText(text, 384).map((l) => Array.from(l).length)).toEqual([16, 14]);
  });
  it("keeps Latin words whole", () => {
    expect(wrapText("hello wonderful world", 12 * 12)).toEqual(["hello", "wonderful", "world"]);
  });
  it("breaks a token longer than the line", () => {
    expect(wrapText("x".repeat(50), 576)).toEqual(["x".repeat(48), "xx"]);
  });
  it("never produces a line wider than the paper (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("福", "州", "a", "b", " ", "1", "号")).map((a) => a.join("")),
        fc.constantFrom(384, 576),
        (text, max) => {
          for (const line of wrapText(text, max)) expect(textWidthDots(line)).toBeLessThanOrEqual(max);
        },
      ),
    );
  });
  it("pads to alignment", () => {
    expect(padToWidth("ab", 60, "right")).toBe("   ab");
    expect(padToWidth("ab", 60, "center")).toBe(" ab  ");
    expect(padToWidth("福", 60, "left")).toBe("福   ");
  });
});
