import { ticketText } from "../../drivers/sim/printer/ticket";
import { FAULT_KINDS } from "../../drivers/sim/reader/faults";
import { KioskCallError, type KioskStatus, type MaintenanceReport } from "../api";
import { type MaintenanceParts, runAction } from "../maintenance/actions";
import type { MaintenanceGate } from "../maintenance/gate";
import type { MaintenanceRecords } from "../maintenance/records";
import type { Alert } from "../alerts";
import type { KioskHandlers } from "../rpc";

const RECENT_TICKETS = 10;

export function maintenanceHandlers(
  gate: MaintenanceGate,
  parts: MaintenanceParts & {
    status: () => KioskStatus;
    /** Leaving the menu wipes like an idle reset: a technician's session leaves nothing behind. */
    endResidentSession: () => void;
    /** Every unlock attempt, action and lock is written down here. */
    audit: MaintenanceRecords["audit"];
    /** Open alerts (a damaged store set aside, a full disk). */
    alerts: () => Alert[];
    /** The latest payment orders and how each ended (the kiosk store). */
    payments?: () => MaintenanceReport["payments"];
    /** The config in force, its digest and each value's layer. */
    config?: () => { version: number; digest: string; sources: Readonly<Record<string, string>> };
  },
): Pick<
  KioskHandlers,
  "unlockMaintenance" | "getMaintenanceReport" | "runMaintenanceAction" | "lockMaintenance"
> {
  const requireToken = (token: string): void => {
    if (!gate.check(token)) throw new KioskCallError("failed", "maintenance menu is locked");
  };
  return {
    unlockMaintenance: ({ pin }) => {
      const result = gate.unlock(pin);
      if (result.ok) parts.audit("pin-accepted");
      else if (result.lockedForSeconds > 0)
        parts.audit("pin-locked", { lockedForSeconds: result.lockedForSeconds });
      else parts.audit("pin-refused", { attemptsLeft: result.attemptsLeft });
      return result;
    },
    getMaintenanceReport: ({ token }) => {
      requireToken(token);
      const sync = parts.sync.status();
      const tickets = parts.printer.simulator?.recentTickets() ?? [];
      return {
        status: parts.status(),
        outbox: {
          depth: sync.outboxDepth,
          rejected: sync.rejected.map((r) => ({ serviceId: r.serviceId, reason: r.reason, at: r.at })),
          parked: sync.parked.map((p) => ({
            id: p.id,
            serviceId: p.serviceId,
            reason: p.reason,
            at: p.at,
            attempts: p.attempts,
          })),
        },
        payments: parts.payments?.() ?? [],
        alerts: parts.alerts().map((a) => ({ code: a.code, message: { "zh-CN": a.zh, en: a.en }, at: a.at })),
        ...(parts.config === undefined
          ? {}
          : { config: { ...parts.config(), sources: { ...parts.config().sources } } }),
        simulated: {
          reader: parts.reader.simulator !== null,
          printer: parts.printer.simulator !== null,
          readerFaults: parts.reader.simulator === null ? [] : [...FAULT_KINDS],
        },
        recentTickets: tickets
          .slice(-RECENT_TICKETS)
          .reverse()
          .map((t) => ({ text: ticketText(t), cut: t.cut !== "none" })),
      };
    },
    runMaintenanceAction: async ({ token, action }) => {
      requireToken(token);
      try {
        const result = await runAction(parts, action);
        parts.audit("action", { ...action, ok: result.ok, message: result.message.en });
        return result;
      } catch (error) {
        parts.audit("action", {
          ...action,
          ok: false,
          message: error instanceof Error ? error.message : String(error),
        });
        throw error;
      }
    },
    lockMaintenance: ({ token }) => {
      requireToken(token);
      parts.audit("menu-locked");
      gate.lock();
      parts.endResidentSession();
      return { locked: true };
    },
  };
}
