import { describe, expect, it } from "vitest";
import { serviceById } from "../services/index";
import type { LocalizedText } from "../services/model/text";
import { phrasePinyin } from "./index.generated";
import { matchPhrases } from "./phrases";

function phrasesOf(serviceId: string, field: string): LocalizedText[] {
  const step = serviceById(serviceId)?.steps.find((s) => s.type === "question" && s.field === field);
  return step?.type === "question" && step.answer.type === "text" ? step.answer.phrases : [];
}

describe("matchPhrases", () => {
  const city = phrasesOf("hotline-12345", "description");
  const food = phrasesOf("food-safety-report", "problem");
  const zh = (list: LocalizedText[]) => list.map((p) => p["zh-CN"]);

  it("offers every phrase, in order, before anything is typed", () => {
    expect(city.length).toBeGreaterThan(5);
    expect(matchPhrases(city, "")).toEqual(city);
  });

  it("finds phrases by initials, pinyin, Chinese and English", () => {
    expect(zh(matchPhrases(city, "zy"))[0]).toBe("噪音扰民");
    expect(zh(matchPhrases(city, "ludeng"))).toEqual(["路灯不亮"]);
    expect(zh(matchPhrases(food, "gq"))[0]).toBe("过期食品");
    expect(zh(matchPhrases(food, "无证"))).toEqual(["无证经营"]);
    expect(zh(matchPhrases(city, "parking"))).toEqual(["违章停车"]);
    expect(matchPhrases(city, "qqqq")).toEqual([]);
  });

  it("has pinyin for every phrase of the catalog", () => {
    expect(phrasePinyin["噪音扰民"]).toBe("zao yin rao min");
    expect(Object.keys(phrasePinyin).length).toBeGreaterThan(30);
  });

  it("still matches a phrase missing from the index by substring", () => {
    const fresh = [{ "zh-CN": "新的短语", en: "A new phrase" }];
    expect(matchPhrases(fresh, "短语")).toEqual(fresh);
    expect(matchPhrases(fresh, "dy")).toEqual([]);
  });
});
