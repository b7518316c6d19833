import { Listeners } from "../../transport/listeners";
import type { ByteTransport } from "../../transport/types";
import {
  encodeAsb,
  encodeRealTime,
  type PaperState,
  type PrinterErrorKind,
  type PrinterStatus,
} from "../../printer/status";
import type { VirtualPrinterController, VirtualPrinterOptions } from "./controller";
import { paperMovedMm, usesPaperLine } from "./paper-motion";
import { type DecodedTicket, TicketAssembler } from "./ticket";
import { isRealTime, type WireCommand, WireDecoder } from "./wire-decoder";
import { WirePacer } from "./wire-pacer";

export type { VirtualPrinterController, VirtualPrinterOptions } from "./controller";

const SLOW_MM_PER_S = 20;

/**
 * A virtual thermal printer that speaks the real wire protocol over any ByteTransport.
 *
 * Bytes are consumed at the link's pace; real-time commands (DLE EOT, DLE ENQ, DLE DC4) are
 * answered on arrival, everything else goes through a print buffer that stops while the paper is
 * out or the cover open and continues when the cause clears, as a real printer does.
 */
export class VirtualPrinter implements VirtualPrinterController {
  readonly #pacer: WirePacer;
  readonly #keep: number;
  readonly #capacity: number | null;
  readonly #flow: "none" | "xonxoff";
  #bufferedBytes = 0;
  #xoffSent = false;
  #dropped = 0;
  #speed: number | null;
  #transport: ByteTransport | null = null;
  #offTransport: (() => void)[] = [];
  #decoder = new WireDecoder();
  #assembler = new TicketAssembler();
  #printQueue: { command: WireCommand; length: number }[] = [];
  #mechanismBusyUntil = 0;
  #mechanismTimer: NodeJS.Timeout | null = null;
  #paper: PaperState = "ok";
  #paperRemainingLines: number | null = null;
  #coverOpen = false;
  #error: PrinterErrorKind | null = null;
  #asbEnabled = false;
  #pluggedIn = true;
  #powered = true;
  #tickets: DecodedTicket[] = [];
  readonly #ticketListeners = new Listeners<[DecodedTicket]>();
  readonly #changeListeners = new Listeners<[PrinterStatus]>();

  constructor(options: VirtualPrinterOptions = {}) {
    this.#pacer = new WirePacer(options.baudRate ?? 115200, (chunks) => this.#arrived(chunks));
    this.#speed = options.printSpeedMmPerS ?? null;
    this.#keep = options.keepTickets ?? 20;
    this.#capacity = options.receiveBufferBytes ?? null;
    this.#flow = options.flowControl ?? "none";
  }

  /** Bytes dropped because the receive buffer was full and the host did not stop (no flow control). */
  get droppedBytes(): number {
    return this.#dropped;
  }

  /** Connects to a transport (a new one after a disconnect models a replug). */
  attach(transport: ByteTransport): void {
    this.#detach();
    this.#transport = transport;
    this.#decoder = new WireDecoder();
    this.#asbEnabled = false;
    this.#offTransport = [
      transport.onData((bytes) => this.#receive(bytes)),
      transport.onClose(() => this.#detach()),
    ];
  }

  get connected(): boolean {
    return this.#transport?.isOpen ?? false;
  }

  status(): PrinterStatus {
    return {
      online: !this.#coverOpen && this.#paper !== "out" && this.#error === null,
      paper: this.#paper,
      coverOpen: this.#coverOpen,
      error: this.#error,
    };
  }

  setPaper(paper: PaperState): void {
    this.#paper = paper;
    this.#paperRemainingLines = null;
    this.#changed();
  }

  /** Paper runs out after this many more printed lines (deterministic mid-job paper-out). */
  setPaperRemaining(lines: number): void {
    this.#paperRemainingLines = lines;
  }

  setCoverOpen(open: boolean): void {
    this.#coverOpen = open;
    this.#changed();
  }

  /**
   * Switches the printer off or on with the cable still in: off, it neither answers nor prints
   * (what a host sees as silence and times out on); on again, it starts afresh like after ESC @.
   */
  setPowered(on: boolean): void {
    this.#powered = on;
    if (!on) {
      this.#asbEnabled = false;
      this.#pacer.clear();
      this.#clearBuffers();
      this.#decoder = new WireDecoder();
    }
  }

  /** Simulates a printer fault, e.g. "autocutter"; DLE ENQ clears recoverable ones. */
  setError(error: PrinterErrorKind | null): void {
    this.#error = error;
    this.#changed();
  }

  setSpeed(speed: number | "slow" | "fast"): void {
    this.#speed = speed === "fast" ? null : speed === "slow" ? SLOW_MM_PER_S : speed;
  }

  async disconnect(): Promise<void> {
    this.#pluggedIn = false;
    const transport = this.#transport;
    this.#detach();
    await transport?.close();
  }

  reconnect(): void {
    this.#pluggedIn = true;
  }

  get pluggedIn(): boolean {
    return this.#pluggedIn;
  }

  recentTickets(): DecodedTicket[] {
    return [...this.#tickets];
  }

  /** The ticket being printed now (no cut yet). */
  pendingTicket(): DecodedTicket {
    return this.#assembler.pending();
  }

  onTicket(listener: (ticket: DecodedTicket) => void): () => void {
    return this.#ticketListeners.add(listener);
  }

  onStatusChange(listener: (status: PrinterStatus) => void): () => void {
    return this.#changeListeners.add(listener);
  }

  // ── receiving, paced at the link speed ──────────────────────────────────

  #receive(bytes: Uint8Array): void {
    if (this.#powered) this.#pacer.push(bytes);
  }

  #arrived(chunks: Uint8Array[]): void {
    for (const bytes of chunks) {
      for (const sized of this.#decoder.pushSized(bytes)) {
        if (isRealTime(sized.command)) this.#realTime(sized.command);
        else this.#buffer(sized);
      }
    }
    this.#pump();
  }

  /**
   * Puts a command into the receive buffer. A full buffer drops it when the host has no flow
   * control (as real printers silently drop overflow); with XON/XOFF the host was told to
   * stop at three quarters full, so it only overshoots by what was already on the wire.
   */
  #buffer(sized: { command: WireCommand; length: number }): void {
    const capacity = this.#capacity;
    if (capacity !== null && this.#flow === "none" && this.#bufferedBytes + sized.length > capacity) {
      this.#dropped += sized.length;
      return;
    }
    this.#printQueue.push(sized);
    this.#bufferedBytes += sized.length;
    if (
      capacity !== null &&
      this.#flow === "xonxoff" &&
      !this.#xoffSent &&
      this.#bufferedBytes >= (capacity * 3) / 4
    ) {
      this.#xoffSent = true;
      this.#send(Uint8Array.of(0x13));
    }
  }

  #released(length: number): void {
    this.#bufferedBytes = Math.max(0, this.#bufferedBytes - length);
    const capacity = this.#capacity;
    if (this.#xoffSent && capacity !== null && this.#bufferedBytes <= capacity / 4) {
      this.#xoffSent = false;
      this.#send(Uint8Array.of(0x11));
    }
  }

  #realTime(command: WireCommand): void {
    if (command.kind === "rt-status") {
      const replies = encodeRealTime(this.status());
      const byte = [replies.printer, replies.offlineCause, replies.errorCause, replies.paperSensor][
        command.n - 1
      ];
      if (byte !== undefined) this.#send(Uint8Array.of(byte));
    } else if (command.kind === "rt-recover") {
      if (this.#error === "auto-recoverable" || this.#error === "mechanical" || this.#error === "autocutter")
        this.#error = null;
      if (command.n === 2) this.#clearBuffers();
      this.#changed();
    } else if (command.kind === "rt-clear-buffers") {
      this.#clearBuffers();
    }
  }

  #clearBuffers(): void {
    this.#printQueue = [];
    this.#released(this.#bufferedBytes);
    this.#assembler.discard();
  }

  // ── the print mechanism ─────────────────────────────────────────────────

  #pump(): void {
    if (this.#mechanismTimer !== null) return;
    for (;;) {
      if (!this.status().online) return; // stopped: resumes from #changed()
      const wait = this.#mechanismBusyUntil - performance.now();
      if (wait > 0) {
        this.#mechanismTimer = setTimeout(() => {
          this.#mechanismTimer = null;
          this.#pump();
        }, wait);
        return;
      }
      const next = this.#printQueue.shift();
      if (next === undefined) return;
      this.#released(next.length);
      this.#execute(next.command);
    }
  }

  #execute(command: WireCommand): void {
    if (command.kind === "paper-status-request") {
      this.#send(Uint8Array.of((this.#paper !== "ok" ? 0x03 : 0) | (this.#paper === "out" ? 0x0c : 0)));
      return;
    }
    if (command.kind === "process-id-request") {
      const id = Array.from(command.id, (c) => c.charCodeAt(0));
      this.#send(Uint8Array.of(0x37, 0x22, ...id, 0));
      return;
    }
    if (command.kind === "asb") {
      this.#asbEnabled = command.mask !== 0;
      if (this.#asbEnabled) this.#send(encodeAsb(this.status()));
      return;
    }
    const ticket = this.#assembler.apply(command);
    const printedMm = paperMovedMm(command);
    if (printedMm > 0) {
      if (this.#speed !== null)
        this.#mechanismBusyUntil = performance.now() + (printedMm / this.#speed) * 1000;
      this.#usePaper(command);
    }
    if (ticket !== null) {
      this.#tickets.push(ticket);
      if (this.#tickets.length > this.#keep) this.#tickets.shift();
      this.#ticketListeners.emit(ticket);
    }
  }

  #usePaper(command: WireCommand): void {
    if (this.#paperRemainingLines === null || !usesPaperLine(command)) return;
    this.#paperRemainingLines -= 1;
    if (this.#paperRemainingLines <= 0) {
      this.#paperRemainingLines = null;
      this.#paper = "out";
      this.#changed();
    }
  }

  #changed(): void {
    const status = this.status();
    if (this.#asbEnabled) this.#send(encodeAsb(status));
    this.#changeListeners.emit(status);
    this.#pump();
  }

  #send(bytes: Uint8Array): void {
    const transport = this.#transport;
    if (transport === null || !transport.isOpen) return;
    transport.write(bytes).catch(() => undefined);
  }

  #detach(): void {
    for (const off of this.#offTransport) off();
    this.#offTransport = [];
    this.#transport = null;
    this.#pacer.clear();
    if (this.#mechanismTimer !== null) clearTimeout(this.#mechanismTimer);
    this.#mechanismTimer = null;
    this.#printQueue = [];
    this.#bufferedBytes = 0;
    this.#xoffSent = false;
    this.#assembler.discard();
  }
}
