import type { Kysely } from "kysely";
import { liveAppRollouts } from "../db/queries/rollouts";
import type { CentralSchema, RolloutRow } from "../db/schema";
import { reaches, type Placement } from "./layer-name";
import { releasedTo } from "./released";

/**
 * The app version app rollouts give a kiosk: the newest rollout that reaches its layers and
 * whose started groups hold it. Undefined when none does — then the update feed's channel
 * decides (central/updates/desired-app-version.ts consults this first).
 */
export async function rolloutAppVersionFor(
  db: Kysely<CentralSchema>,
  kiosk: Placement,
): Promise<string | undefined> {
  return appVersionAmong(await liveAppRollouts(db), kiosk);
}

/** The same, among rollouts already read (liveAppRollouts): for a sweep over the whole fleet. */
export function appVersionAmong(rollouts: readonly RolloutRow[], kiosk: Placement): string | undefined {
  for (const rollout of rollouts) {
    if (rollout.app_version !== null && reaches(rollout.layer, kiosk) && releasedTo(rollout, kiosk.id)) {
      return rollout.app_version;
    }
  }
  return undefined;
}
