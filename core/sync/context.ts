import type { Outbox, OutboxItem } from "../store/outbox-store";
import type { BackoffOptions } from "./backoff";
import type { CentralClient } from "./central-client";
import type { Clock } from "../clock";
import type { SyncEvents } from "./events";
import type { LinkState } from "./link";
import type { ParkLimits } from "./park-limits";

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
  /**
   * When an item the service keeps failing is parked (see settle.ts); read at each decision, so
   * fleet config applied later takes effect without a restart.
   */
  parkAfter(): ParkLimits;
  /** Told when an item was parked, for the log; default nothing. */
  onParked?: (item: OutboxItem, reason: string) => void;
}

export const isoAt = (ms: number): string => new Date(ms).toISOString();
