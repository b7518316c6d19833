import { EscPosPrinter } from "../../../drivers/printer/printer";
import type { ByteTransport } from "../../../drivers/transport/types";
import type { PrinterOpener, ResolvedPrinterOptions } from "./options";

/** An open device and the ESC/POS driver speaking over it. */
export interface PrinterLink {
  transport: ByteTransport;
  printer: EscPosPrinter;
}

/**
 * Opens the printer's device and puts the ESC/POS driver on it. Throws when the device cannot be
 * opened (the caller retries later); returns null, with the device closed again, when the
 * service was stopped while the device was opening.
 */
export async function connectPrinter(
  options: ResolvedPrinterOptions,
  open: PrinterOpener,
  cancelled: () => boolean,
): Promise<PrinterLink | null> {
  const transport = await open(options.port, {
    baudRate: options.baudRate,
    flowControl: options.flowControl,
  });
  if (cancelled()) {
    await transport.close();
    return null;
  }
  const printer = new EscPosPrinter(transport, {
    baudRate: options.baudRate,
    jobTimeoutMs: options.jobTimeoutMs,
    resumeWithinMs: options.resumeWithinMs,
    queryTimeoutMs: options.queryTimeoutMs,
  });
  return { transport, printer };
}
