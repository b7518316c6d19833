/**
 * A byte stream to a device: the one contract every transport (serial, HID, USB printer class,
 * in-memory) implements, and the only thing protocol layers (idcard, printer) depend on.
 *
 * Modelled on serialport's binding contract: open once, write and receive bytes, learn about
 * closure. Framing lives above this layer, never in it.
 */
export interface ByteTransport {
  /** Human-readable description for logs and diagnostics, e.g. "serial /dev/ttyUSB0 @115200". */
  readonly description: string;
  /** Writes all bytes; resolves once they were handed to the OS (drained). */
  write(bytes: Uint8Array): Promise<void>;
  /** Subscribes to received bytes; returns an unsubscribe function. */
  onData(listener: (bytes: Uint8Array) => void): () => void;
  /** Subscribes to the end of the stream (unplug, close, error); called at most once. */
  onClose(listener: (error: Error | null) => void): () => void;
  /** True until the transport was closed or lost. */
  readonly isOpen: boolean;
  /** Closes the transport; safe to call more than once. */
  close(): Promise<void>;
}

/** Raised when a device disappears (unplugged, path vanished) while in use. */
export class TransportClosedError extends Error {
  constructor(description: string, cause?: unknown) {
    super(`device closed: ${description}`, { cause });
    this.name = "TransportClosedError";
  }
}
