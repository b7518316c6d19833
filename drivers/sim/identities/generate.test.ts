import { describe, expect, it } from "vitest";
import { isValidForeign2017Number, isValidMod112 } from "../../idcard/id-number";
import { IdentityRecord } from "../../idcard/identity";
import { looksLikeWlt } from "../../idcard/wlt";
import { fakeWlt, generateCard } from "./cards";
import { generateIdentity } from "./generate";
import { seededRng } from "./rng";

const now = new Date("2026-06-01T00:00:00Z");
const years = (from: string, to: string): number => Number(to.slice(0, 4)) - Number(from.slice(0, 4));

describe("synthetic identities", () => {
  it("residents: Fuzhou area codes, birth date in the number, sex from the sequence parity, valid check digit", () => {
    const rng = seededRng(2026);
    for (let i = 0; i < 500; i++) {
      const r = generateIdentity(rng, "resident", { now });
      expect(IdentityRecord.parse(r)).toEqual(r);
      expect(r.idNumber).toMatch(/^3501\d{2}/);
      expect(isValidMod112(r.idNumber)).toBe(true);
      expect(r.idNumber.slice(6, 14)).toBe(r.birthDate.replaceAll("-", ""));
      expect(Number(r.idNumber[16]) % 2).toBe(r.sexCode === "1" ? 1 : 0);
      expect(r.address).toMatch(/^福建省福州市/);
      expect((r.address ?? "").length).toBeLessThanOrEqual(35); // all BMP characters: one UCS-2 unit each
      expect(r.authority).toMatch(/^福州市公安局.+分局$/);
    }
  });

  it("residents: validity 5/10/20 years by age at issue, 长期 from 46", () => {
    const rng = seededRng(46);
    let longTerm = 0;
    for (let i = 0; i < 500; i++) {
      const r = generateIdentity(rng, "resident", { now });
      const age = years(r.birthDate, r.validFrom);
      if (r.validTo === "长期") {
        longTerm++;
        expect(age).toBeGreaterThan(45);
      } else {
        const expected = age < 16 ? 5 : age <= 25 ? 10 : 20;
        expect(years(r.validFrom, r.validTo)).toBe(expected);
        expect(r.validTo > "2026-06-01").toBe(true);
      }
    }
    expect(longTerm).toBeGreaterThan(0);
  });

  it("permits and foreigner cards follow their number rules", () => {
    const rng = seededRng(7);
    for (let i = 0; i < 200; i++) {
      const j = generateIdentity(rng, "hmt-permit", { now });
      expect(j.idNumber).toMatch(/^8[123]0000/);
      expect(isValidMod112(j.idNumber)).toBe(true);
      expect(j.passNumber).toMatch(/^[HM]?\d{8}$/);
      const i17 = generateIdentity(rng, "foreign-2017", { now });
      expect(isValidForeign2017Number(i17.idNumber)).toBe(true);
      expect(i17.idNumber.slice(0, 3)).toBe(i17.nationality);
      expect((i17.englishName ?? "").length).toBeLessThanOrEqual(60);
      const y = generateIdentity(rng, "foreign-2023", { now });
      expect(y.idNumber).toMatch(/^9\d{16}[\dX]$/);
      expect(isValidMod112(y.idNumber)).toBe(true);
      expect((y.englishName ?? "").length).toBeLessThanOrEqual(46);
    }
  });

  it("fake photos pass the WLT header check and differ between cards", () => {
    const rng = seededRng(1);
    const a = fakeWlt(rng);
    const b = fakeWlt(rng);
    expect(looksLikeWlt(a)).toBe(true);
    expect(a).not.toEqual(b);
    expect(generateCard(rng, "resident").fingerprintBytes).toBe(0);
  });
});
