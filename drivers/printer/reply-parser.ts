import { isAsbHeader, isRealTimeReply } from "./status";

/** One reply the printer sent, told apart by its first byte (README, "Status replies"). */
export type PrinterReply =
  | { kind: "real-time"; byte: number }
  | { kind: "asb"; block: Uint8Array }
  | { kind: "paper-status"; byte: number }
  | { kind: "process-id"; id: string }
  | { kind: "flow"; byte: number };

/**
 * Splits the printer's byte stream into replies.
 *
 * Replies can arrive split across reads (serial hands over whatever has arrived) or glued
 * together, so this keeps a small buffer and emits only complete replies. XON/XOFF bytes (11, 13)
 * are reported as "flow" and otherwise ignored.
 */
export class ReplyParser {
  #buffer: number[] = [];

  push(bytes: Uint8Array): PrinterReply[] {
    this.#buffer.push(...bytes);
    const replies: PrinterReply[] = [];
    for (;;) {
      const first = this.#buffer[0];
      if (first === undefined) break;
      if (first === 0x11 || first === 0x13) {
        replies.push({ kind: "flow", byte: first });
        this.#buffer.shift();
      } else if (first === 0x37) {
        // GS ( H process ID: 37 22 d1 d2 d3 d4 00
        if (this.#buffer.length >= 2 && this.#buffer[1] !== 0x22) {
          this.#buffer.shift();
          continue;
        }
        if (this.#buffer.length < 7) break;
        const block = this.#buffer.splice(0, 7);
        replies.push({ kind: "process-id", id: String.fromCharCode(...block.slice(2, 6)) });
      } else if (isRealTimeReply(first)) {
        replies.push({ kind: "real-time", byte: first });
        this.#buffer.shift();
      } else if (isAsbHeader(first)) {
        if (this.#buffer.length < 4) break;
        replies.push({ kind: "asb", block: Uint8Array.from(this.#buffer.splice(0, 4)) });
      } else if ((first & 0x90) === 0) {
        replies.push({ kind: "paper-status", byte: first });
        this.#buffer.shift();
      } else {
        this.#buffer.shift(); // noise: not any reply the printer sends
      }
    }
    return replies;
  }

  /** Drops a partial reply, e.g. after a reconnect. */
  reset(): void {
    this.#buffer = [];
  }
}
