import type { EscPosPrinter } from "../../../drivers/printer/printer";
import type { PrinterStatus } from "../../../drivers/printer/status";

/** What the status poll needs from the service that owns the printer. */
export interface PollHost {
  /** Time between health probes while idle, ms; also the least time between two recoveries. */
  intervalMs: number;
  /** True while a job prints: probes and recovery wait for it. */
  busy(): boolean;
  /** The printer the service holds now: a poll still running for an older one does nothing. */
  current(): EscPosPrinter | null;
  /** True when the service counts the printer as offline. */
  offline(): boolean;
  /** The printer's status, as it reported it. */
  heard(status: PrinterStatus): void;
  /** The probe failed: the printer is silent or gone. */
  lost(error: unknown): void;
}

/**
 * Follows a connected printer's health while idle: a status query (DLE EOT) every interval, and
 * DLE ENQ 2 for an error the printer can recover from by itself.
 */
export class StatusPoll {
  #timer: NodeJS.Timeout | null = null;
  #lastRecoveryAt = 0;

  constructor(private readonly host: PollHost) {}

  /** Starts probing `printer` (after its first status); stops probing any earlier one. */
  start(printer: EscPosPrinter): void {
    this.stop();
    this.#timer = setInterval(() => void this.#probe(printer), this.host.intervalMs);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
  }

  /** A status from the printer, polled or sent by itself (ASB): reported, then recovered from if it can be. */
  observe(printer: EscPosPrinter, status: PrinterStatus): void {
    this.host.heard(status);
    this.#recoverIfRecoverable(printer, status);
  }

  async #probe(printer: EscPosPrinter): Promise<void> {
    if (this.host.busy() || this.host.current() !== printer) return;
    try {
      const wasOffline = this.host.offline();
      const status = await printer.queryStatus();
      // A printer that went silent and came back may have lost its ASB setting.
      if (wasOffline) await printer.open();
      this.observe(printer, status);
    } catch (error) {
      this.host.lost(error);
    }
  }

  /** At most once per poll interval, so a persistent fault (a real jam) is not hammered. */
  #recoverIfRecoverable(printer: EscPosPrinter, status: PrinterStatus): void {
    if (status.error === null || status.error === "unrecoverable" || this.host.busy()) return;
    const now = Date.now();
    if (now - this.#lastRecoveryAt < this.host.intervalMs) return;
    this.#lastRecoveryAt = now;
    printer.recover().catch(() => undefined);
  }
}
