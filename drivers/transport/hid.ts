import { formatUsbId, type HidVendorAdapter } from "./hid-adapter";
import { miaxisAdapter } from "./hid-miaxis";
import { Listeners } from "./listeners";
import type { ByteTransport } from "./types";

/** Vendor adapters the HID transport knows, first match by VID:PID wins. */
export const HID_ADAPTERS: readonly HidVendorAdapter[] = [miaxisAdapter];

/** The part of a node-hid device the transport uses (so tests can hand in a stand-in). */
export interface HidDeviceLike {
  write(values: number[] | Buffer): Promise<number>;
  on(event: "data", listener: (data: Buffer) => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  close(): Promise<void>;
}

/** Options for opening a HID reader. */
export interface HidOptions {
  /** The hidraw path from `HID.devicesAsync()` / the probe, e.g. /dev/hidraw3. */
  path: string;
  /** The vendor adapter; default chosen by the device's VID:PID from HID_ADAPTERS. */
  adapter?: HidVendorAdapter;
}

/** Picks the adapter for a VID:PID, or null when no known reader family has it. */
export function adapterFor(vendorId: number, productId: number): HidVendorAdapter | null {
  return (
    HID_ADAPTERS.find((a) => a.ids.some((id) => id.vendorId === vendorId && id.productId === productId)) ??
    null
  );
}

/** Opens a HID reader as a ByteTransport carrying plain SAM frames. */
export async function openHid(options: HidOptions): Promise<ByteTransport> {
  // Loaded on first use: a kiosk without HID readers never needs the native module to load.
  const { HIDAsync } = await import("node-hid");
  const device = await HIDAsync.open(options.path);
  let adapter = options.adapter;
  if (adapter === undefined) {
    const info = await device.getDeviceInfo();
    const found = adapterFor(info.vendorId, info.productId);
    if (found === null) {
      await device.close();
      throw new Error(`no HID reader adapter for ${formatUsbId(info)} at ${options.path}`);
    }
    adapter = found;
  }
  return new HidTransport(device, adapter, `hid ${options.path} (${adapter.name})`);
}

/**
 * A HID device seen through a vendor adapter: SAM frames in, SAM bytes out. The SAM frame
 * decoder above reassembles replies that span several reports.
 */
export class HidTransport implements ByteTransport {
  readonly #data = new Listeners<[Uint8Array]>();
  readonly #close = new Listeners<[Error | null]>();
  #open = true;

  constructor(
    private readonly device: HidDeviceLike,
    private readonly adapter: HidVendorAdapter,
    readonly description: string,
  ) {
    device.on("data", (report: Buffer) => {
      const bytes = adapter.unwrap(new Uint8Array(report));
      if (bytes !== null && bytes.length > 0) this.#data.emit(bytes);
    });
    device.on("error", (error: Error) => {
      this.#finish(error);
    });
  }

  get isOpen(): boolean {
    return this.#open;
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (!this.#open) throw new Error(`device closed: ${this.description}`);
    for (const report of this.adapter.wrap(bytes)) {
      // node-hid wants the report ID first: 0x00 for devices without numbered reports.
      await this.device.write([0x00, ...report]);
    }
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
    await this.device.close().catch(() => undefined);
  }

  #finish(error: Error | null): void {
    if (!this.#open) return;
    this.#open = false;
    this.#close.emit(error);
    this.#close.clear();
    this.#data.clear();
  }
}
