import { describe, expect, it } from "vitest";
import { newEnrollmentCode, newToken, normalizeEnrollmentCode, secretsEqual, sha256Hex } from "./secrets";

describe("secrets", () => {
  it("makes typable codes and normalises what technicians type", () => {
    const code = newEnrollmentCode();
    expect(code).toMatch(/^[A-HJ-KM-NP-Z2-9]{4}-[A-HJ-KM-NP-Z2-9]{4}-[A-HJ-KM-NP-Z2-9]{4}$/);
    expect(normalizeEnrollmentCode(code.toLowerCase())).toBe(code);
    expect(normalizeEnrollmentCode(code.replace(/-/g, " "))).toBe(code);
    expect(normalizeEnrollmentCode(code.replace(/-/g, ""))).toBe(code);
  });

  it("makes distinct tokens and compares secrets exactly", () => {
    expect(newToken()).not.toBe(newToken());
    expect(newToken().length).toBeGreaterThanOrEqual(43);
    expect(secretsEqual("abc", "abc")).toBe(true);
    expect(secretsEqual("abc", "abd")).toBe(false);
    expect(secretsEqual("abc", "abcd")).toBe(false);
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
