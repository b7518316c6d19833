import type { RolloutRow } from "../db/schema";
import { groupOf, RolloutGroups } from "./groups";

/**
 * True when the rollout's change has reached the kiosk: the kiosk sits in a group that has
 * started. A rolled-back rollout reaches nobody; a cancelled one stays with the kiosks it reached.
 */
export function releasedTo(rollout: RolloutRow, kioskId: string): boolean {
  if (rollout.status === "rolled-back") return false;
  const groups = RolloutGroups.parse(JSON.parse(rollout.groups_json));
  const g = groupOf(groups, rollout.id, kioskId);
  return g !== -1 && g <= rollout.group_index;
}
