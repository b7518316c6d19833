import { describe, expect, it } from "vitest";
import { canAppendToIdNumber } from "./id-number";
import { validateAnswer } from "./validate";

const ctx = { photoCount: 0, cameraAvailable: true, optional: false };

describe("answer checks in plain words", () => {
  it("phone: 11 digits starting with 1", () => {
    expect(validateAnswer({ type: "phone" }, "13800000000", ctx)).toBeNull();
    expect(validateAnswer({ type: "phone" }, "1380000000", ctx)).toEqual({ key: "problem.phone" });
    expect(validateAnswer({ type: "phone" }, "23800000000", ctx)).toEqual({ key: "problem.phone" });
    expect(validateAnswer({ type: "phone" }, undefined, ctx)).toEqual({ key: "problem.phone" });
  });

  it("ID number: GB 11643 check character", () => {
    // 11010519491231002X is the standard's own worked example.
    expect(validateAnswer({ type: "id-number" }, "11010519491231002X", ctx)).toBeNull();
    expect(validateAnswer({ type: "id-number" }, "110105194912310021", ctx)).toEqual({
      key: "problem.idCheck",
    });
    expect(validateAnswer({ type: "id-number" }, "1101", ctx)).toEqual({ key: "problem.idLength" });
    expect(canAppendToIdNumber("1101", "X")).toBe(false);
    expect(canAppendToIdNumber("11010519491231002", "X")).toBe(true);
  });

  it("text: length and the definition's own pattern hint", () => {
    const answer = {
      type: "text" as const,
      minLength: 10,
      maxLength: 10,
      pattern: "^[A-Z][0-9]{9}$",
      patternHint: { "zh-CN": "编号是1个大写字母加9位数字", en: "One letter and 9 digits" },
      phrases: [],
      keyboard: "alphanumeric" as const,
    };
    expect(validateAnswer(answer, "Q350100001", ctx)).toBeNull();
    expect(validateAnswer(answer, "1350100001", ctx)).toEqual({ text: answer.patternHint });
    expect(validateAnswer(answer, "Q35", ctx)).toEqual({ key: "problem.textShort", values: { min: 10 } });
  });

  it("number range, address, consent, photo", () => {
    const n = { type: "number" as const, min: 1, max: 10, decimals: false };
    expect(validateAnswer(n, "11", ctx)).toEqual({ key: "problem.range", values: { min: 1, max: 10 } });
    expect(validateAnswer(n, "2.5", ctx)).toEqual({ key: "problem.wholeNumber" });
    const address = { type: "fuzhou-address" as const, maxLength: 40 };
    expect(validateAnswer(address, "鼓楼区", ctx)).toEqual({ key: "problem.street" });
    expect(validateAnswer(address, "鼓楼区 五一北路1号", ctx)).toBeNull();
    expect(validateAnswer(address, "五一北路1号", ctx)).toEqual({ key: "problem.district" });
    const consent = { type: "consent" as const, statement: { "zh-CN": "同意", en: "I agree" } };
    expect(validateAnswer(consent, false, ctx)).toEqual({ key: "problem.consent" });
    const photo = { type: "photo" as const, maxPhotos: 1 };
    expect(validateAnswer(photo, undefined, ctx)).toEqual({ key: "problem.photo" });
    expect(validateAnswer(photo, undefined, { ...ctx, cameraAvailable: false })).toBeNull();
  });
});
