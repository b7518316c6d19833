/**
 * Faults the virtual reader injects on demand. Each is one-shot: it applies to the next command
 * (or reply) it concerns, then is used up; inject it several times to repeat it.
 */
export const FAULT_KINDS = [
  /** The next find answers 80 although a card is present (the spurious first "no card"). */
  "no-card",
  /** The next base read answers 41, as when the card moves during the read. */
  "read-failed",
  /** The next reply has a wrong checksum byte. */
  "bad-checksum",
  /** Junk bytes (stray AA, torn preambles) before and after the next reply. */
  "junk",
  /** The next reply is delivered in small random fragments with pauses. */
  "fragmented",
  /** The next command, whatever it is, answers 60 (SAM self-test failed). */
  "sam-failure",
  /** The device goes away now: the transport closes (on a pty, the device path vanishes). */
  "disconnect",
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

export function isFaultKind(value: string): value is FaultKind {
  return (FAULT_KINDS as readonly string[]).includes(value);
}

/** Counts of pending one-shot faults. */
export class FaultQueue {
  readonly #pending = new Map<FaultKind, number>();

  add(kind: FaultKind, times = 1): void {
    if (!Number.isInteger(times) || times < 1)
      throw new RangeError(`times must be a positive integer, got ${times}`);
    this.#pending.set(kind, (this.#pending.get(kind) ?? 0) + times);
  }

  /** Uses up one fault of this kind if pending; true when it did. */
  take(kind: FaultKind): boolean {
    const n = this.#pending.get(kind) ?? 0;
    if (n === 0) return false;
    if (n === 1) this.#pending.delete(kind);
    else this.#pending.set(kind, n - 1);
    return true;
  }

  /** Pending faults, one entry per remaining use. */
  list(): FaultKind[] {
    return [...this.#pending].flatMap(([kind, n]) => Array<FaultKind>(n).fill(kind));
  }

  clear(): void {
    this.#pending.clear();
  }
}
