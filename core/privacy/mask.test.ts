import { describe, expect, it } from "vitest";
import { maskDeep, maskIdNumber, maskIdNumbersIn } from "./mask";

describe("ID number masking", () => {
  it("keeps the first and last four characters", () => {
    expect(maskIdNumber("35010219900101123X")).toBe("3501**********123X");
  });

  it("masks numbers inside free text and nested payloads", () => {
    expect(maskIdNumbersIn("card 350102199001011234 read")).toBe("card 3501**********1234 read");
    expect(maskDeep({ a: ["ABC123456789012"], b: { c: "35010219900101123x" } })).toEqual({
      a: ["ABC1*******9012"],
      b: { c: "3501**********123x" },
    });
  });

  it("masks 18- and 15-character numbers in JSON and legacy forms", () => {
    expect(maskIdNumbersIn("id=35010219900101123X ok")).toBe("id=3501**********123X ok");
    expect(maskIdNumbersIn('{"id":"350102199001011234"}')).toBe('{"id":"3501**********1234"}');
    expect(maskIdNumbersIn("old 350102900101123")).toBe("old 3501*******1123");
  });

  it("leaves other numbers alone, shorter or longer digit runs too", () => {
    expect(maskIdNumbersIn("port 5170, 12345 hotline")).toBe("port 5170, 12345 hotline");
    expect(maskIdNumbersIn("ticket A0123, phone 13800000000")).toBe("ticket A0123, phone 13800000000");
    expect(maskIdNumbersIn("12345678901234567890")).toBe("12345678901234567890");
  });
});
