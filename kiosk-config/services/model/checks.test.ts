import { describe, expect, it } from "vitest";
import { checkAnswers, opt, question, radio, t, text, when } from "./build";
import { ServiceDefinition, type ServiceInput } from "./schema";

const base: ServiceInput = {
  id: "sample",
  name: t("示例", "Sample"),
  category: "daily-life",
  kind: "application",
  identity: "none",
  needs: [],
  offline: "queue",
  print: "submission-receipt",
  steps: [
    question("colour", t("颜色", "Colour"), radio(opt("red", "红", "Red"), opt("blue", "蓝", "Blue")), {
      routes: [when("colour", "red", "check")],
    }),
    question("note", t("备注", "Note"), text(10)),
    checkAnswers(),
  ],
};

function problems(service: ServiceInput): string[] {
  const result = ServiceDefinition.safeParse(service);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe("checkService", () => {
  it("accepts a sound flow", () => {
    expect(problems(base)).toEqual([]);
  });

  it("rejects a route to a missing step", () => {
    const steps = [...base.steps];
    steps[0] = {
      ...question("colour", t("颜色", "Colour"), radio(opt("red", "红", "Red"), opt("blue", "蓝", "Blue"))),
      routes: [when("colour", "red", "nowhere")],
    };
    expect(problems({ ...base, steps }).join()).toMatch(/"nowhere" does not exist/);
  });

  it("rejects a route pointing backwards", () => {
    const steps = [...base.steps];
    steps[1] = question("note", t("备注", "Note"), text(10), { routes: [when("colour", "red", "colour")] });
    expect(problems({ ...base, steps }).join()).toMatch(/points backwards/);
  });

  it("rejects a route on a later question or an unknown option", () => {
    const later = [...base.steps];
    later[0] = question(
      "colour",
      t("颜色", "Colour"),
      radio(opt("red", "红", "Red"), opt("blue", "蓝", "Blue")),
      {
        routes: [when("note", "x", "check")],
      },
    );
    expect(problems({ ...base, steps: later }).join()).toMatch(/not an earlier question/);
    const unknown = [...base.steps];
    unknown[0] = question(
      "colour",
      t("颜色", "Colour"),
      radio(opt("red", "红", "Red"), opt("blue", "蓝", "Blue")),
      {
        routes: [when("colour", "green", "check")],
      },
    );
    expect(problems({ ...base, steps: unknown }).join()).toMatch(/"green" is not an option/);
  });

  it("requires check-answers last in a submitting service", () => {
    expect(
      problems({ ...base, steps: base.steps.slice(0, 2).map((s) => ({ ...s, routes: [] })) }).join(),
    ).toMatch(/last step must be check-answers/);
    expect(
      problems({ ...base, kind: "query", steps: base.steps.slice(0, 2).map((s) => ({ ...s, routes: [] })) }),
    ).toEqual([]);
  });

  it("rejects duplicate fields and a pattern without a hint", () => {
    const steps = [
      question("note", t("a", "a"), text(5)),
      question("note", t("b", "b"), { type: "text", pattern: "^x$" }),
      checkAnswers(),
    ];
    const found = problems({ ...base, steps }).join();
    expect(found).toMatch(/asked twice/);
    expect(found).toMatch(/patternHint/);
  });
});
