import { describe, expect, it } from "vitest";
import { services } from "../index";
import { questionLabel } from "./question-label";
import { t } from "./text";

describe("questionLabel", () => {
  it("drops the question mark and a dangling 是 from a title", () => {
    expect(questionLabel({ title: t("您的住址是？", "What is your address?") })).toEqual(
      t("您的住址", "What is your address"),
    );
    expect(questionLabel({ title: t("办理原因", "Reason") })).toEqual(t("办理原因", "Reason"));
    // 是 that is the whole point of the question stays.
    expect(questionLabel({ title: t("是否匿名举报？", "Report anonymously?") })["zh-CN"]).toBe(
      "是否匿名举报",
    );
    expect(questionLabel({ title: { "zh-CN": "姓名是？", en: "Name?", "zh-TW": "姓名是？" } })).toEqual({
      "zh-CN": "姓名是",
      en: "Name",
      "zh-TW": "姓名是",
    });
  });

  it("prefers the catalog's own label", () => {
    expect(
      questionLabel({
        title: t("宝宝的姓名是？", "What is the baby's name?"),
        label: t("宝宝姓名", "Baby's name"),
      }),
    ).toEqual(t("宝宝姓名", "Baby's name"));
  });

  it("gives every question of the catalog a short name without a question mark", () => {
    for (const service of services)
      for (const step of service.steps) {
        if (step.type !== "question") continue;
        const label = questionLabel(step);
        expect(label["zh-CN"], `${service.id}/${step.field}`).not.toMatch(/[？?]|的是$/u);
        expect(label.en.length, `${service.id}/${step.field}`).toBeGreaterThan(0);
      }
    const newborn = services.find((s) => s.id === "newborn-med-insurance");
    const name = newborn?.steps.find((s) => s.type === "question" && s.field === "childName");
    expect(name?.type === "question" ? questionLabel(name)["zh-CN"] : null).toBe("宝宝姓名");
  });
});
