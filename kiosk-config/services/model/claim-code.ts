import type { ServiceDefinition } from "./schema";

/**
 * What the central service's claim code is for, or null when it means nothing to the resident:
 * - "collect": an approved application whose result (a card, a licence) is collected at a
 *   counter with the code;
 * - "reward": a report that offers the reporting reward (it asks whether to report anonymously:
 *   an anonymous reporter has no other way to be found).
 * A 12345 consultation or suggestion also gets a code from central, but offers no reward, so it
 * is neither shown nor printed.
 */
export type ClaimCodeUse = "collect" | "reward";

export function claimCodeUse(
  service: Pick<ServiceDefinition, "kind" | "steps">,
  status: "approved" | "accepted" | "pending" | "rejected",
): ClaimCodeUse | null {
  if (service.kind === "report") {
    const offersReward = service.steps.some((s) => s.type === "question" && s.field === "anonymous");
    return offersReward ? "reward" : null;
  }
  return status === "approved" ? "collect" : null;
}
