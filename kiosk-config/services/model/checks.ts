/**
 * The flow checks GOV.UK Forms runs on every route, as a pure function so the schema,
 * the tests and any future catalog editor report the same problems in the same words.
 */
import type { Answer } from "./answers";
import { END } from "./end";
import type { ServiceDefinition, ServiceKind } from "./schema";

/** Kinds whose answers are submitted to the central service (and so need check-answers first). */
export const submittingKinds: readonly ServiceKind[] = ["application", "appointment", "payment", "report"];

export function submitsAnswers(service: Pick<ServiceDefinition, "kind">): boolean {
  return submittingKinds.includes(service.kind);
}

/** Every problem with one service's flow, in plain words naming the step; empty when it is sound. */
export function checkService(service: ServiceDefinition): string[] {
  const problems: string[] = [];
  const where = (stepId: string) => `${service.id} step "${stepId}"`;
  const indexById = new Map<string, number>();
  const fieldIndex = new Map<string, { index: number; answer: Answer }>();

  service.steps.forEach((step, index) => {
    if (step.id === END) problems.push(`${where(step.id)}: "${END}" is reserved for the end of the flow`);
    if (indexById.has(step.id)) problems.push(`${where(step.id)}: duplicate step id`);
    indexById.set(step.id, index);
    if (step.type === "question") {
      if (fieldIndex.has(step.field)) problems.push(`${where(step.id)}: field "${step.field}" asked twice`);
      fieldIndex.set(step.field, { index, answer: step.answer });
      problems.push(...checkAnswer(step.answer).map((p) => `${where(step.id)}: ${p}`));
    }
  });

  service.steps.forEach((step, index) => {
    const forward = (target: string, label: string) => {
      if (target === END) {
        if (submitsAnswers(service) && step.type !== "check-answers") {
          problems.push(`${where(step.id)}: ${label} ends the flow before check-answers`);
        }
        return;
      }
      const targetIndex = indexById.get(target);
      if (targetIndex === undefined) problems.push(`${where(step.id)}: ${label} "${target}" does not exist`);
      else if (targetIndex <= index)
        problems.push(`${where(step.id)}: ${label} "${target}" points backwards`);
    };
    if (step.next !== undefined) forward(step.next, "next");
    for (const route of step.routes) {
      forward(route.goTo, "route target");
      const asked = fieldIndex.get(route.when.field);
      if (asked === undefined || asked.index > index) {
        problems.push(`${where(step.id)}: route condition on "${route.when.field}", not an earlier question`);
        continue;
      }
      if (asked.answer.type !== "radio" && asked.answer.type !== "select") {
        problems.push(`${where(step.id)}: route condition on "${route.when.field}", which has no options`);
        continue;
      }
      if (!asked.answer.options.some((o) => o.value === route.when.equals)) {
        problems.push(
          `${where(step.id)}: route value "${route.when.equals}" is not an option of "${route.when.field}"`,
        );
      }
    }
  });

  const last = service.steps.at(-1);
  const checkIndex = service.steps.findIndex((s) => s.type === "check-answers");
  if (submitsAnswers(service) && last?.type !== "check-answers") {
    problems.push(`${service.id}: a ${service.kind} submits answers, so its last step must be check-answers`);
  }
  if (checkIndex !== -1 && checkIndex !== service.steps.length - 1) {
    problems.push(`${service.id}: check-answers must be the last step (submission follows it)`);
  }
  if (checkIndex !== -1 && fieldIndex.size === 0) {
    problems.push(`${service.id}: check-answers with no question to check`);
  }
  return problems;
}

function checkAnswer(answer: Answer): string[] {
  switch (answer.type) {
    case "text": {
      const problems: string[] = [];
      if (answer.minLength > answer.maxLength) problems.push("minLength above maxLength");
      if (answer.pattern !== undefined) {
        if (answer.patternHint === undefined) problems.push("pattern without a patternHint for the resident");
        try {
          // Core and the page compile patterns with the u flag (core/services/check-answers.ts).
          new RegExp(answer.pattern, "u");
        } catch {
          problems.push(`pattern ${answer.pattern} is not a regular expression`);
        }
      }
      return problems;
    }
    case "number":
      return answer.min > answer.max ? ["min above max"] : [];
    case "date":
      return answer.minDaysFromToday > answer.maxDaysFromToday ? ["date range is empty"] : [];
    case "select":
    case "radio": {
      const values = answer.options.map((o) => o.value);
      return new Set(values).size === values.length ? [] : ["duplicate option values"];
    }
    case "phone":
    case "id-number":
    case "fuzhou-address":
    case "photo":
    case "consent":
      return [];
  }
}
