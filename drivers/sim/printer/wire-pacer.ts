/**
 * Hands received chunks on at the pace a serial link would deliver them: 10 bits per byte (8N1).
 *
 * A pty or an in-memory pair moves bytes instantly; a real printer receives 11 520 bytes a second
 * at 115 200 baud. Pacing here is what makes job times in tests and benches comparable to the
 * wire-time floor.
 */
export class WirePacer {
  readonly #baudRate: number;
  readonly #deliver: (bytes: Uint8Array[]) => void;
  #queue: { bytes: Uint8Array; readyAt: number }[] = [];
  #wireFreeAt = 0;
  #timer: NodeJS.Timeout | null = null;

  /** `baudRate` 0 delivers on the next turn of the event loop, unpaced. */
  constructor(baudRate: number, deliver: (bytes: Uint8Array[]) => void) {
    this.#baudRate = baudRate;
    this.#deliver = deliver;
  }

  push(bytes: Uint8Array): void {
    const now = performance.now();
    const wireMs = this.#baudRate > 0 ? (bytes.length * 10 * 1000) / this.#baudRate : 0;
    this.#wireFreeAt = Math.max(now, this.#wireFreeAt) + wireMs;
    this.#queue.push({ bytes, readyAt: this.#wireFreeAt });
    this.#schedule();
  }

  /** Forgets what is still "on the wire" (unplug, power off). */
  clear(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#queue = [];
  }

  #schedule(): void {
    if (this.#timer !== null) return;
    const next = this.#queue[0];
    if (next === undefined) return;
    const wait = next.readyAt - performance.now();
    if (wait <= 0) {
      this.#flush();
      return;
    }
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#flush();
    }, wait);
  }

  #flush(): void {
    // Half a millisecond of slack: timers fire on whole milliseconds.
    const now = performance.now() + 0.5;
    const ready: Uint8Array[] = [];
    while (this.#queue[0] !== undefined && this.#queue[0].readyAt <= now) {
      const entry = this.#queue.shift();
      if (entry !== undefined) ready.push(entry.bytes);
    }
    if (ready.length > 0) this.#deliver(ready);
    this.#schedule();
  }
}
