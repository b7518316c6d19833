import { describe, expect, it } from "vitest";
import { serviceById } from "../../../kiosk-config/services/index";
import type { ServiceDefinition } from "../../../kiosk-config/services/model/schema";
import { pathThrough } from "./routing";
import { canGoBack, type FlowAction, type FlowState, flowReducer, initialFlowState } from "./state";

function service(id: string): ServiceDefinition {
  const found = serviceById(id);
  if (!found) throw new Error(`no service ${id}`);
  return found;
}

function run(
  def: ServiceDefinition,
  actions: FlowAction[],
  start: FlowState = initialFlowState(),
): FlowState {
  const reduce = flowReducer(def);
  return actions.reduce(reduce, start);
}

const answer = (stepId: string, field: string, value: string | boolean): FlowAction => ({
  type: "answer",
  stepId,
  field,
  value,
});
const next = (stepId: string): FlowAction => ({ type: "continue", stepId });

describe("flow reducer", () => {
  const newborn = service("newborn-med-insurance");
  const stepOf = (field: string): string => {
    const step = newborn.steps.find((s) => s.type === "question" && s.field === field);
    if (!step) throw new Error(field);
    return step.id;
  };

  it("asks for the card before the first question and refuses to go on without it", () => {
    const atIdentity = run(newborn, [{ type: "start", hasCard: false }]);
    expect(atIdentity.page).toEqual({ kind: "identity" });
    expect(run(newborn, [{ type: "skip-identity" }], atIdentity).page).toEqual({ kind: "identity" });
    const read = run(newborn, [{ type: "card-read" }], atIdentity);
    // The first step offers to read the 出生医学证明 by camera; the questions follow it.
    expect(read.page).toEqual({ kind: "step", stepId: "readBirthCertificate" });
  });

  it("skips the card page when the session has read a card already", () => {
    const state = run(newborn, [{ type: "start", hasCard: true }]);
    expect(state.page).toEqual({ kind: "step", stepId: "readBirthCertificate" });
    const food = service("food-safety-report");
    expect(run(food, [{ type: "start", hasCard: true }]).page).toEqual({
      kind: "step",
      stepId: food.steps[0]?.id,
    });
  });

  it("lets an optional-identity service skip the card", () => {
    const food = service("food-safety-report");
    const state = run(food, [{ type: "start", hasCard: false }, { type: "skip-identity" }]);
    expect(state.page).toEqual({ kind: "step", stepId: food.steps[0]?.id });
  });

  it("goes back keeping the answers already given", () => {
    const s = run(newborn, [
      { type: "start", hasCard: false },
      { type: "card-read" },
      next("readBirthCertificate"),
      answer(stepOf("childName"), "childName", "林小安"),
      next(stepOf("childName")),
      { type: "back" },
    ]);
    expect(s.page).toEqual({ kind: "step", stepId: stepOf("childName") });
    expect(s.answers.childName).toBe("林小安");
    expect(canGoBack(s)).toBe(true);
  });

  it("takes routes before next, and drops answers left off the path", () => {
    const food = service("food-safety-report");
    const anonymousStep = food.steps.find((s) => s.type === "question" && s.field === "anonymous");
    const phoneStep = food.steps.find((s) => s.type === "question" && s.field === "phone");
    if (!anonymousStep || !phoneStep) throw new Error("food-safety-report changed");
    const base = { ...initialFlowState(), page: { kind: "step", stepId: anonymousStep.id } as const };
    const named = run(food, [answer(anonymousStep.id, "anonymous", "no"), next(anonymousStep.id)], base);
    expect(named.page).toEqual({ kind: "step", stepId: phoneStep.id });
    const withPhone = run(food, [answer(phoneStep.id, "phone", "13800000000"), { type: "back" }], named);
    const anonymous = run(
      food,
      [answer(anonymousStep.id, "anonymous", "yes"), next(anonymousStep.id)],
      withPhone,
    );
    expect(anonymous.page).toEqual({ kind: "step", stepId: "check" });
    expect(anonymous.answers.phone).toBeUndefined();
  });

  it("修改 goes to the question, then straight back to the summary", () => {
    const path = pathThrough(newborn, {});
    const check = path.at(-1);
    if (check?.type !== "check-answers") throw new Error("newborn ends with check-answers");
    const atCheck: FlowState = {
      ...initialFlowState(),
      page: { kind: "step", stepId: check.id },
      history: [{ kind: "needs" }],
      answers: {
        childName: "林小安",
        childSex: "male",
        childBirthDate: "2026-10-01",
        birthCertificateNo: "Q350100001",
        relationship: "mother",
        phone: "13800000000",
      },
    };
    const editing = run(
      newborn,
      [{ type: "edit", stepId: stepOf("childName"), checkStepId: check.id }],
      atCheck,
    );
    expect(editing.page).toEqual({ kind: "step", stepId: stepOf("childName") });
    const back = run(
      newborn,
      [answer(stepOf("childName"), "childName", "陈思语"), next(stepOf("childName"))],
      editing,
    );
    expect(back.page).toEqual({ kind: "step", stepId: check.id });
    expect(back.answers.childName).toBe("陈思语");
    expect(back.history).toEqual([{ kind: "needs" }]);
    expect(back.editingFrom).toBeNull();
    // A question the new answers need but that has no answer yet is asked before the summary.
    const withoutRelationship = Object.fromEntries(
      Object.entries(atCheck.answers).filter(([field]) => field !== "relationship"),
    );
    const edited = run(
      newborn,
      [{ type: "edit", stepId: stepOf("childName"), checkStepId: check.id }, next(stepOf("childName"))],
      { ...atCheck, answers: withoutRelationship },
    );
    expect(edited.page).toEqual({ kind: "step", stepId: stepOf("relationship") });
  });

  it("after a result there is no way back into the answers", () => {
    const done = run(newborn, [
      {
        type: "finished",
        result: {
          kind: "submission",
          outcome: { referenceNo: "R1", status: "approved", reasons: [], queued: false, receipt: null },
        },
      },
    ]);
    expect(done.page).toEqual({ kind: "result" });
    expect(canGoBack(done)).toBe(false);
    expect(run(newborn, [{ type: "back" }], done).page).toEqual({ kind: "result" });
  });
});
