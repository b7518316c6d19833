import { describe, expect, it } from "vitest";
import { serviceById } from "../../kiosk-config/services/index";
import { answerTooLong } from "./answer-limits";

const hotline = serviceById("hotline-12345");

describe("answerTooLong", () => {
  it("holds each answer to what its question allows", () => {
    if (hotline === undefined) throw new Error("hotline-12345 missing from the catalog");
    const fine = {
      requestType: "complaint",
      topic: "traffic",
      description: "路".repeat(60),
      phone: "13800000000",
    };
    expect(answerTooLong(hotline, fine)).toBeUndefined();
    expect(answerTooLong(hotline, { ...fine, description: "路".repeat(61) })).toMatch(/answers\.description/);
    expect(answerTooLong(hotline, { ...fine, phone: "1".repeat(12) })).toMatch(/answers\.phone/);
    expect(answerTooLong(hotline, { ...fine, topic: ["traffic", "housing"] })).toMatch(/more than 1 values/);
    expect(answerTooLong(hotline, { ...fine, unasked: "x".repeat(201) })).toMatch(/answers\.unasked/);
    expect(answerTooLong(hotline, { ...fine, unasked: "x".repeat(200) })).toBeUndefined();
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}`, "x"]));
    expect(answerTooLong(hotline, many)).toMatch(/more than 100 answers/);
  });

  it("never names the answer's value", () => {
    if (hotline === undefined) throw new Error("hotline-12345 missing from the catalog");
    expect(answerTooLong(hotline, { description: "秘密内容".repeat(20) })).not.toContain("秘密");
  });
});
