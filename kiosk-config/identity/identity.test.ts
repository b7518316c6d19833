import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CARD_TYPES, CardType } from "./card-types";
import { idNumberCheckChar, isValidIdNumber } from "./id-number";
import { maskIdNumber } from "./mask";

const first17 = fc.stringMatching(/^\d{17}$/);

describe("ID number check (GB 11643)", () => {
  it("accepts the standard's own worked example", () => {
    expect(idNumberCheckChar("11010519491231002")).toBe("X");
    expect(isValidIdNumber("11010519491231002X")).toBe(true);
    expect(isValidIdNumber("110105194912310021")).toBe(false);
  });

  it("accepts every number completed with its check character", () => {
    fc.assert(fc.property(first17, (d) => isValidIdNumber(d + (idNumberCheckChar(d) ?? ""))));
  });

  it("rejects any single changed digit", () => {
    fc.assert(
      fc.property(first17, fc.nat(16), fc.integer({ min: 1, max: 9 }), (d, pos, delta) => {
        const valid = d + (idNumberCheckChar(d) ?? "");
        const digit = (Number(valid[pos]) + delta) % 10;
        expect(isValidIdNumber(valid.slice(0, pos) + String(digit) + valid.slice(pos + 1))).toBe(false);
      }),
    );
  });

  it("rejects wrong lengths and characters, and a lower-case x", () => {
    for (const bad of [
      "",
      "123",
      "11010519491231002",
      "1101051949123100XX",
      "A1010519491231002X",
      "11010519491231002x",
    ]) {
      expect(isValidIdNumber(bad), bad).toBe(false);
    }
    expect(idNumberCheckChar("1101051949123100")).toBeUndefined();
    expect(idNumberCheckChar("1101051949123100A")).toBeUndefined();
  });
});

describe("maskIdNumber", () => {
  it("keeps the first four and last four", () => {
    expect(maskIdNumber("35010219900307123X")).toBe("3501**********123X");
    expect(maskIdNumber("USA350101123456")).toBe("USA3*******3456");
    expect(maskIdNumber("123456789")).toBe("1234*6789");
  });

  it("stars a value of eight characters or fewer entirely", () => {
    expect(maskIdNumber("12345678")).toBe("********");
    expect(maskIdNumber("1234")).toBe("****");
    expect(maskIdNumber("")).toBe("");
  });

  it("never shows more than eight characters of any value", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (id) => {
        const masked = maskIdNumber(id);
        expect(masked).toHaveLength(id.length);
        let shown = 0;
        for (let i = 0; i < id.length; i++) {
          if (masked[i] === "*") continue;
          expect(masked[i]).toBe(id[i]);
          shown++;
        }
        expect(shown).toBeLessThanOrEqual(8);
      }),
    );
  });
});

describe("card types", () => {
  it("names the four families the reader's SAM reads", () => {
    expect(CardType.options).toEqual([...CARD_TYPES]);
    expect(CardType.safeParse("passport").success).toBe(false);
  });
});
