import type { ServiceDefinition, Step } from "../../../kiosk-config/services/model/schema";

/**
 * The step target meaning "the flow is over". The renderer may import kiosk-config for types only,
 * so this mirrors kiosk-config/services/end.ts; the catalog tests keep that file's value fixed.
 */
export const END = "end";

/** Answers as the flow keeps them: field id → value. */
export type FlowAnswers = Readonly<Record<string, string | number | boolean | readonly string[]>>;

/**
 * The step after `stepId`: the first matching route, else `next`, else the following step;
 * undefined when the flow is over (submit, run the query, take the ticket).
 */
export function nextStepId(
  service: ServiceDefinition,
  stepId: string,
  answers: FlowAnswers,
): string | undefined {
  const index = service.steps.findIndex((s) => s.id === stepId);
  const step = service.steps[index];
  if (step === undefined) return undefined;
  for (const route of step.routes) {
    if (answers[route.when.field] === route.when.equals) return route.goTo === END ? undefined : route.goTo;
  }
  if (step.next === END) return undefined;
  return step.next ?? service.steps[index + 1]?.id;
}

/** The steps a resident with these answers walks through, in order (what check-answers lists). */
export function pathThrough(service: ServiceDefinition, answers: FlowAnswers): Step[] {
  const path: Step[] = [];
  const seen = new Set<string>();
  let id: string | undefined = service.steps[0]?.id;
  while (id !== undefined && !seen.has(id)) {
    seen.add(id);
    const current = id;
    const step = service.steps.find((s) => s.id === current);
    if (step === undefined) break;
    path.push(step);
    id = nextStepId(service, current, answers);
  }
  return path;
}

/** Only the answers to questions on the resident's current path: a changed route drops the rest. */
export function answersOnPath(service: ServiceDefinition, answers: FlowAnswers): FlowAnswers {
  const kept: Record<string, FlowAnswers[string]> = {};
  for (const step of pathThrough(service, answers)) {
    if (step.type !== "question") continue;
    const value = answers[step.field];
    if (value !== undefined) kept[step.field] = value;
  }
  return kept;
}
