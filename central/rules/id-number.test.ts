import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { birthDateOfIdNumber, idNumberCheckChar, isValidIdNumber } from "./id-number";

const first17 = fc.stringMatching(/^\d{17}$/);

describe("ID number check (GB 11643)", () => {
  it("accepts the standard's published example", () => {
    expect(isValidIdNumber("11010519491231002X")).toBe(true);
    expect(isValidIdNumber("11010519491231002x")).toBe(true);
    expect(birthDateOfIdNumber("11010519491231002X")).toBe("1949-12-31");
  });

  it("accepts every number completed with its check character", () => {
    fc.assert(fc.property(first17, (d) => isValidIdNumber(d + (idNumberCheckChar(d) ?? ""))));
  });

  it("rejects any single changed digit", () => {
    fc.assert(
      fc.property(first17, fc.nat(16), fc.integer({ min: 1, max: 9 }), (d, pos, delta) => {
        const valid = d + (idNumberCheckChar(d) ?? "");
        const digit = (Number(valid[pos]) + delta) % 10;
        const changed = valid.slice(0, pos) + String(digit) + valid.slice(pos + 1);
        expect(isValidIdNumber(changed)).toBe(false);
      }),
    );
  });

  it("rejects wrong lengths and characters", () => {
    for (const bad of ["", "123", "11010519491231002", "1101051949123100XX", "A1010519491231002X"]) {
      expect(isValidIdNumber(bad)).toBe(false);
    }
  });
});
