import { Listeners } from "./listeners";
import type { ByteTransport } from "./types";

/**
 * Two connected in-memory transports: what one side writes, the other receives on the next
 * microtask. Used to run a driver against a simulator in unit tests, without a pty.
 */
export function memoryPair(name = "memory"): [ByteTransport, ByteTransport] {
  const a = new MemoryTransport(`${name} (a)`);
  const b = new MemoryTransport(`${name} (b)`);
  a.peer = b;
  b.peer = a;
  return [a, b];
}

class MemoryTransport implements ByteTransport {
  peer: MemoryTransport | null = null;
  readonly #data = new Listeners<[Uint8Array]>();
  readonly #close = new Listeners<[Error | null]>();
  #open = true;

  constructor(readonly description: string) {}

  get isOpen(): boolean {
    return this.#open;
  }

  write(bytes: Uint8Array): Promise<void> {
    if (!this.#open) return Promise.reject(new Error(`device closed: ${this.description}`));
    const copy = bytes.slice();
    const peer = this.peer;
    queueMicrotask(() => {
      if (peer !== null && peer.#open) peer.#data.emit(copy);
    });
    return Promise.resolve();
  }

  onData(listener: (bytes: Uint8Array) => void): () => void {
    return this.#data.add(listener);
  }

  onClose(listener: (error: Error | null) => void): () => void {
    return this.#close.add(listener);
  }

  /** Closing one end closes both, like pulling a cable. */
  close(): Promise<void> {
    this.#finish(null);
    if (this.peer !== null) this.peer.#finish(null);
    return Promise.resolve();
  }

  #finish(error: Error | null): void {
    if (!this.#open) return;
    this.#open = false;
    this.#close.emit(error);
    this.#close.clear();
    this.#data.clear();
  }
}
