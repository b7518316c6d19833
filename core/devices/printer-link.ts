import type { DeviceStatus } from "../api";
import type { DeviceMonitor } from "./device-monitor";
import type { PrinterService } from "./printer/printer-service";

/** The printer as a DeviceMonitor: its state, paper and cover for the status bar and heartbeat. */
export function linkPrinter(printer: PrinterService): DeviceMonitor {
  return {
    status(): DeviceStatus {
      const s = printer.status();
      return {
        connection: s.connection,
        state: s.state,
        port: s.port,
        paper: s.paper,
        coverOpen: s.coverOpen,
        ...(s.lastError === undefined ? {} : { lastError: s.lastError }),
      };
    },
    onChange: (listener) => printer.onChange(listener),
    start: () => printer.start(),
    stop: () => printer.stop(),
  };
}
