import type { PaperState, PrinterStatus } from "../../../drivers/printer/status";
import { EventHub, type ListenerFault } from "../../event-hub";

/** The printer as the status bar, maintenance menu and heartbeat see it (a DeviceStatus). */
export interface PrinterServiceStatus {
  connection: "sim" | "serial" | "usb";
  state: "online" | "offline" | "error" | "starting";
  port: string;
  paper: PaperState;
  coverOpen: boolean;
  lastError?: string;
}

/** The printer service's events and their arguments. */
export interface PrinterEvents {
  "status-changed": [status: PrinterServiceStatus];
}

/** What the printer's own status report means for the service: the state and, if any, the problem. */
export function fromPrinter(status: PrinterStatus): Partial<PrinterServiceStatus> {
  const problem = status.coverOpen
    ? "cover open"
    : status.paper === "out"
      ? "paper out"
      : status.error !== null
        ? `printer error: ${status.error}`
        : !status.online
          ? "printer offline"
          : null;
  const state =
    problem === null
      ? "online"
      : status.online || status.coverOpen || status.paper === "out" || status.error !== null
        ? "error"
        : "offline";
  return { state, paper: status.paper, coverOpen: status.coverOpen, lastError: problem ?? undefined };
}

/** An error as the status's `lastError` words it. */
export function reasonText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The service's status, announced to listeners only when it really changed. */
export class StatusBoard {
  #status: PrinterServiceStatus;
  readonly #hub: EventHub<PrinterEvents>;

  constructor(initial: PrinterServiceStatus, onFault?: ListenerFault) {
    this.#status = initial;
    this.#hub = new EventHub<PrinterEvents>(onFault);
  }

  /** A copy, so no listener can change what the next one hears. */
  get(): PrinterServiceStatus {
    return { ...this.#status };
  }

  on(listener: (status: PrinterServiceStatus) => void): () => void {
    return this.#hub.on("status-changed", listener);
  }

  /** Merges the change; `lastError: undefined` clears the last problem. */
  update(change: Partial<PrinterServiceStatus>): void {
    const next: PrinterServiceStatus = { ...this.#status, ...change };
    if (next.lastError === undefined) delete next.lastError;
    const before = JSON.stringify(this.#status);
    this.#status = next;
    if (JSON.stringify(next) === before) return;
    this.#hub.emit("status-changed", this.get());
  }

  /** The printer went away or stopped answering, for the reason given. */
  offline(reason: unknown): void {
    this.update({ state: "offline", lastError: reasonText(reason) });
  }
}
