import { describe, expect, it } from "vitest";
import { serviceById } from "../../kiosk-config/services/index";
import { checkAnswers } from "./check-answers";

describe("checkAnswers on an ID-number question", () => {
  const vaccination = serviceById("vaccination-record")!;

  it("accepts a number whose GB 11643 check character matches", () => {
    // 11010519491231002X is the standard's own worked example.
    expect(checkAnswers(vaccination, { forWhom: "child", childIdNumber: "11010519491231002X" })).toEqual([]);
  });

  it("refuses a wrong check character, a lower-case x and a short number", () => {
    for (const childIdNumber of ["110105194912310021", "11010519491231002x", "1101"]) {
      expect(checkAnswers(vaccination, { forWhom: "child", childIdNumber }), childIdNumber).toEqual([
        "childIdNumber: expected an 18-character ID number with a matching check character",
      ]);
    }
  });
});
