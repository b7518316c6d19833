import type { ByteTransport } from "../transport/types";
import { realTimeStatus } from "./commands";
import { PrinterNoReplyError } from "./messages";
import { decodeRealTime, type PrinterStatus } from "./status";

/**
 * DLE EOT 1–4, one reply matched to one query.
 *
 * Stale replies are drained: a byte that arrives while no query waits is dropped, and after a
 * query timed out the next one first waits briefly so its late answer cannot be taken for a new
 * one (fabienbellanger/escpos-rs#18).
 */
export class StatusQuery {
  readonly #transport: ByteTransport;
  readonly #timeoutMs: number;
  #waiter: ((byte: number | null) => void) | null = null;
  #lastTimedOut = false;

  constructor(transport: ByteTransport, timeoutMs: number) {
    this.#transport = transport;
    this.#timeoutMs = timeoutMs;
  }

  /** Feeds a DLE EOT reply byte from the stream. */
  reply(byte: number): void {
    const waiter = this.#waiter;
    this.#waiter = null;
    waiter?.(byte);
  }

  /** Queries all four and decodes them; rejects with PrinterNoReplyError on silence. */
  async query(): Promise<PrinterStatus> {
    if (this.#lastTimedOut) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      this.#lastTimedOut = false;
    }
    const bytes: number[] = [];
    for (const n of [1, 2, 3, 4] as const) bytes.push(await this.#one(n));
    const [printer = 0, offlineCause = 0, errorCause = 0, paperSensor = 0] = bytes;
    return decodeRealTime({ printer, offlineCause, errorCause, paperSensor });
  }

  async #one(n: 1 | 2 | 3 | 4): Promise<number> {
    this.#waiter = null; // drain: whatever arrived before this query is not its answer
    let timer: NodeJS.Timeout | undefined;
    const reply = new Promise<number | null>((resolve) => {
      this.#waiter = resolve;
      timer = setTimeout(() => resolve(null), this.#timeoutMs);
    });
    await this.#transport.write(realTimeStatus(n));
    const byte = await reply;
    clearTimeout(timer);
    if (byte === null) {
      this.#waiter = null;
      this.#lastTimedOut = true;
      throw new PrinterNoReplyError(`DLE EOT ${n}`, this.#timeoutMs);
    }
    return byte;
  }
}
