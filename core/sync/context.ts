import type { Outbox, OutboxItem } from "../store/outbox-store";
import type { BackoffOptions } from "./backoff";
import type { CentralClient } from "./central-client";
import type { Clock } from "../clock";
import type { SyncEvents } from "./events";
import type { LinkState } from "./link";

/** What the engine's parts (drain, submit, heartbeat) share; built once by `SyncEngine`. */
export interface SyncContext {
  readonly outbox: Outbox;
  readonly clock: Clock;
  readonly link: LinkState;
  readonly events: SyncEvents;
  readonly backoff: BackoffOptions;
  /** Ids being sent right now by a direct submit: the drain leaves them alone. */
  readonly inflight: Set<string>;
  /** The client for the enrolled identity, or undefined before enrollment. */
  client(): CentralClient | undefined;
  /** When an item the service keeps failing is parked (see parking.ts). */
  readonly parkAfter: ParkLimits;
  /** Told when an item was parked, for the log; default nothing. */
  onParked?: (item: OutboxItem, reason: string) => void;
}

/** How long an item may keep failing with answers from the service before it is parked. */
export interface ParkLimits {
  /** Failures the service answered (5xx, an unreadable body); default 50. */
  attempts: number;
  /** Time since the first such failure, ms; default 24 h. */
  ms: number;
}

export const defaultParkLimits: ParkLimits = { attempts: 50, ms: 24 * 3_600_000 };

export const isoAt = (ms: number): string => new Date(ms).toISOString();
