import { describe, expect, it } from "vitest";
import { code128Data, code128Text } from "./code128";

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");

describe("CODE128 data", () => {
  it("packs A0231127 as {B A0 {C 23 11 27 (digits packed in code set C)", () => {
    expect(hex(code128Data("A0231127"))).toBe("7b4241307b43170b1b");
  });
  it("keeps short digit runs in code set B", () => {
    expect(hex(code128Data("A023"))).toBe("7b42413032" + "33");
  });
  it("starts in code set C for an all-digit even number", () => {
    expect(hex(code128Data("20261127"))).toBe("7b43141a0b1b");
  });
  it("round-trips through the decoder", () => {
    for (const text of ["A0231127", "FZ-2026-000123", "12345", "x9999y"])
      expect(code128Text(code128Data(text))).toBe(text);
  });
  it("rejects non-ASCII and the selector character", () => {
    expect(() => code128Data("福州")).toThrow();
    expect(() => code128Data("a{b")).toThrow();
  });
});
