import type { ByteTransport } from "../../transport/types";
import type { Rng } from "../identities/rng";

/** How one reply travels over the line. */
export interface DeliveryOptions {
  /** Random small fragments with pauses instead of 64-byte FIFO-sized chunks; default false. */
  fragmented?: boolean;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Writes bytes no faster than a UART at `baudRate` would carry them (10 bits a byte, 8N1):
 * each chunk leaves when its last byte would have arrived on a real line.
 *
 * Why absolute deadlines rather than a sleep per chunk: timers overshoot by a millisecond or
 * so; scheduling against the start time keeps the total close to the true wire time.
 */
export class Pacer {
  baudRate: number;

  constructor(
    baudRate: number,
    private readonly rng: Rng,
  ) {
    this.baudRate = baudRate;
  }

  async send(transport: ByteTransport, bytes: Uint8Array, options: DeliveryOptions = {}): Promise<void> {
    const msPerByte = 10_000 / this.baudRate;
    const start = performance.now();
    let sent = 0;
    let extraPause = 0;
    while (sent < bytes.length) {
      const size = options.fragmented === true ? this.rng.int(1, 24) : 64;
      const chunk = bytes.subarray(sent, sent + size);
      sent += chunk.length;
      if (options.fragmented === true) extraPause += this.rng.int(0, 4);
      await sleep(start + sent * msPerByte + extraPause - performance.now());
      if (!transport.isOpen) return;
      await transport.write(chunk);
    }
  }
}
