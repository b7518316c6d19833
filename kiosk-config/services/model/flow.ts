import { END } from "./end";
import type { ServiceDefinition, Step } from "./schema";

/** Answers as the flow engine keeps them: field id → value (multiple selects keep string arrays). */
export type Answers = Readonly<Record<string, unknown>>;

/**
 * The step after `stepId` given the answers so far: the first matching route, else `next`, else
 * the following step; undefined when the flow is over (submit, or show the query result).
 */
export function nextStepId(service: ServiceDefinition, stepId: string, answers: Answers): string | undefined {
  const index = service.steps.findIndex((s) => s.id === stepId);
  const step = service.steps[index];
  if (step === undefined) throw new Error(`${service.id}: no step "${stepId}"`);
  for (const route of step.routes) {
    if (answers[route.when.field] === route.when.equals) return route.goTo === END ? undefined : route.goTo;
  }
  if (step.next === END) return undefined;
  return step.next ?? service.steps[index + 1]?.id;
}

/**
 * The steps a resident with these answers walks through, in order (what check-answers lists, and
 * what core checks before submitting). The catalog checks forbid backward routes, but a definition
 * reaching core or the page is walked at most once per step all the same: a loop must not hang it.
 */
export function pathThrough(service: ServiceDefinition, answers: Answers): Step[] {
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
