import type { SerialPort } from "serialport";
import { Listeners } from "./listeners";
import type { ByteTransport } from "./types";

/** Options for opening a serial device. */
export interface SerialOptions {
  /** Device path, e.g. /dev/ttyUSB0, COM3 or a pseudo-terminal. */
  path: string;
  /** Baud rate; default 115200 (the SAM module's factory rate). */
  baudRate?: number;
  /** Hardware flow control (RTS/CTS); default off. */
  rtscts?: boolean;
  /** Software flow control (XON/XOFF); default off. */
  xon?: boolean;
}

/** Opens a serial port as a ByteTransport; rejects with the OS's reason if it cannot be opened. */
export async function openSerial(options: SerialOptions): Promise<ByteTransport> {
  // Loaded on first use: serialport and its native binding add about 9 MB of resident memory,
  // which a kiosk on its built-in simulators (or on HID devices) never needs.
  const { SerialPort } = await import("serialport");
  const baudRate = options.baudRate ?? 115200;
  const port = new SerialPort({
    path: options.path,
    baudRate,
    rtscts: options.rtscts ?? false,
    xon: options.xon ?? false,
    xoff: options.xon ?? false,
    autoOpen: false,
  });
  await new Promise<void>((resolve, reject) => {
    port.open((error) => (error ? reject(error) : resolve()));
  });
  return new SerialTransport(port, `serial ${options.path} @${baudRate}`);
}

class SerialTransport implements ByteTransport {
  readonly #port: SerialPort;
  readonly #data = new Listeners<[Uint8Array]>();
  readonly #close = new Listeners<[Error | null]>();
  #open = true;

  constructor(
    port: SerialPort,
    readonly description: string,
  ) {
    this.#port = port;
    port.on("data", (chunk: Buffer) => {
      this.#data.emit(new Uint8Array(chunk));
    });
    port.on("close", (error: Error | null) => {
      this.#finish(error);
    });
    port.on("error", (error: Error) => {
      this.#finish(error);
    });
  }

  get isOpen(): boolean {
    return this.#open;
  }

  write(bytes: Uint8Array): Promise<void> {
    if (!this.#open) return Promise.reject(new Error(`device closed: ${this.description}`));
    return new Promise((resolve, reject) => {
      this.#port.write(Buffer.from(bytes), (error) => {
        if (error) {
          reject(error);
          return;
        }
        this.#port.drain((drainError) => (drainError ? reject(drainError) : resolve()));
      });
    });
  }

  onData(listener: (bytes: Uint8Array) => void): () => void {
    return this.#data.add(listener);
  }

  onClose(listener: (error: Error | null) => void): () => void {
    return this.#close.add(listener);
  }

  async close(): Promise<void> {
    if (!this.#port.isOpen) {
      this.#finish(null);
      return;
    }
    await new Promise<void>((resolve) => {
      this.#port.close(() => {
        resolve();
      });
    });
    this.#finish(null);
  }

  #finish(error: Error | null): void {
    if (!this.#open) return;
    this.#open = false;
    this.#close.emit(error);
    this.#close.clear();
    this.#data.clear();
  }
}
