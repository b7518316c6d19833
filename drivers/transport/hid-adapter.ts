/**
 * The seam between the HID transport and a reader vendor's report format. HID readers wrap SAM
 * frames in vendor-specific reports (drivers/idcard/README.md, "HID transports"); each model
 * family gets one adapter, and everything above the transport sees plain SAM bytes.
 */
export interface HidVendorAdapter {
  /** Vendor and family, e.g. "Miaxis MR-300/MR-860". */
  readonly name: string;
  /** USB IDs this adapter is chosen for. */
  readonly ids: readonly UsbId[];
  /** Report size in bytes, without the report-ID byte. */
  readonly reportSize: number;
  /** Wraps one SAM request frame into output reports (without the report-ID byte). */
  wrap(frame: Uint8Array): Uint8Array[];
  /** Unwraps one input report into the SAM bytes it carries; null for a report to ignore. */
  unwrap(report: Uint8Array): Uint8Array | null;
}

/** A USB vendor and product ID. */
export interface UsbId {
  readonly vendorId: number;
  readonly productId: number;
}

/** `10C4:0007`: upper-case four-digit hex, as technicians read it off `lsusb`. */
export function formatUsbId(id: UsbId): string {
  const hex = (n: number): string => n.toString(16).toUpperCase().padStart(4, "0");
  return `${hex(id.vendorId)}:${hex(id.productId)}`;
}

/** Little-endian 16-bit arithmetic sum of bytes[start…end-1] (the Miaxis checksum). */
export function sum16(bytes: Uint8Array, start: number, end: number): number {
  let sum = 0;
  for (let i = start; i < end; i++) sum = (sum + (bytes[i] ?? 0)) & 0xffff;
  return sum;
}
