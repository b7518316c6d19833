import type { RolloutRow } from "../db/schema";
import type { KioskState } from "./fleet-state";
import { groupOf, RolloutGroups } from "./groups";
import { outcomeOf, type KioskOutcome } from "./kiosk-outcome";
import { reaches } from "./layer-name";

export interface GroupProgress {
  name: string;
  started: boolean;
  kiosks: number;
  done: number;
  pending: number;
  failed: number;
  silent: number;
  errorThresholdPercent: number;
  /** failed + silent over kiosks, in percent (0 for an empty group) */
  errorPercent: number;
}

export interface RolloutProgress {
  groups: GroupProgress[];
  /** kiosk id → its group index and outcome, for the kiosks the rollout reaches */
  kiosks: Map<string, { group: number; outcome: KioskOutcome }>;
}

/** Counts each group's kiosks by outcome; a kiosk belongs to the first group holding it. */
export function progressOf(rollout: RolloutRow, fleet: readonly KioskState[]): RolloutProgress {
  const groups = RolloutGroups.parse(JSON.parse(rollout.groups_json));
  const counts = groups.map((g, i) => ({
    name: g.name,
    started: i <= rollout.group_index,
    kiosks: 0,
    done: 0,
    pending: 0,
    failed: 0,
    silent: 0,
    errorThresholdPercent: g.errorThresholdPercent,
    errorPercent: 0,
  }));
  const kiosks = new Map<string, { group: number; outcome: KioskOutcome }>();
  for (const kiosk of fleet) {
    if (kiosk.revoked || !reaches(rollout.layer, kiosk)) continue;
    const g = groupOf(groups, rollout.id, kiosk.id);
    const c = counts[g];
    if (c === undefined) continue;
    const outcome: KioskOutcome = c.started ? outcomeOf(rollout, kiosk) : "pending";
    kiosks.set(kiosk.id, { group: g, outcome });
    c.kiosks += 1;
    c[outcome] += 1;
  }
  for (const c of counts) c.errorPercent = c.kiosks === 0 ? 0 : ((c.failed + c.silent) * 100) / c.kiosks;
  return { groups: counts, kiosks };
}

export type Step =
  | { kind: "stay" }
  | { kind: "pause"; reason: string }
  | { kind: "advance"; to: number }
  | { kind: "complete" };

/**
 * What a running rollout does next: pause when a started group is over its error threshold;
 * start the next group once every kiosk of the started ones is done (or failed within the
 * threshold); complete after the last group.
 */
export function nextStep(rollout: RolloutRow, progress: RolloutProgress): Step {
  const started = progress.groups.filter((g) => g.started);
  const over = started.find((g) => g.errorPercent > g.errorThresholdPercent);
  if (over !== undefined) {
    return {
      kind: "pause",
      reason: `group "${over.name}": ${over.failed} failed and ${over.silent} silent of ${over.kiosks} (threshold ${over.errorThresholdPercent} %)`,
    };
  }
  if (started.some((g) => g.pending > 0)) return { kind: "stay" };
  const next = rollout.group_index + 1;
  return next < progress.groups.length ? { kind: "advance", to: next } : { kind: "complete" };
}
