import type { DeviceStatus } from "../api";

/**
 * What the runtime needs from any device it opens: its status, and a word when that changes.
 * The reader and printer services implement it; so does the "not configured" placeholder.
 */
export interface DeviceMonitor {
  status(): DeviceStatus;
  onChange(listener: () => void): () => void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** A device slot with nothing attached yet: reports "unconfigured" with the reason. */
export function absentDevice(reason: string): DeviceMonitor {
  return {
    status: () => ({ connection: "none", state: "unconfigured", lastError: reason }),
    onChange: () => () => undefined,
    start: () => Promise.resolve(),
    stop: () => Promise.resolve(),
  };
}
