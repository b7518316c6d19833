import { constants } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { Listeners } from "./listeners";
import type { ByteTransport } from "./types";

/** Options for the USB printer-class device file. */
export interface UsbLpOptions {
  /** Device path, e.g. /dev/usb/lp0 (Linux usblp driver). */
  path: string;
  /** How often to look for bytes from the printer, in ms; default 10. */
  pollIntervalMs?: number;
}

/**
 * The OS's USB printer-class device (`/dev/usb/lp0`) as a ByteTransport: a file opened read/write.
 *
 * Why non-blocking with polling: a blocking read on a character device parks a libuv thread that
 * close() cannot wake, so an unplug would hang the process. Status replies are a few bytes, so a
 * 10 ms poll costs nothing. Any read or write error other than "try again" means the device is
 * gone (ENODEV/EIO on unplug) and closes the transport.
 */
export async function openUsbLp(options: UsbLpOptions): Promise<ByteTransport> {
  const handle = await open(options.path, constants.O_RDWR | constants.O_NONBLOCK | constants.O_NOCTTY);
  return new UsbLpTransport(handle, options.path, options.pollIntervalMs ?? 10);
}

const hasCode = (error: unknown, code: string): boolean =>
  error instanceof Error && "code" in error && error.code === code;
const isTryAgain = (error: unknown): boolean => hasCode(error, "EAGAIN") || hasCode(error, "EWOULDBLOCK");

class UsbLpTransport implements ByteTransport {
  readonly #handle: FileHandle;
  readonly #data = new Listeners<[Uint8Array]>();
  readonly #close = new Listeners<[Error | null]>();
  readonly #pollMs: number;
  #open = true;
  #writing: Promise<void> = Promise.resolve();
  readonly description: string;

  constructor(handle: FileHandle, path: string, pollMs: number) {
    this.#handle = handle;
    this.#pollMs = pollMs;
    this.description = `usb printer ${path}`;
    void this.#readLoop();
  }

  get isOpen(): boolean {
    return this.#open;
  }

  write(bytes: Uint8Array): Promise<void> {
    if (!this.#open) return Promise.reject(new Error(`device closed: ${this.description}`));
    const run = this.#writing.then(() => this.#writeAll(bytes));
    this.#writing = run.catch(() => undefined);
    return run;
  }

  onData(listener: (bytes: Uint8Array) => void): () => void {
    return this.#data.add(listener);
  }

  onClose(listener: (error: Error | null) => void): () => void {
    return this.#close.add(listener);
  }

  async close(): Promise<void> {
    if (!this.#open) return;
    this.#finish(null);
    await this.#handle.close().catch(() => undefined);
  }

  async #writeAll(bytes: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < bytes.length) {
      if (!this.#open) throw new Error(`device closed: ${this.description}`);
      try {
        const { bytesWritten } = await this.#handle.write(bytes, offset, bytes.length - offset);
        offset += bytesWritten;
      } catch (error) {
        if (!isTryAgain(error)) {
          this.#fail(error);
          throw error;
        }
        await sleep(this.#pollMs); // the printer's buffer is full: its own flow control
      }
    }
  }

  async #readLoop(): Promise<void> {
    const buffer = new Uint8Array(256);
    while (this.#open) {
      try {
        const { bytesRead } = await this.#handle.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) {
          // usblp answers EAGAIN when idle; 0 is end of file: the device (or pty master) hung up.
          this.#fail(new Error(`device hung up: ${this.description}`));
          return;
        }
        this.#data.emit(buffer.slice(0, bytesRead));
      } catch (error) {
        if (!this.#stillOpen()) return;
        // Linux usblp answers EINVAL to reads from a unidirectional printer: it can be written
        // to but never reports status, so stop reading and leave writing alone.
        if (hasCode(error, "EINVAL")) return;
        if (!isTryAgain(error)) {
          this.#fail(error);
          return;
        }
        await sleep(this.#pollMs);
      }
    }
  }

  /** A method call, so TypeScript does not carry the loop condition's narrowing across awaits. */
  #stillOpen(): boolean {
    return this.#open;
  }

  #fail(error: unknown): void {
    this.#finish(error instanceof Error ? error : new Error(String(error)));
    void this.#handle.close().catch(() => undefined);
  }

  #finish(error: Error | null): void {
    if (!this.#open) return;
    this.#open = false;
    this.#close.emit(error);
    this.#close.clear();
    this.#data.clear();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
