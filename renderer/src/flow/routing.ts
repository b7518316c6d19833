import { pathThrough } from "../../../kiosk-config/services/model/flow";
import type { ServiceDefinition } from "../../../kiosk-config/services/model/schema";

/**
 * The flow's routing is the catalog's own (kiosk-config/services/model/flow.ts): the page walks a
 * service the same way core checks the answers it submits, so the two cannot disagree.
 */
export { nextStepId, pathThrough } from "../../../kiosk-config/services/model/flow";

/** Answers as the flow keeps them: field id → value. */
export type FlowAnswers = Readonly<Record<string, string | number | boolean | readonly string[]>>;

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
