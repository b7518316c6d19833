import { describe, expect, it } from "vitest";
import { maskIdNumbers } from "./mask";

describe("maskIdNumbers", () => {
  it("masks 18- and 15-character ID numbers as first 4 + stars + last 4", () => {
    expect(maskIdNumbers("id=35010219900101123X ok")).toBe("id=3501**********123X ok");
    expect(maskIdNumbers('{"id":"350102199001011234"}')).toBe('{"id":"3501**********1234"}');
    expect(maskIdNumbers("old 350102900101123")).toBe("old 3501*******1123");
  });

  it("leaves shorter or longer digit runs alone", () => {
    expect(maskIdNumbers("ticket A0123, phone 13800000000")).toBe("ticket A0123, phone 13800000000");
    expect(maskIdNumbers("12345678901234567890")).toBe("12345678901234567890");
  });
});
