import type { RolloutRow } from "../db/schema";
import type { KioskState } from "./fleet-state";

/** Where one kiosk stands in a rollout. */
export type KioskOutcome = "done" | "pending" | "failed" | "silent";

/**
 * Judged from what the kiosk reports: done once it runs the change; failed when it reports that
 * applying this very change was refused or rolled back; silent when it stopped reporting.
 */
export function outcomeOf(rollout: RolloutRow, kiosk: KioskState): KioskOutcome {
  const r = kiosk.reported;
  if (rollout.kind === "config") {
    const target = rollout.config_version ?? 0;
    if (r !== null && r.configVersion >= target) return "done";
    // Only a refusal of this very version counts (a kiosk without configApplyVersion cannot say
    // which version it refused, so it can only be done, pending or silent).
    if (r?.configApplyVersion === target && /^(rolled_back|rejected:)/.test(r.configState ?? ""))
      return "failed";
  } else {
    if (r !== null && r.appVersion === rollout.app_version) return "done";
    if (
      r?.lastAppUpdate !== undefined &&
      r.lastAppUpdate.version === rollout.app_version &&
      r.lastAppUpdate.outcome !== "installed"
    ) {
      return "failed";
    }
  }
  return kiosk.silent ? "silent" : "pending";
}
