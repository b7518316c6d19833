import { randomUUID } from "node:crypto";
import type { PrintDocument } from "../../../drivers/printer/document";
import type { EncodedJob } from "../../../drivers/printer/encoder";
import type { EscPosPrinter } from "../../../drivers/printer/printer";
import type { VirtualPrinter } from "../../../drivers/sim/printer/virtual-printer";
import type { ByteTransport } from "../../../drivers/transport/types";
import { buildLayout, type TicketPreview } from "../../../kiosk-config/layouts/index";
import { connectPrinter } from "./connect";
import { openPrinterDevice } from "./open-device";
import {
  type PrinterOpener,
  type PrinterServiceOptions,
  type ResolvedPrinterOptions,
  resolvePrinterOptions,
} from "./options";
import { previewLayout } from "./preview";
import { encodeJob, printFailure, type PrintResult } from "./print-job";
import { Reconnector } from "./reconnect";
import { builtInSimulator } from "./simulator";
import { fromPrinter, type PrinterServiceStatus, reasonText, StatusBoard } from "./status";
import { StatusPoll } from "./status-poll";

export type { PrintResult } from "./print-job";
export type { PrinterServiceStatus } from "./status";

/**
 * The kiosk's receipt printer: opens the device from config (or the built-in virtual printer),
 * follows its status, reconnects when an unplugged printer's path returns, and prints layouts,
 * reporting success only once the printer confirmed the job.
 *
 * This file is the lifecycle; its parts are the connect step (connect.ts), the retry timer
 * (reconnect.ts), the idle health probe and self-recovery (status-poll.ts), the status and its
 * listeners (status.ts), the virtual printer (simulator.ts) and the job encoding (print-job.ts).
 */
export class PrinterService {
  #given: PrinterServiceOptions;
  #options: ResolvedPrinterOptions;
  #open: PrinterOpener;
  #simulator: VirtualPrinter | null;
  readonly #warn: (message: string) => void;
  readonly #board: StatusBoard;
  readonly #reconnect: Reconnector;
  readonly #poll: StatusPoll;
  #printer: EscPosPrinter | null = null;
  #transport: ByteTransport | null = null;
  #running = false;
  /** Jobs in flight: idle probes and automatic recovery wait while any job runs. */
  #jobsInFlight = 0;
  #jobs = 0;
  /** Jobs the printer confirmed since start: the menu's paper counter. */
  #printed = 0;

  constructor(options: PrinterServiceOptions) {
    this.#given = options;
    this.#options = resolvePrinterOptions(options);
    const sim =
      this.#options.port === "sim" ? builtInSimulator(this.#options.baudRate, options.simulator) : null;
    this.#simulator = sim?.simulator ?? null;
    this.#open = sim?.open ?? options.open ?? openPrinterDevice;
    this.#warn = options.warn ?? (() => undefined);
    this.#board = new StatusBoard(this.#initialStatus());
    this.#reconnect = new Reconnector(this.#options.reconnectIntervalMs, () => void this.#connect());
    this.#poll = new StatusPoll({
      intervalMs: this.#options.statusPollMs,
      busy: () => this.#jobsInFlight > 0,
      current: () => this.#printer,
      offline: () => this.#board.get().state === "offline",
      heard: (status) => {
        this.#board.update(fromPrinter(status));
      },
      lost: (error) => {
        this.#board.offline(error);
      },
    });
  }

  /** The virtual printer's controls when `port` is "sim", else null. */
  get simulator(): VirtualPrinter | null {
    return this.#simulator;
  }

  get baudRate(): number {
    return this.#options.baudRate;
  }

  /** Jobs the printer confirmed since the kiosk started. */
  get printedJobs(): number {
    return this.#printed;
  }

  #initialStatus(): PrinterServiceStatus {
    const sim = this.#simulator !== null;
    return {
      connection: sim ? "sim" : /^\/dev\/usb\/lp/.test(this.#options.port) ? "usb" : "serial",
      state: "starting",
      port: sim ? "built-in simulator" : this.#options.port,
      paper: "ok",
      coverOpen: false,
    };
  }

  /**
   * Closes the device and opens the one at `port` and `baudRate` (the maintenance menu's choice),
   * keeping every listener. Throws RangeError, before closing anything, on a bad option.
   */
  async reopen(choice: { port: string; baudRate: number }): Promise<void> {
    const given = { ...this.#given, port: choice.port, baudRate: choice.baudRate };
    const options = resolvePrinterOptions(given);
    await this.stop();
    this.#given = given;
    this.#options = options;
    const sim = options.port === "sim" ? builtInSimulator(options.baudRate, given.simulator) : null;
    this.#simulator = sim?.simulator ?? null;
    this.#open = sim?.open ?? given.open ?? openPrinterDevice;
    this.#board.update({ ...this.#initialStatus(), lastError: undefined });
    await this.start();
  }

  /**
   * Prints a document that is not a layout (the technician's test page), cut as asked; resolves
   * once the printer confirmed it, like `print`.
   */
  async printDocument(document: PrintDocument, label: string, cut: "partial" | "full"): Promise<PrintResult> {
    this.#jobs += 1;
    const printer = this.#printer;
    if (printer === null) return printFailure("offline");
    const job = encodeJob(document, { layoutId: label, number: this.#jobs, cut }, this.#options, this.#warn);
    return this.#run(printer, job);
  }

  /** Opens the printer; resolves after the first attempt whether or not the printer is there. */
  async start(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    await this.#connect();
  }

  async stop(): Promise<void> {
    this.#running = false;
    this.#reconnect.cancel();
    this.#poll.stop();
    this.#printer?.detach();
    this.#printer = null;
    const transport = this.#transport;
    this.#transport = null;
    await transport?.close();
  }

  status(): PrinterServiceStatus {
    return this.#board.get();
  }

  /** Subscribes to status changes; returns an unsubscribe function. */
  on(_event: "status-changed", listener: (status: PrinterServiceStatus) => void): () => void {
    return this.#board.on(listener);
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
    if (printer === null) return printFailure("offline");
    const job = encodeJob(document, { layoutId, number: this.#jobs }, this.#options, this.#warn);
    return this.#run(printer, job, jobId);
  }

  async #run(printer: EscPosPrinter, job: EncodedJob, jobId: string = randomUUID()): Promise<PrintResult> {
    this.#jobsInFlight += 1;
    try {
      const result = await printer.print(job);
      if (result.ok) {
        this.#printed += 1;
        return { ok: true, jobId };
      }
      this.#board.update({ lastError: `print: ${result.detail}` });
      return printFailure(result.reason);
    } finally {
      this.#jobsInFlight -= 1;
    }
  }

  async #connect(): Promise<void> {
    if (!this.#running) return;
    let link: Awaited<ReturnType<typeof connectPrinter>>;
    try {
      link = await connectPrinter(this.#options, this.#open, () => !this.#isRunning());
    } catch (error) {
      const port = this.#board.get().port;
      this.#board.update({ state: "offline", lastError: `cannot open ${port}: ${reasonText(error)}` });
      this.#scheduleReconnect();
      return;
    }
    if (link === null) return;
    const { transport, printer } = link;
    this.#transport = transport;
    this.#printer = printer;
    printer.onStatus((status) => {
      this.#poll.observe(printer, status);
    });
    transport.onClose((error) => {
      if (this.#transport !== transport) return;
      printer.detach();
      this.#printer = null;
      this.#transport = null;
      this.#poll.stop();
      this.#board.update({ state: "offline", lastError: `disconnected${error ? `: ${error.message}` : ""}` });
      this.#scheduleReconnect();
    });
    try {
      this.#board.update(fromPrinter(await printer.open()));
    } catch (error) {
      this.#board.offline(error);
    }
    // Not for a printer whose device closed while it was being opened: the reconnect took over.
    if (this.#printer === printer) this.#poll.start(printer);
  }

  /** A call, not a field read, so the check is not narrowed away across an await. */
  #isRunning(): boolean {
    return this.#running;
  }

  #scheduleReconnect(): void {
    if (this.#running) this.#reconnect.schedule();
  }
}
