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

  it("leaves other numbers alone", () => {
    expect(maskIdNumbersIn("port 5170, 12345 hotline")).toBe("port 5170, 12345 hotline");
  });
});
