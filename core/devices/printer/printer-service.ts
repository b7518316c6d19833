import { randomUUID } from "node:crypto";
import { encodeDocument } from "../../../drivers/printer/encoder";
import { printFailureMessages, type PrintFailureReason } from "../../../drivers/printer/messages";
import { EscPosPrinter } from "../../../drivers/printer/printer";
import type { PaperState, PrinterStatus } from "../../../drivers/printer/status";
import { VirtualPrinter } from "../../../drivers/sim/printer/virtual-printer";
import { memoryPair } from "../../../drivers/transport/memory";
import type { ByteTransport } from "../../../drivers/transport/types";
import { buildLayout, type TicketPreview } from "../../../kiosk-config/layouts/index";
import { openPrinterDevice } from "./open-device";
import {
  type PrinterOpener,
  type PrinterServiceOptions,
  type ResolvedPrinterOptions,
  resolvePrinterOptions,
} from "./options";
import { previewLayout } from "./preview";

/** The printer as the status bar, maintenance menu and heartbeat see it (a DeviceStatus). */
export interface PrinterServiceStatus {
  connection: "sim" | "serial" | "usb";
  state: "online" | "offline" | "error" | "starting";
  port: string;
  paper: PaperState;
  coverOpen: boolean;
  lastError?: string;
}

export type PrintResult =
  | { ok: true; jobId: string }
  | { ok: false; reason: PrintFailureReason; zh: string; en: string };

/**
 * The kiosk's receipt printer: opens the device from config (or the built-in virtual printer),
 * follows its status, reconnects when an unplugged printer's path returns, and prints layouts,
 * reporting success only once the printer confirmed the job.
 */
export class PrinterService {
  /** The virtual printer's controls when `port` is "sim", else null. */
  readonly simulator: VirtualPrinter | null;
  readonly #options: ResolvedPrinterOptions;
  readonly #open: PrinterOpener;
  readonly #warn: (message: string) => void;
  readonly #listeners = new Set<(status: PrinterServiceStatus) => void>();
  #printer: EscPosPrinter | null = null;
  #transport: ByteTransport | null = null;
  #status: PrinterServiceStatus;
  #running = false;
  #reconnectTimer: NodeJS.Timeout | null = null;
  #pollTimer: NodeJS.Timeout | null = null;
  /** Jobs in flight: idle probes and automatic recovery wait while any job runs. */
  #jobsInFlight = 0;
  #lastRecoveryAt = 0;
  #jobs = 0;

  constructor(options: PrinterServiceOptions) {
    this.#options = resolvePrinterOptions(options);
    const sim = this.#options.port === "sim";
    this.simulator = sim
      ? new VirtualPrinter({ baudRate: this.#options.baudRate, ...options.simulator })
      : null;
    this.#warn = options.warn ?? (() => undefined);
    this.#open = sim ? () => this.#openSimulator() : (options.open ?? openPrinterDevice);
    this.#status = {
      connection: sim ? "sim" : /^\/dev\/usb\/lp/.test(this.#options.port) ? "usb" : "serial",
      state: "starting",
      port: sim ? "built-in simulator" : this.#options.port,
      paper: "ok",
      coverOpen: false,
    };
  }

  /** Opens the printer; resolves after the first attempt whether or not the printer is there. */
  async start(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    await this.#connect();
  }

  async stop(): Promise<void> {
    this.#running = false;
    if (this.#reconnectTimer !== null) clearTimeout(this.#reconnectTimer);
    if (this.#pollTimer !== null) clearInterval(this.#pollTimer);
    this.#reconnectTimer = null;
    this.#pollTimer = null;
    this.#printer?.detach();
    this.#printer = null;
    const transport = this.#transport;
    this.#transport = null;
    await transport?.close();
  }

  status(): PrinterServiceStatus {
    return { ...this.#status };
  }

  /** Subscribes to status changes; returns an unsubscribe function. */
  on(_event: "status-changed", listener: (status: PrinterServiceStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** DeviceMonitor shape, for the runtime. */
  onChange(listener: () => void): () => void {
    return this.on("status-changed", () => listener());
  }

  /** The on-screen preview of what `print` would put on paper. Throws LayoutDataError on bad data. */
  preview(layoutId: string, data: unknown): TicketPreview {
    return previewLayout(layoutId, data, this.#options.paperWidthMm);
  }

  /**
   * Prints a layout; resolves ok only after the printer confirmed the job (GS r 1 or process ID).
   * Throws LayoutDataError when the data does not fit the layout (a programming error, not a printer one).
   */
  async print(layoutId: string, data: unknown): Promise<PrintResult> {
    const document = buildLayout(layoutId, data);
    this.#jobs += 1;
    const jobId = randomUUID();
    const printer = this.#printer;
    if (printer === null) return failure("offline");
    const processId = `K${(this.#jobs % 46656).toString(36).padStart(3, "0")}`;
    const job = encodeDocument(document, {
      paperWidthMm: this.#options.paperWidthMm,
      charset: this.#options.charset,
      onSubstitute: ({ codePoint }) => {
        this.#warn(
          `printer font lacks U+${codePoint.toString(16).toUpperCase()}; printed □ instead (${layoutId})`,
        );
      },
      completion:
        this.#options.completion === "gs-r" ? { kind: "gs-r" } : { kind: "process-id", id: processId },
    });
    this.#jobsInFlight += 1;
    try {
      const result = await printer.print(job);
      if (result.ok) return { ok: true, jobId };
      this.#update({ lastError: `print: ${result.detail}` });
      return failure(result.reason);
    } finally {
      this.#jobsInFlight -= 1;
    }
  }

  // ── connection lifecycle ─────────────────────────────────────────────────

  async #connect(): Promise<void> {
    if (!this.#running) return;
    let transport: ByteTransport;
    try {
      transport = await this.#open(this.#options.port, {
        baudRate: this.#options.baudRate,
        flowControl: this.#options.flowControl,
      });
    } catch (error) {
      this.#update({ state: "offline", lastError: `cannot open ${this.#status.port}: ${message(error)}` });
      this.#scheduleReconnect();
      return;
    }
    if (!this.#isRunning()) {
      // stop() was called while the device was opening.
      await transport.close();
      return;
    }
    this.#transport = transport;
    const printer = new EscPosPrinter(transport, {
      baudRate: this.#options.baudRate,
      jobTimeoutMs: this.#options.jobTimeoutMs,
      resumeWithinMs: this.#options.resumeWithinMs,
      queryTimeoutMs: this.#options.queryTimeoutMs,
    });
    this.#printer = printer;
    printer.onStatus((status) => {
      this.#fromPrinter(status);
      this.#recoverIfRecoverable(printer, status);
    });
    transport.onClose((error) => {
      if (this.#transport !== transport) return;
      printer.detach();
      this.#printer = null;
      this.#transport = null;
      if (this.#pollTimer !== null) clearInterval(this.#pollTimer);
      this.#pollTimer = null;
      this.#update({ state: "offline", lastError: `disconnected${error ? `: ${error.message}` : ""}` });
      this.#scheduleReconnect();
    });
    try {
      this.#fromPrinter(await printer.open());
    } catch (error) {
      this.#update({ state: "offline", lastError: message(error) });
    }
    this.#pollTimer = setInterval(() => void this.#poll(printer), this.#options.statusPollMs);
    this.#pollTimer.unref();
  }

  async #poll(printer: EscPosPrinter): Promise<void> {
    if (this.#jobsInFlight > 0 || this.#printer !== printer) return;
    try {
      const wasOffline = this.#status.state === "offline";
      const status = await printer.queryStatus();
      // A printer that went silent and came back may have lost its ASB setting.
      if (wasOffline) await printer.open();
      this.#fromPrinter(status);
      this.#recoverIfRecoverable(printer, status);
    } catch (error) {
      this.#update({ state: "offline", lastError: message(error) });
    }
  }

  /** A call, not a field read, so the check is not narrowed away across an await. */
  #isRunning(): boolean {
    return this.#running;
  }

  #scheduleReconnect(): void {
    if (!this.#running || this.#reconnectTimer !== null) return;
    this.#reconnectTimer = setTimeout(() => {
      this.#reconnectTimer = null;
      void this.#connect();
    }, this.#options.reconnectIntervalMs);
    this.#reconnectTimer.unref();
  }

  #openSimulator(): Promise<ByteTransport> {
    const simulator = this.simulator;
    if (simulator === null || !simulator.pluggedIn)
      return Promise.reject(new Error("virtual printer unplugged"));
    const [host, device] = memoryPair("virtual printer");
    simulator.attach(device);
    return Promise.resolve(host);
  }

  /**
   * Sends DLE ENQ 2 for an error the printer can recover from (escpos.md §3.5), at most once per
   * poll interval so a persistent fault (a real jam) is not hammered.
   */
  #recoverIfRecoverable(printer: EscPosPrinter, status: PrinterStatus): void {
    if (status.error === null || status.error === "unrecoverable" || this.#jobsInFlight > 0) return;
    const now = Date.now();
    if (now - this.#lastRecoveryAt < this.#options.statusPollMs) return;
    this.#lastRecoveryAt = now;
    printer.recover().catch(() => undefined);
  }

  #fromPrinter(status: PrinterStatus): void {
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
    this.#update({
      state,
      paper: status.paper,
      coverOpen: status.coverOpen,
      lastError: problem ?? undefined,
    });
  }

  #update(change: Partial<PrinterServiceStatus>): void {
    const next: PrinterServiceStatus = { ...this.#status, ...change };
    if (next.lastError === undefined) delete next.lastError;
    const before = JSON.stringify(this.#status);
    this.#status = next;
    if (JSON.stringify(next) === before) return;
    for (const listener of [...this.#listeners]) listener(this.status());
  }
}

function failure(reason: PrintFailureReason): PrintResult {
  return { ok: false, reason, ...printFailureMessages[reason] };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
