import * as z from "zod";
import type { VirtualPrinterOptions } from "../../../drivers/sim/printer/virtual-printer";
import type { ByteTransport } from "../../../drivers/transport/types";

export type FlowControl = "none" | "rtscts" | "xonxoff";

/** Opens the printer's device path; the default picks usblp for /dev/usb/lp* and serial otherwise. */
export type PrinterOpener = (
  path: string,
  options: { baudRate: number; flowControl: FlowControl },
) => Promise<ByteTransport>;

/** Options for the printer service. */
export interface PrinterServiceOptions {
  /** Device path (/dev/ttyUSB0, /dev/usb/lp0, COM3, a pty), or "sim" for the built-in virtual printer. */
  port: string;
  /** Serial rate; default 115200. */
  baudRate?: number;
  /**
   * Serial flow control; default "none" (use "rtscts" where the cable carries the lines; XON/XOFF
   * bytes occur in binary data).
   */
  flowControl?: FlowControl;
  /** Paper width; default 80. */
  paperWidthMm?: 58 | 80;
  /** Job end marker: "gs-r" (GS r 1, nearly every printer) or "process-id" (GS ( H, newer Epson); default "gs-r". */
  completion?: "gs-r" | "process-id";
  /**
   * Time the printer has to confirm a job after its transfer, ms; default 15000 (a text ticket
   * takes 1–2 s).
   */
  jobTimeoutMs?: number;
  /** How long an interrupted job waits for paper or cover to be fixed before failing, ms; default 0. */
  resumeWithinMs?: number;
  /** Time between reconnect attempts while the printer is away, ms; default 500. */
  reconnectIntervalMs?: number;
  /** Time between health probes (DLE EOT) while idle, ms; default 5000. */
  statusPollMs?: number;
  /** How long a status query may take before the printer counts as offline, ms; default 1000. */
  queryTimeoutMs?: number;
  /** The printer's Chinese font: "gb18030" (4-byte characters too) or "gb18030-2byte" (they print as □); default "gb18030". */
  charset?: "gb18030" | "gb18030-2byte";
  /** Told about things a technician should know, e.g. a character replaced by □; default ignored. */
  warn?: (message: string) => void;
  /** Opens the device; default usblp for /dev/usb/lp*, serial otherwise. */
  open?: PrinterOpener;
  /** Options for the virtual printer when `port` is "sim"; default paced at `baudRate`, instant printing. */
  simulator?: VirtualPrinterOptions;
}

const Schema = z.object({
  port: z.string().min(1, 'port must name a device path or "sim"'),
  baudRate: z.number().int().min(1200).max(921600).default(115200),
  flowControl: z.enum(["none", "rtscts", "xonxoff"]).default("none"),
  paperWidthMm: z.union([z.literal(58), z.literal(80)]).default(80),
  completion: z.enum(["gs-r", "process-id"]).default("gs-r"),
  jobTimeoutMs: z.number().int().min(100).default(15_000),
  resumeWithinMs: z.number().int().min(0).default(0),
  reconnectIntervalMs: z.number().int().min(20).default(500),
  statusPollMs: z.number().int().min(100).default(5000),
  queryTimeoutMs: z.number().int().min(20).default(1000),
  charset: z.enum(["gb18030", "gb18030-2byte"]).default("gb18030"),
});
export type ResolvedPrinterOptions = z.infer<typeof Schema>;

/** Validates the options; a bad option fails with an error naming it and what was wrong. */
export function resolvePrinterOptions(options: PrinterServiceOptions): ResolvedPrinterOptions {
  const result = Schema.safeParse({
    port: options.port,
    baudRate: options.baudRate,
    flowControl: options.flowControl,
    paperWidthMm: options.paperWidthMm,
    completion: options.completion,
    jobTimeoutMs: options.jobTimeoutMs,
    resumeWithinMs: options.resumeWithinMs,
    reconnectIntervalMs: options.reconnectIntervalMs,
    statusPollMs: options.statusPollMs,
    queryTimeoutMs: options.queryTimeoutMs,
    charset: options.charset,
  });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new RangeError(`printer option ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"}`);
  }
  return result.data;
}
