import { isDiskFull } from "../store/errors";
import { recordEvent } from "../store/events";
import type { WritableDb } from "../store/handles";
import { getValue, setValue } from "../store/kv";
import { type GateMemory, GateState } from "./gate";

/** What the maintenance menu writes down: its audit trail and the PIN lockout. */
export interface MaintenanceRecords {
  /** The PIN lockout, kept across restarts. */
  readonly gate: GateMemory;
  /** One audit row per maintenance action (events table, kind "audit", source "maintenance"). */
  audit(code: string, detail?: Record<string, unknown>): void;
}

const GATE_KEY = "maintenance.gate";

/** Records in the kiosk store: audit rows in `events`, the lockout in `kv`. */
export function storeRecords(db: WritableDb, now: () => Date): MaintenanceRecords {
  return {
    gate: {
      load() {
        const text = getValue(db, GATE_KEY);
        if (text === undefined) return undefined;
        try {
          const parsed = GateState.safeParse(JSON.parse(text));
          if (parsed.success) return parsed.data;
        } catch {
          // fall through
        }
        // A damaged record must not reset the count to zero: treat it as a fresh one-minute lock.
        return { failures: 0, lockedUntil: now().getTime() + 60_000, lockouts: 1 };
      },
      save(state) {
        whileDiskAllows(() => setValue(db, GATE_KEY, JSON.stringify(state), now().toISOString()));
      },
    },
    audit(code, detail) {
      whileDiskAllows(() =>
        recordEvent(db, {
          kind: "audit",
          source: "maintenance",
          code,
          at: now().toISOString(),
          ...(detail === undefined ? {} : { detail }),
        }),
      );
    },
  };
}

/**
 * A full disk must not lock the technician out of the one menu that can help: the write is
 * skipped (the lockout still holds in memory, the alert is in the menu), any other error is not.
 */
function whileDiskAllows(write: () => void): void {
  try {
    write();
  } catch (error) {
    if (!isDiskFull(error)) throw error;
  }
}
