import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCharacter, isValidMod112 } from "../../drivers/idcard/id-number";
import { CardType as DriverCardType, maskIdNumber as driverMask } from "../../drivers/idcard/identity";
import { CARD_TYPES } from "../../kiosk-config/identity/card-types";
import { idNumberCheckChar, isValidIdNumber } from "../../kiosk-config/identity/id-number";
import { maskIdNumber } from "../../kiosk-config/identity/mask";

/**
 * drivers/ import nothing of the kiosk, so the ID-card driver keeps its own check character, mask
 * and card-type names. Here, outside both, the driver's copy and the kiosk's one rule
 * (kiosk-config/identity) must agree on every generated input.
 */

/** Mostly ID-number-like strings (where the rules do their work), with some arbitrary ones. */
const idLike = fc.oneof(
  fc.stringMatching(/^\d{17}[\dXx]$/),
  fc.stringMatching(/^\d{15,19}$/),
  fc.stringMatching(/^[A-Z]{3}\d{12}$/),
  fc.string({ maxLength: 24 }),
);

describe("the ID-card driver's copy agrees with kiosk-config/identity", () => {
  it("on the check character of any 17 characters", () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^\d{17}$/), fc.string({ maxLength: 20 })), (first17) => {
        const shared = idNumberCheckChar(first17);
        if (shared === undefined) expect(() => checkCharacter(first17)).toThrow(RangeError);
        else expect(checkCharacter(first17)).toBe(shared);
      }),
      { numRuns: 2000 },
    );
  });

  it("on whether a number is valid", () => {
    fc.assert(
      fc.property(idLike, (id) => {
        expect(isValidMod112(id)).toBe(isValidIdNumber(id));
      }),
      { numRuns: 2000 },
    );
  });

  it("on every valid number and every one-character change of it", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{17}$/),
        fc.nat(17),
        fc.constantFrom("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "X", "x"),
        (d, pos, c) => {
          const valid = d + checkCharacter(d);
          expect(isValidIdNumber(valid)).toBe(true);
          const changed = valid.slice(0, pos) + c + valid.slice(pos + 1);
          expect(isValidMod112(changed)).toBe(isValidIdNumber(changed));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("on the masked form of any value", () => {
    fc.assert(
      fc.property(idLike, (id) => {
        expect(driverMask(id)).toBe(maskIdNumber(id));
      }),
      { numRuns: 2000 },
    );
  });

  it("on the card types' names", () => {
    expect(DriverCardType.options).toEqual([...CARD_TYPES]);
  });
});
