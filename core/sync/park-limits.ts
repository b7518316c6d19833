import { defaultConfig, type KioskConfig } from "../../kiosk-config/config/schema";

/** How long an item may keep failing with answers from the service before it is parked. */
export interface ParkLimits {
  /** Failures the service answered (5xx, an unreadable body); default 50. */
  attempts: number;
  /** Time since the first such failure, ms; default 24 h. */
  ms: number;
}

/** The limits a kiosk config sets (`outbox.parkAfterAttempts`, `outbox.parkAfterHours`). */
export function parkLimitsOf(outbox: KioskConfig["outbox"]): ParkLimits {
  return { attempts: outbox.parkAfterAttempts, ms: outbox.parkAfterHours * 3_600_000 };
}

/** The config schema's defaults, so the numbers live in one place. */
export const defaultParkLimits: ParkLimits = parkLimitsOf(defaultConfig.outbox);

/**
 * The engine's `parkAfter` option as a source asked at each decision: a function is used as is
 * (the kiosk passes its live config, so a fleet config applied later takes effect without a
 * restart); fixed limits fill in the defaults.
 */
export function parkLimitsSource(
  option: Partial<ParkLimits> | (() => ParkLimits) | undefined,
): () => ParkLimits {
  if (typeof option === "function") return option;
  const fixed = { ...defaultParkLimits, ...option };
  return () => fixed;
}
