import type { KioskState } from "../rollouts/fleet-state";

/** Alert kinds the sweep opens and resolves by itself, with how urgent each is. */
export const SWEPT_KINDS = {
  "paper-near-end": "warning",
  "paper-out": "critical",
  "cover-open": "warning",
  "reader-fault": "critical",
  "printer-fault": "critical",
  "kiosk-silent": "critical",
  "outbox-depth": "warning",
  "parked-items": "warning",
  "config-drift": "warning",
  "app-drift": "warning",
} as const;
export type SweptKind = keyof typeof SWEPT_KINDS;

export interface AlertThresholds {
  /** outbox items waiting before "outbox-depth" opens; default 100 */
  outboxDepth: number;
  /** parked items before "parked-items" opens; default 0 (any parked item) */
  parked: number;
}
export const DEFAULT_THRESHOLDS: AlertThresholds = { outboxDepth: 100, parked: 0 };

/** What the kiosk should run, for the drift checks. */
export interface Desired {
  configVersion: number;
  configDigest: string | null;
  appVersion: string | null;
}

/**
 * The conditions that hold for one kiosk now, each with the facts a duty officer needs. A
 * revoked kiosk raises nothing; a silent one only "kiosk-silent" (its last report is old news).
 */
export function conditionsOf(
  kiosk: KioskState,
  desired: Desired,
  thresholds: AlertThresholds,
): Map<SweptKind, Record<string, unknown>> {
  const found = new Map<SweptKind, Record<string, unknown>>();
  if (kiosk.revoked) return found;
  if (kiosk.silent) {
    if (kiosk.lastSeen !== null)
      found.set("kiosk-silent", { lastSeen: kiosk.lastSeen, intervalSeconds: kiosk.intervalSeconds });
    return found;
  }
  const r = kiosk.reported;
  if (r === null) return found;
  const printer = r.devices.printer;
  if (printer.paper === "near-end") found.set("paper-near-end", {});
  if (printer.paper === "out") found.set("paper-out", {});
  if (printer.coverOpen) found.set("cover-open", {});
  if (printer.state === "error") found.set("printer-fault", { lastError: printer.lastError ?? null });
  const reader = r.devices.reader;
  if (reader.state === "error" || reader.state === "offline") {
    found.set("reader-fault", { state: reader.state, lastError: reader.lastError ?? null });
  }
  if (r.outboxDepth > thresholds.outboxDepth) {
    found.set("outbox-depth", { outboxDepth: r.outboxDepth, threshold: thresholds.outboxDepth });
  }
  const parked = r.parkedCount ?? 0;
  if (parked > thresholds.parked)
    found.set("parked-items", { parkedCount: parked, threshold: thresholds.parked });
  const refusedDesired =
    r.configApplyVersion === desired.configVersion && /^(rolled_back|rejected:)/.test(r.configState ?? "");
  const digestDiffers =
    r.configVersion === desired.configVersion &&
    r.configDigest !== undefined &&
    desired.configDigest !== null &&
    r.configDigest !== desired.configDigest;
  if (desired.configVersion > 0 && (refusedDesired || digestDiffers)) {
    found.set("config-drift", {
      desiredVersion: desired.configVersion,
      reportedVersion: r.configVersion,
      configState: r.configState ?? null,
      digestDiffers,
    });
  }
  if (
    desired.appVersion !== null &&
    r.appVersion !== desired.appVersion &&
    r.lastAppUpdate?.version === desired.appVersion &&
    r.lastAppUpdate.outcome !== "installed"
  ) {
    found.set("app-drift", {
      desired: desired.appVersion,
      reported: r.appVersion,
      result: r.lastAppUpdate.outcome,
    });
  }
  return found;
}
