import { code128Text } from "../../printer/code128";
import { decodeText } from "../../printer/text-encoding";
import type { WireCommand } from "./wire-decoder";

type Align = "left" | "center" | "right";

/** One printed line of a decoded ticket, in the order it came out of the printer. */
export type DecodedLine =
  | { kind: "text"; text: string; align: Align; bold: boolean; width: number; height: number }
  | { kind: "qr"; payload: string; align: Align; moduleSize: number; errorCorrection: string }
  | { kind: "barcode"; symbology: "code128" | "other"; data: string; align: Align }
  | { kind: "image"; widthDots: number; heightDots: number; align: Align; bits: Uint8Array }
  | { kind: "feed"; lines: number };

/** A ticket as the virtual printer saw it, from the first printed line to the cut. */
export interface DecodedTicket {
  lines: DecodedLine[];
  /** How the ticket was cut; "none" while still in the printer. */
  cut: "full" | "partial" | "none";
  /** Whether the cut was preceded by a feed to the cutter (a cut without feed cuts through text). */
  fedBeforeCut: boolean;
  /** Whether FS & (Chinese mode) was on for every text line. */
  chineseModeThroughout: boolean;
  /** Commands the printer did not understand, as hex. */
  unknownCommands: string[];
}

/** Visible text of a ticket, one line per printed line; codes shown as [QR …] and [CODE128 …]. */
export function ticketText(ticket: DecodedTicket): string {
  return ticket.lines
    .map((line) => {
      switch (line.kind) {
        case "text":
          return line.text;
        case "qr":
          return `[QR ${line.payload}]`;
        case "barcode":
          return `[${line.symbology === "code128" ? "CODE128" : "BARCODE"} ${line.data}]`;
        case "image":
          return `[image ${line.widthDots}×${line.heightDots}]`;
        case "feed":
          return "\n".repeat(Math.max(0, line.lines - 1));
      }
    })
    .join("\n");
}

const qrEccNames: Record<number, string> = { 0x30: "L", 0x31: "M", 0x32: "Q", 0x33: "H" };

/**
 * Applies print-buffer commands to a ticket being printed: the printer's mode state (alignment,
 * size, emphasis, Chinese mode) and what each command puts on paper.
 */
export class TicketAssembler {
  #lines: DecodedLine[] = [];
  #lineBytes: number[] = [];
  #mode = { align: "left" as Align, bold: false, width: 1, height: 1, chinese: false };
  #chineseThroughout = true;
  #unknown: string[] = [];
  #qr: { moduleSize: number; ecc: string; payload: Uint8Array } = {
    moduleSize: 3,
    ecc: "L",
    payload: new Uint8Array(0),
  };

  /** Applies one command; returns the finished ticket when it was a cut. */
  apply(command: WireCommand): DecodedTicket | null {
    switch (command.kind) {
      case "text":
        this.#lineBytes.push(...command.bytes);
        return null;
      case "line-feed":
        this.#flushLine(true);
        return null;
      case "initialize":
        this.#flushLine(false);
        this.#mode = { align: "left", bold: false, width: 1, height: 1, chinese: this.#mode.chinese };
        return null;
      case "chinese-mode":
        this.#mode.chinese = command.on;
        return null;
      case "align":
        this.#mode.align = command.value;
        return null;
      case "bold":
        this.#mode.bold = command.on;
        return null;
      case "size":
        this.#mode.width = command.width;
        this.#mode.height = command.height;
        return null;
      case "feed-lines":
        this.#flushLine(false);
        this.#lines.push({ kind: "feed", lines: command.lines });
        return null;
      case "qr-setting":
        if (command.fn === 0x43) this.#qr.moduleSize = command.value;
        if (command.fn === 0x45) this.#qr.ecc = qrEccNames[command.value] ?? "?";
        return null;
      case "qr-store":
        this.#qr.payload = command.payload;
        return null;
      case "qr-print":
        this.#flushLine(false);
        this.#lines.push({
          kind: "qr",
          payload: new TextDecoder().decode(this.#qr.payload),
          align: this.#mode.align,
          moduleSize: this.#qr.moduleSize,
          errorCorrection: this.#qr.ecc,
        });
        return null;
      case "barcode":
        this.#flushLine(false);
        this.#lines.push({
          kind: "barcode",
          symbology: command.symbology === 73 ? "code128" : "other",
          data: command.symbology === 73 ? code128Text(command.data) : new TextDecoder().decode(command.data),
          align: this.#mode.align,
        });
        return null;
      case "raster":
        this.#flushLine(false);
        this.#lines.push({
          kind: "image",
          widthDots: command.bytesPerRow * 8,
          heightDots: command.rows,
          align: this.#mode.align,
          bits: command.data,
        });
        return null;
      case "cut": {
        this.#flushLine(false);
        const ticket: DecodedTicket = {
          lines: this.#lines,
          cut: command.full ? "full" : "partial",
          fedBeforeCut: command.feed,
          chineseModeThroughout: this.#chineseThroughout,
          unknownCommands: this.#unknown,
        };
        this.#lines = [];
        this.#unknown = [];
        this.#chineseThroughout = true;
        return ticket;
      }
      case "unknown":
        this.#unknown.push(Buffer.from(command.bytes).toString("hex"));
        return null;
      case "padding":
      case "feed-dots":
      case "line-spacing":
      case "barcode-setting":
      case "paper-status-request":
      case "process-id-request":
      case "asb":
      case "rt-status":
      case "rt-recover":
      case "rt-clear-buffers":
        return null;
    }
  }

  /** The ticket so far (not yet cut). */
  pending(): DecodedTicket {
    return {
      lines: [...this.#lines],
      cut: "none",
      fedBeforeCut: false,
      chineseModeThroughout: this.#chineseThroughout,
      unknownCommands: [...this.#unknown],
    };
  }

  /** Forgets a half-printed ticket (buffers cleared). */
  discard(): void {
    this.#lines = [];
    this.#lineBytes = [];
  }

  #flushLine(force: boolean): void {
    if (!force && this.#lineBytes.length === 0) return;
    const bytes = Uint8Array.from(this.#lineBytes);
    this.#lineBytes = [];
    const hasMultiByte = bytes.some((b) => b >= 0x80);
    if (hasMultiByte && !this.#mode.chinese) this.#chineseThroughout = false;
    // Outside Chinese mode a real printer prints code-page glyphs; the sim shows Latin-1.
    const text = this.#mode.chinese ? decodeText(bytes) : Buffer.from(bytes).toString("latin1");
    const { align, bold, width, height } = this.#mode;
    this.#lines.push({ kind: "text", text, align, bold, width, height });
  }
}
