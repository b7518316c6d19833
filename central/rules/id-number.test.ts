import { describe, expect, it } from "vitest";
import { birthDateOfIdNumber, isValidIdNumber } from "./id-number";

// The check character itself is tested with the shared rule (kiosk-config/identity).
describe("ID number as the rules see it", () => {
  it("accepts a lower-case x and reads the birth date", () => {
    expect(isValidIdNumber("11010519491231002X")).toBe(true);
    expect(isValidIdNumber("11010519491231002x")).toBe(true);
    expect(isValidIdNumber("110105194912310021")).toBe(false);
    expect(birthDateOfIdNumber("11010519491231002X")).toBe("1949-12-31");
  });
});
