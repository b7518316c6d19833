import * as z from "zod";
import { BAUD_RATES } from "../../../drivers/idcard/commands";
import type { ReaderSimulatorOptions } from "../../../drivers/sim/reader/simulator";
import type { ByteTransport } from "../../../drivers/transport/types";

/** Opens the device at a rate; the default opens a serial port. Injectable for tests. */
export type TransportOpener = (path: string, baudRate: number) => Promise<ByteTransport>;

/** Options for the card reader service. */
export interface CardReaderOptions {
  /** Device path (/dev/ttyUSB0, COM3, a pty, or hid:/dev/hidrawN), or "sim" for the built-in simulator. */
  port: string;
  /** UART rate; default 115200 (the SAM's factory rate). */
  baudRate?: number;
  /** Probe 115200 → 57600 → 38400 → 19200 → 9600 with a status command at each (re)connect; default false. */
  autoBaud?: boolean;
  /**
   * Time between find polls once a card was read (watching for its removal), ms, at least 300
   * (vendor advice); default 400.
   */
  pollIntervalMs?: number;
  /**
   * Time between find polls while no card has been read yet, ms, at least 100; default 100. A
   * resident waits for the first find that sees their card, so this pace is what they feel; an
   * idle find is 21 bytes on the wire, and 100 ms is the pace of one vendor's own SDK (DK: 100 ms
   * per find attempt).
   */
  idlePollIntervalMs?: number;
  /** Time between reconnect attempts while the device is away, ms; default 500. */
  reconnectIntervalMs?: number;
  /** How long to keep retrying the first status after opening (modules answer 1.3–5 s after power-on); default 5000. */
  startupWindowMs?: number;
  /** Opens the device; default `openReaderPort` (serial, or HID for "hid:" paths). */
  open?: TransportOpener;
  /** Options for the built-in simulator when `port` is "sim"; default 115200 baud, 50 ms processing. */
  simulator?: ReaderSimulatorOptions;
}

/** The checked options with defaults filled in. */
export interface ResolvedReaderOptions {
  port: string;
  baudRate: number;
  autoBaud: boolean;
  pollIntervalMs: number;
  idlePollIntervalMs: number;
  reconnectIntervalMs: number;
  startupWindowMs: number;
}

const Schema = z.object({
  port: z.string().min(1, 'port must name a device path or "sim"'),
  baudRate: z
    .number()
    .refine((n) => BAUD_RATES.includes(n), `baudRate must be one of ${BAUD_RATES.join(", ")}`)
    .default(115200),
  autoBaud: z.boolean().default(false),
  pollIntervalMs: z
    .number()
    .int()
    .min(300, "pollIntervalMs must be at least 300 (vendor advice)")
    .default(400),
  idlePollIntervalMs: z.number().int().min(100, "idlePollIntervalMs must be at least 100").default(100),
  reconnectIntervalMs: z.number().int().min(50).default(500),
  startupWindowMs: z.number().int().min(0).default(5000),
});

/** Validates the options; a bad option fails with an error naming it and what was wrong. */
export function resolveReaderOptions(options: CardReaderOptions): ResolvedReaderOptions {
  const result = Schema.safeParse({
    port: options.port,
    baudRate: options.baudRate,
    autoBaud: options.autoBaud,
    pollIntervalMs: options.pollIntervalMs,
    idlePollIntervalMs: options.idlePollIntervalMs,
    reconnectIntervalMs: options.reconnectIntervalMs,
    startupWindowMs: options.startupWindowMs,
  });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new RangeError(
      `card reader option ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"}`,
    );
  }
  return result.data;
}
