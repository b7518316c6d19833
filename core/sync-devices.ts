import type { HeartbeatDevices } from "../central/protocol";
import type { PrinterServiceStatus } from "./devices/printer/printer-service";
import type { ReaderStatus } from "./devices/reader/card-reader-service";

const stateOf = (state: "online" | "offline" | "error" | "starting"): HeartbeatDevices["reader"]["state"] =>
  state === "online" ? "ok" : state === "starting" ? "unknown" : state;

/**
 * Device health as the heartbeat carries it to the fleet console (the heartbeat's `devices` in
 * central/protocol.ts).
 */
export function heartbeatDevices(reader: ReaderStatus, printer: PrinterServiceStatus): HeartbeatDevices {
  return {
    reader: {
      state: stateOf(reader.state),
      ...(reader.lastError === undefined ? {} : { lastError: reader.lastError }),
    },
    printer: {
      state: stateOf(printer.state),
      paper: printer.paper,
      coverOpen: printer.coverOpen,
      ...(printer.lastError === undefined ? {} : { lastError: printer.lastError }),
    },
  };
}
