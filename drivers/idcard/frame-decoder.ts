import { HEADER_SIZE, MAX_LEN, PREAMBLE } from "./frame";

/** What the decoder found in the bytes pushed so far. */
export type DecoderEvent =
  /** A complete frame with a correct checksum: `body` is everything between LEN and CHK. */
  | { readonly kind: "frame"; readonly body: Uint8Array }
  /** Bytes dropped while searching for a preamble (counts only: junk may hold card data). */
  | { readonly kind: "junk"; readonly bytes: number }
  /** A preamble whose LEN was impossible; one byte was dropped and the search went on. */
  | { readonly kind: "bad-length"; readonly len: number }
  /** A complete frame whose checksum failed; one byte was dropped and the search went on. */
  | { readonly kind: "bad-checksum"; readonly len: number };

/** Options for the streaming decoder. */
export interface FrameDecoderOptions {
  /** Smallest plausible LEN; default 4 (a status-only reply). The simulator decodes requests with 3. */
  minLen?: number;
  /** Largest plausible LEN; default 4096 (the largest real reply is 2 321 bytes). */
  maxLen?: number;
}

/**
 * The streaming receiver (README, "Receiver"): push bytes in any chunking, get frames back.
 *
 * Why by hand rather than a serialport parser: the stock length parser reads LE lengths and
 * syncs on one byte. This one requires all five preamble bytes, rejects impossible lengths and
 * bad checksums by dropping a single byte (so a false preamble in junk cannot swallow a real frame
 * behind it), and never throws. Every loop iteration either consumes a byte or waits for more, so
 * it cannot hang; the buffer never holds more than one maximal frame.
 */
export class FrameDecoder {
  readonly #minLen: number;
  readonly #maxLen: number;
  #buf = new Uint8Array(256);
  #start = 0;
  #end = 0;

  constructor(options: FrameDecoderOptions = {}) {
    this.#minLen = options.minLen ?? 4;
    this.#maxLen = options.maxLen ?? MAX_LEN;
    if (!Number.isInteger(this.#minLen) || this.#minLen < 1) {
      throw new RangeError(`minLen must be an integer ≥ 1, got ${this.#minLen}`);
    }
    if (!Number.isInteger(this.#maxLen) || this.#maxLen < this.#minLen || this.#maxLen > 0xffff) {
      throw new RangeError(`maxLen must be an integer in minLen…65535, got ${this.#maxLen}`);
    }
  }

  /** Bytes held while waiting for the rest of a frame (or a split preamble). */
  get buffered(): number {
    return this.#end - this.#start;
  }

  /**
   * Forgets everything buffered: called before each send, so a late reply cannot answer the next
   * command.
   */
  clear(): void {
    this.#start = 0;
    this.#end = 0;
  }

  /** Appends a chunk and returns every event it completed, in order. */
  push(chunk: Uint8Array): DecoderEvent[] {
    this.#append(chunk);
    const events: DecoderEvent[] = [];
    for (;;) {
      const available = this.#end - this.#start;
      const at = this.#findPreamble();
      if (at < 0) {
        // Keep the tail: a preamble may be split across chunks.
        const keep = Math.min(available, PREAMBLE.length - 1);
        this.#drop(available - keep, events);
        break;
      }
      this.#drop(at - this.#start, events);
      if (this.#end - this.#start < HEADER_SIZE) break;
      const b = this.#buf;
      const s = this.#start;
      const len = ((b[s + 5] ?? 0) << 8) | (b[s + 6] ?? 0);
      if (len < this.#minLen || len > this.#maxLen) {
        events.push({ kind: "bad-length", len });
        this.#start += 1;
        continue;
      }
      const total = HEADER_SIZE + len;
      if (this.#end - s < total) break;
      let x = 0;
      for (let i = s + 5; i < s + total; i++) x ^= b[i] ?? 0;
      if (x !== 0) {
        events.push({ kind: "bad-checksum", len });
        this.#start += 1;
        continue;
      }
      events.push({ kind: "frame", body: b.slice(s + HEADER_SIZE, s + total - 1) });
      this.#start += total;
    }
    if (this.#start === this.#end) this.clear();
    return events;
  }

  #append(chunk: Uint8Array): void {
    const held = this.#end - this.#start;
    if (this.#end + chunk.length > this.#buf.length) {
      if (held + chunk.length <= this.#buf.length) {
        this.#buf.copyWithin(0, this.#start, this.#end);
      } else {
        const bigger = new Uint8Array(Math.max(this.#buf.length * 2, held + chunk.length));
        bigger.set(this.#buf.subarray(this.#start, this.#end));
        this.#buf = bigger;
      }
      this.#start = 0;
      this.#end = held;
    }
    this.#buf.set(chunk, this.#end);
    this.#end += chunk.length;
  }

  /** Index of the first complete preamble at or after #start, or -1. */
  #findPreamble(): number {
    const b = this.#buf;
    const last = this.#end - PREAMBLE.length;
    for (let i = this.#start; i <= last; i++) {
      if (b[i] === 0xaa && b[i + 1] === 0xaa && b[i + 2] === 0xaa && b[i + 3] === 0x96 && b[i + 4] === 0x69) {
        return i;
      }
    }
    return -1;
  }

  #drop(count: number, events: DecoderEvent[]): void {
    if (count <= 0) return;
    this.#start += count;
    const previous = events.at(-1);
    if (previous?.kind === "junk") {
      events[events.length - 1] = { kind: "junk", bytes: previous.bytes + count };
    } else {
      events.push({ kind: "junk", bytes: count });
    }
  }
}
