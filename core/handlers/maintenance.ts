import { ticketText } from "../../drivers/sim/printer/ticket";
import { FAULT_KINDS } from "../../drivers/sim/reader/faults";
import { KioskCallError, type KioskStatus } from "../api";
import { type MaintenanceParts, runAction } from "../maintenance/actions";
import type { MaintenanceGate } from "../maintenance/gate";
import type { KioskHandlers } from "../rpc";

const RECENT_TICKETS = 10;

export function maintenanceHandlers(
  gate: MaintenanceGate,
  parts: MaintenanceParts & {
    status: () => KioskStatus;
    /** Leaving the menu wipes like an idle reset: a technician's session leaves nothing behind. */
    endResidentSession: () => void;
  },
): Pick<
  KioskHandlers,
  "unlockMaintenance" | "getMaintenanceReport" | "runMaintenanceAction" | "lockMaintenance"
> {
  const requireToken = (token: string): void => {
    if (!gate.check(token)) throw new KioskCallError("failed", "maintenance menu is locked");
  };
  return {
    unlockMaintenance: ({ pin }) => gate.unlock(pin),
    getMaintenanceReport: ({ token }) => {
      requireToken(token);
      const sync = parts.sync.status();
      const tickets = parts.printer.simulator?.recentTickets() ?? [];
      return {
        status: parts.status(),
        outbox: {
          depth: sync.outboxDepth,
          rejected: sync.rejected.map((r) => ({ serviceId: r.serviceId, reason: r.reason, at: r.at })),
        },
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
    runMaintenanceAction: ({ token, action }) => {
      requireToken(token);
      return runAction(parts, action);
    },
    lockMaintenance: ({ token }) => {
      requireToken(token);
      gate.lock();
      parts.endResidentSession();
      return { locked: true };
    },
  };
}
