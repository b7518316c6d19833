import type { DeviceStatus } from "../api";

/**
 * What the runtime needs from any device it opens: its status, and a word when that changes.
 * The reader and printer links (reader-link.ts, printer-link.ts) implement it.
 */
export interface DeviceMonitor {
  status(): DeviceStatus;
  onChange(listener: () => void): () => void;
  start(): Promise<void>;
  stop(): Promise<void>;
}
