import { describe, expect, it } from "vitest";
import { checkCharacter, isValidForeign2017Number, isValidMod112 } from "./id-number";
import { maskIdNumber } from "./identity";

describe("MOD 11-2 (synthetic examples)", () => {
  it.each([
    ["350102199001010016", true],
    ["35010219850615001X", true],
    ["350102198506150011", false],
    ["350121197001010032", true],
    ["35010219850615001x", false],
    ["35010219900101001", false],
    ["3501021990010100166", false],
  ])("%s → %s", (id, valid) => {
    expect(isValidMod112(id)).toBe(valid);
  });

  it("computes the check character", () => {
    expect(checkCharacter("35010219900101001")).toBe("6");
    expect(checkCharacter("35010219850615001")).toBe("X");
    // The published Java comment claims 3 here; the algorithm gives 0.
    expect(checkCharacter("88888818880808888")).toBe("0");
    expect(() => checkCharacter("1234")).toThrow(RangeError);
  });

  it("checks the 2017 foreigner number by pattern only", () => {
    expect(isValidForeign2017Number("USA350101123456")).toBe(true);
    expect(isValidForeign2017Number("US3501011234567")).toBe(false);
    expect(isValidForeign2017Number("usa350101123456")).toBe(false);
  });
});

describe("maskIdNumber", () => {
  it("keeps the first 4 and last 4", () => {
    expect(maskIdNumber("35010219850615001X")).toBe("3501**********001X");
    expect(maskIdNumber("USA350101123456")).toBe("USA3*******3456");
    expect(maskIdNumber("1234")).toBe("****");
  });
});
