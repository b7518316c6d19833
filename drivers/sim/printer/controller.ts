import type { PaperState } from "../../printer/status";
import type { DecodedTicket } from "./ticket";

/** Options for a virtual ESC/POS printer. */
export interface VirtualPrinterOptions {
  /** Link speed used to pace what it consumes and replies, 10 bits per byte; default 115200; 0 = unpaced. */
  baudRate?: number;
  /** Print speed in mm/s, or null to print instantly once received; default null. */
  printSpeedMmPerS?: number | null;
  /** How many finished tickets `recentTickets()` keeps; default 20. */
  keepTickets?: number;
  /**
   * Receive buffer in bytes, or null for unlimited; default null. Real printers hold 45 B to 8 KB.
   */
  receiveBufferBytes?: number | null;
  /** What the printer does when its buffer fills: "xonxoff" sends XOFF/XON, "none" drops what overflows; default "none". */
  flowControl?: "none" | "xonxoff";
}

/** The controls a test, the `sim` tool or the maintenance menu's "virtual devices" panel use. */
export interface VirtualPrinterController {
  setPaper(paper: PaperState): void;
  setCoverOpen(open: boolean): void;
  /** Print speed in mm/s, "slow" (20 mm/s) or "fast" (instant). */
  setSpeed(speed: number | "slow" | "fast"): void;
  /** Pulls the cable: closes the transport; the printer stays unplugged until `reconnect()`. */
  disconnect(): Promise<void>;
  /** Plugs the cable back in (whoever opens the printer may attach again). */
  reconnect(): void;
  readonly pluggedIn: boolean;
  recentTickets(): DecodedTicket[];
}
