import { describe, expect, it } from "vitest";
import { nextStepId, pathThrough } from "./flow";
import { serviceById } from "../index";

describe("nextStepId", () => {
  const food = serviceById("food-safety-report")!;

  it("follows a matching route before the default next step", () => {
    expect(nextStepId(food, "anonymous", { anonymous: "yes" })).toBe("check");
    expect(nextStepId(food, "anonymous", { anonymous: "no" })).toBe("phone");
  });

  it("ends after the last step, and at an explicit end", () => {
    expect(nextStepId(food, "check", {})).toBeUndefined();
    const lines = serviceById("bus-metro-routes")!;
    expect(nextStepId(lines, "metroLine", { queryBy: "line" })).toBeUndefined();
    expect(nextStepId(lines, "queryBy", { queryBy: "destination" })).toBe("destination");
  });

  it("refuses an unknown step", () => {
    expect(() => nextStepId(food, "nope", {})).toThrow(/no step "nope"/);
  });

  it("lists the path check-answers summarises", () => {
    const ids = (answers: Record<string, string>) => pathThrough(food, answers).map((s) => s.id);
    expect(ids({ anonymous: "yes" })).toEqual([
      "problem",
      "shopName",
      "location",
      "photos",
      "anonymous",
      "check",
    ]);
    expect(ids({ anonymous: "no" })).toContain("phone");
  });

  it("walks a looping definition once per step instead of hanging", () => {
    const [first, second] = food.steps;
    const looping = { ...food, steps: [first!, { ...second!, next: first!.id }] };
    expect(pathThrough(looping, {}).map((s) => s.id)).toEqual([first!.id, second!.id]);
  });
});
